// Dates as content writes them: YYYY, YYYY-MM or YYYY-MM-DD, compared and shown in plain words.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace promisehub {

struct Date {
  int year = 0;
  int month = 0;  // 0 when only the year is known
  int day = 0;    // 0 when only the year and month are known

  bool operator==(const Date& o) const {
    return year == o.year && month == o.month && day == o.day;
  }
  bool operator!=(const Date& o) const { return !(*this == o); }
  bool operator<(const Date& o) const;

  std::string iso() const;      // "2023", "2023-03" or "2023-03-30"
  std::string human() const;    // "2023", "March 2023" or "30 March 2023"
  std::string rfc3339() const;  // "2023-03-30T00:00:00Z" (missing parts are 1)
  Date last_day() const;        // the last day the date covers: 2023-03 -> 2023-03-31
  Date first_day() const;       // 2023 -> 2023-01-01
};

enum class DateParse { ok, not_a_date, invalid };

// Parses a date-shaped string. "not_a_date" means the text is not shaped like a date at all
// (a `due` may be text such as "Every 3 months"); "invalid" means shaped like one but impossible
// (2025-13-45), which is always an error.
DateParse parse_date(std::string_view text, Date& out);
std::optional<Date> parse_date(std::string_view text);

bool is_leap_year(int year);
int days_in_month(int year, int month);

}  // namespace promisehub
