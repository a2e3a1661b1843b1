// The day a build publishes for. Updates dated after it wait, and "taking longer than planned"
// is judged on it, so it is the site's own calendar day, not the UTC one.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "core/dates.h"
#include "core/diagnostics.h"

namespace promisehub {

inline constexpr char kDefaultTimeZone[] = "Europe/London";

// True when ICU knows `zone` (an IANA name such as Europe/London).
bool is_known_time_zone(const std::string& zone);

// The calendar day in `zone` at `seconds` since 1970 (UTC).
Date date_in_zone(std::int64_t seconds_since_epoch, const std::string& zone);

struct BuildDay {
  Date date;
  std::string source;  // "--now", "SOURCE_DATE_EPOCH" or "the clock"
};

// `now` (from --now) if given; else SOURCE_DATE_EPOCH, checked: not a whole number of seconds,
// or a day before 2000 (a tool chain's placeholder, which would hide every update), is an error;
// else the computer's clock. The day is taken in `zone`.
BuildDay settle_build_day(const std::optional<Date>& now, const std::string& zone,
                          Diagnostics& diags);

}  // namespace promisehub
