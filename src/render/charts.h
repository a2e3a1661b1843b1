// Inline SVG charts. Colours come from CSS classes (dark mode, forced colours, print), every chart
// has a text alternative, and the numbers are always also given as text by the templates.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "i18n/catalog.h"
#include "model/site.h"

namespace promisehub {

struct StatusCount {
  std::string key, label;
  int count = 0;
};

// One bar split by status. `name` is its one accessible name (a short one: the numbers are in
// the text beside it); `id` the svg's id.
std::string status_bar_svg(const std::vector<StatusCount>& counts, const std::string& name,
                           const std::string& id);

// A line chart of an indicator's values with labelled axes ("Nov 2022") and the target as a
// dashed line; `name` as above.
// The axis' dates are in the catalog's language (English without one).
std::string indicator_svg(const Indicator& indicator, const std::string& name,
                          const std::string& id, const Catalog* words = nullptr);

// A date on a chart's axis, in words: "Nov 2022", or "2022" when only the year is known.
std::string chart_date(const Date& d);

// "386", "90.5%", "45 weeks": numbers as people write them.
std::string format_number(double value);
std::string format_value(double value, const std::string& unit);

}  // namespace promisehub
