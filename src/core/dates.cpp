// Date parsing and formatting.
#include "core/dates.h"

#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <tuple>

namespace promisehub {
namespace {

const char* const kMonths[] = {"January",   "February", "March",    "April",
                               "May",       "June",     "July",     "August",
                               "September", "October",  "November", "December"};

bool all_digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (c < '0' || c > '9') return false;
  return true;
}

int to_int(std::string_view s) {
  int v = 0;
  for (char c : s) v = v * 10 + (c - '0');
  return v;
}

}  // namespace

bool Date::operator<(const Date& o) const {
  return std::tie(year, month, day) < std::tie(o.year, o.month, o.day);
}

std::string Date::iso() const {
  char buf[16];
  if (month == 0) {
    std::snprintf(buf, sizeof buf, "%04d", year);
  } else if (day == 0) {
    std::snprintf(buf, sizeof buf, "%04d-%02d", year, month);
  } else {
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  }
  return buf;
}

std::string Date::human() const {
  if (month == 0) return std::to_string(year);
  std::string m = kMonths[month - 1];
  if (day == 0) return m + " " + std::to_string(year);
  return std::to_string(day) + " " + m + " " + std::to_string(year);
}

std::string Date::rfc3339() const {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT00:00:00Z", year, month ? month : 1,
                day ? day : 1);
  return buf;
}

Date Date::last_day() const {
  int m = month ? month : 12;
  int d = day ? day : days_in_month(year, m);
  return Date{year, m, d};
}

Date Date::first_day() const {
  return Date{year, month ? month : 1, day ? day : 1};
}

bool is_leap_year(int year) {
  return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int days_in_month(int year, int month) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month == 2 && is_leap_year(year)) return 29;
  return kDays[month - 1];
}

DateParse parse_date(std::string_view text, Date& out) {
  // Shape first: 4 digits, optionally -digits, optionally -digits.
  std::string_view y = text.substr(0, 4);
  if (text.size() < 4 || !all_digits(y)) return DateParse::not_a_date;
  Date d;
  d.year = to_int(y);
  if (text.size() == 4) {
    out = d;
    return d.year >= 1900 && d.year <= 2200 ? DateParse::ok : DateParse::invalid;
  }
  if (text[4] != '-') return DateParse::not_a_date;
  std::string_view rest = text.substr(5);
  std::size_t dash = rest.find('-');
  std::string_view m = rest.substr(0, dash);
  if (!all_digits(m) || m.size() > 2) return DateParse::not_a_date;
  std::string_view dd;
  if (dash != std::string_view::npos) {
    dd = rest.substr(dash + 1);
    if (!all_digits(dd) || dd.size() > 2) return DateParse::not_a_date;
  }
  if (m.size() != 2 || (!dd.empty() && dd.size() != 2)) return DateParse::invalid;
  d.month = to_int(m);
  if (d.year < 1900 || d.year > 2200 || d.month < 1 || d.month > 12) return DateParse::invalid;
  if (!dd.empty()) {
    d.day = to_int(dd);
    if (d.day < 1 || d.day > days_in_month(d.year, d.month)) return DateParse::invalid;
  }
  out = d;
  return DateParse::ok;
}

std::optional<Date> parse_date(std::string_view text) {
  Date d;
  if (parse_date(text, d) == DateParse::ok) return d;
  return std::nullopt;
}

}  // namespace promisehub
