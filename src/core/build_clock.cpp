// The build's day: from --now, SOURCE_DATE_EPOCH or the clock, in the site's time zone (ICU).
#include "core/build_clock.h"

#include <cstdlib>
#include <ctime>
#include <memory>

#include <unicode/timezone.h>
#include <unicode/unistr.h>

namespace promisehub {
namespace {

constexpr std::int64_t kYear2000 = 946684800;
constexpr std::int64_t kYear9999 = 253402300799;

std::unique_ptr<icu::TimeZone> zone_named(const std::string& zone) {
  std::unique_ptr<icu::TimeZone> tz(
      icu::TimeZone::createTimeZone(icu::UnicodeString::fromUTF8(zone)));
  icu::UnicodeString id;
  if (!tz || tz->getID(id) == icu::UnicodeString(UCAL_UNKNOWN_ZONE_ID)) return nullptr;
  return tz;
}

Date utc_date(std::int64_t seconds) {
  std::time_t t = static_cast<std::time_t>(seconds);
  std::tm tm{};
  gmtime_r(&t, &tm);
  return Date{tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday};
}

}  // namespace

bool is_known_time_zone(const std::string& zone) {
  return zone_named(zone) != nullptr;
}

Date date_in_zone(std::int64_t seconds, const std::string& zone) {
  auto tz = zone_named(zone);
  if (!tz) return utc_date(seconds);
  UErrorCode status = U_ZERO_ERROR;
  int32_t raw = 0, dst = 0;
  tz->getOffset(static_cast<UDate>(seconds) * 1000.0, false, raw, dst, status);
  if (U_FAILURE(status)) return utc_date(seconds);
  return utc_date(seconds + (raw + dst) / 1000);
}

BuildDay settle_build_day(const std::optional<Date>& now, const std::string& zone,
                          Diagnostics& diags) {
  if (now) return {*now, "--now"};
  std::int64_t seconds = static_cast<std::int64_t>(std::time(nullptr));
  const char* sde = std::getenv("SOURCE_DATE_EPOCH");
  if (!sde) return {date_in_zone(seconds, zone), "the clock"};

  std::string text = sde;
  bool digits = !text.empty() && text.size() <= 12 &&
                text.find_first_not_of("0123456789") == std::string::npos;
  std::int64_t value = digits ? std::strtoll(text.c_str(), nullptr, 10) : -1;
  if (!digits || value > kYear9999) {
    diags.error({"SOURCE_DATE_EPOCH", 0, 0},
                "SOURCE_DATE_EPOCH is `" + text + "`, not a time Promise Hub can use",
                "set it to whole seconds since 1970, e.g. the last commit's time: "
                "SOURCE_DATE_EPOCH=$(git log -1 --format=%ct); or unset it to use today",
                "bad-build-date");
    return {date_in_zone(seconds, zone), "the clock"};
  }
  BuildDay day{date_in_zone(value, zone), "SOURCE_DATE_EPOCH"};
  if (value < kYear2000) {
    diags.error({"SOURCE_DATE_EPOCH", 0, 0},
                "SOURCE_DATE_EPOCH=" + text + " is the day " + day.date.iso() +
                    ": no update would be published",
                "this is a placeholder some build tools set. Set it to the last commit's time: "
                "SOURCE_DATE_EPOCH=$(git log -1 --format=%ct); or unset it to use today",
                "bad-build-date");
  }
  return day;
}

}  // namespace promisehub
