// SVG chart drawing.
#include "render/charts.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "core/numbers.h"
#include "core/text.h"

namespace promisehub {
namespace {

// A coordinate: one decimal at most, never "nan" or a cut-off number.
std::string num(double v) {
  std::string s = fixed_decimals(std::isfinite(v) ? v : 0, 1);
  if (ends_with(s, ".0")) s.resize(s.size() - 2);
  if (s == "-0") s = "0";
  return s;
}

// Figures a caller passes beyond what `check` lets through (kFigureLimit) are drawn at this
// bound, so that no sum, span or step below can overflow; a target's label still gives its figure.
constexpr double kDrawLimit = 1e15;

double drawable(double v) {
  return std::clamp(v, -kDrawLimit, kDrawLimit);
}

// A day count good enough to place dates along an axis.
double day_number(const Date& d) {
  Date f = d.first_day();
  return f.year * 372.0 + (f.month - 1) * 31.0 + (f.day - 1);
}

// Round axis bounds outward to tidy numbers, at least 0.1 apart. Both are finite and apart for any
// finite bounds up to kDrawLimit, equal ones included; an axis for figures that are never
// negative starts at 0 or above.
std::pair<double, double> nice_range(double lo, double hi) {
  const bool never_negative = lo >= 0;
  if (lo == hi) {
    double pad = std::max(1.0, std::fabs(lo) * 0.1);
    lo -= pad;
    hi += pad;
  }
  double span = hi - lo;
  double step = std::pow(10.0, std::floor(std::log10(span)));
  if (span / step < 3) step /= 2;
  // Figures are shown to one decimal: a finer step would give both ends the same label.
  step = std::max(step, 0.1);
  double nlo = std::floor(lo / step) * step, nhi = std::ceil(hi / step) * step;
  if (never_negative && nlo < 0) nlo = 0;
  if (!(nhi > nlo)) return {lo, hi};  // a span too small for tidy steps at this size
  return {nlo, nhi};
}

// A figure beyond 10^15 to its 15 significant digits and then zeros: the figure "%.0f" would
// print is the double's binary value (1e35 is 99999999999999996863366107917975552).
std::string whole_to_fifteen_digits(double value) {
  int size = std::snprintf(nullptr, 0, "%.14e", value);
  std::string s(static_cast<std::size_t>(size) + 1, '\0');
  std::snprintf(s.data(), s.size(), "%.14e", value);
  s.resize(static_cast<std::size_t>(size));
  // "-1.50000000000000e+20": sign, 15 digits around the point, then the power of ten.
  std::size_t exp_at = s.find('e');
  std::string digits, out = s[0] == '-' ? "-" : "";
  for (std::size_t i = 0; i < exp_at; ++i)
    if (s[i] >= '0' && s[i] <= '9') digits += s[i];
  int exponent = std::atoi(s.c_str() + exp_at + 1);
  out += digits;
  out.append(static_cast<std::size_t>(std::max(0, exponent + 1 - static_cast<int>(digits.size()))),
             '0');
  return out;
}

}  // namespace

std::string format_number(double value) {
  if (!std::isfinite(value)) return "unknown";  // never a figure: `check` refuses inf and nan
  std::string s;
  if (std::fabs(value) >= kDrawLimit) {
    s = whole_to_fifteen_digits(value);
  } else {
    bool whole = std::fabs(value - std::round(value)) < 1e-9;
    s = fixed_decimals(value, whole ? 0 : 1);
    if (ends_with(s, ".0")) s.resize(s.size() - 2);  // 2.96 is "3"
  }
  if (s == "-0") s = "0";
  // Thousands separators for whole numbers: 12,345.
  std::size_t dot = s.find('.');
  std::size_t end = dot == std::string::npos ? s.size() : dot;
  std::size_t start = s[0] == '-' ? 1 : 0;
  for (std::ptrdiff_t i = static_cast<std::ptrdiff_t>(end) - 3;
       i > static_cast<std::ptrdiff_t>(start); i -= 3)
    s.insert(static_cast<std::size_t>(i), ",");
  return s;
}

std::string format_value(double value, const std::string& unit) {
  if (unit == "%") return format_number(value) + "%";
  if (unit.empty()) return format_number(value);
  return format_number(value) + " " + unit;
}

std::string status_bar_svg(const std::vector<StatusCount>& counts, const std::string& name,
                           const std::string& id) {
  int total = 0;
  for (const auto& c : counts) total += c.count;
  // One short name and no <title>: the numbers are in the sentence before it and the table
  // after it, so a screen reader hears them once.
  std::string svg = "<svg id=\"" + id +
                    "\" class=\"chart chart-status\" viewBox=\"0 0 300 24\" "
                    "preserveAspectRatio=\"none\" role=\"img\" aria-label=\"" +
                    escape_html(name) + "\" focusable=\"false\">";
  if (total == 0) {
    svg += "<rect class=\"seg seg-empty\" x=\"0\" y=\"0\" width=\"300\" height=\"24\"/></svg>";
    return svg;
  }
  double x = 0;
  for (const auto& c : counts) {
    if (c.count == 0) continue;
    double w = 300.0 * c.count / total;
    // A 1-unit gap between segments keeps them apart without relying on colour.
    svg += "<rect class=\"seg status-" + escape_html(c.key) + "\" x=\"" + num(x) +
           "\" y=\"0\" width=\"" + num(std::max(0.5, w - 1)) + "\" height=\"24\"/>";
    x += w;
  }
  svg += "</svg>";
  return svg;
}

std::string chart_date(const Date& d) {
  static const char* kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                  "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  if (d.month < 1 || d.month > 12) return std::to_string(d.year);
  return std::string(kMonths[d.month - 1]) + " " + std::to_string(d.year);
}

std::string indicator_svg(const Indicator& ind, const std::string& name, const std::string& id,
                          const Catalog* words) {
  auto axis_date = [words](const Date& d) { return words ? words->short_date(d) : chart_date(d); };
  const double W = 320, H = 200, left = 48, right = 16, top = 16, bottom = 40;
  std::vector<std::pair<Date, double>> pts;
  for (const auto& v : ind.values)
    if (std::isfinite(v.value)) pts.push_back({v.date, drawable(v.value)});
  if (pts.empty()) return {};
  const IndicatorValue* target =
      ind.target && std::isfinite(ind.target->value) ? &*ind.target : nullptr;
  const double target_y = target ? drawable(target->value) : 0;
  double lo = pts[0].second, hi = pts[0].second;
  double t0 = day_number(pts.front().first), t1 = day_number(pts.back().first);
  for (const auto& p : pts) lo = std::min(lo, p.second), hi = std::max(hi, p.second);
  if (target) {
    lo = std::min(lo, target_y);
    hi = std::max(hi, target_y);
    t1 = std::max(t1, day_number(target->date));
  }
  auto [ylo, yhi] = nice_range(lo, hi);
  if (t1 <= t0) t1 = t0 + 1;
  auto X = [&](const Date& d) {
    return pts.size() == 1 && !target
               ? left + (W - left - right) / 2
               : left + (W - left - right) * (day_number(d) - t0) / (t1 - t0);
  };
  auto Y = [&](double v) { return top + (H - top - bottom) * (1 - (v - ylo) / (yhi - ylo)); };

  std::string svg = "<svg id=\"" + id +
                    "\" class=\"chart chart-indicator\" viewBox=\"0 0 320 200\" role=\"img\" "
                    "aria-label=\"" +
                    escape_html(name) + "\" focusable=\"false\">";
  // Axes with their labels: lowest and highest value, first and last date.
  svg += "<line class=\"axis\" x1=\"" + num(left) + "\" y1=\"" + num(top) + "\" x2=\"" + num(left) +
         "\" y2=\"" + num(H - bottom) + "\"/>";
  svg += "<line class=\"axis\" x1=\"" + num(left) + "\" y1=\"" + num(H - bottom) + "\" x2=\"" +
         num(W - right) + "\" y2=\"" + num(H - bottom) + "\"/>";
  for (double v : {ylo, yhi}) {
    svg += "<text class=\"tick\" x=\"" + num(left - 6) + "\" y=\"" + num(Y(v) + 5) +
           "\" text-anchor=\"end\">" + escape_html(format_number(v)) + "</text>";
  }
  const Date& first = pts.front().first;
  const Date& last = target && pts.back().first < target->date ? target->date : pts.back().first;
  svg += "<text class=\"tick\" x=\"" + num(left) + "\" y=\"" + num(H - bottom + 20) +
         "\" text-anchor=\"start\">" + escape_html(axis_date(first)) + "</text>";
  if (last != first) {
    svg += "<text class=\"tick\" x=\"" + num(W - right) + "\" y=\"" + num(H - bottom + 20) +
           "\" text-anchor=\"end\">" + escape_html(axis_date(last)) + "</text>";
  }
  if (!ind.unit.empty()) {
    svg += "<text class=\"unit\" x=\"" + num(left) + "\" y=\"" + num(H - 4) + "\">" +
           escape_html(ind.unit == "%" ? "per cent" : ind.unit) + "</text>";
  }
  if (target) {
    svg += "<line class=\"target\" x1=\"" + num(left) + "\" y1=\"" + num(Y(target_y)) + "\" x2=\"" +
           num(W - right) + "\" y2=\"" + num(Y(target_y)) + "\"/>";
    svg += "<text class=\"target-label\" x=\"" + num(W - right) + "\" y=\"" + num(Y(target_y) - 6) +
           "\" text-anchor=\"end\">Target " + escape_html(format_number(target->value)) + "</text>";
  }
  if (pts.size() > 1) {
    std::string d;
    for (const auto& p : pts)
      d += (d.empty() ? "M" : " L") + num(X(p.first)) + " " + num(Y(p.second));
    svg += "<path class=\"line\" d=\"" + d + "\"/>";
  }
  for (const auto& p : pts) {
    svg += "<circle class=\"point\" cx=\"" + num(X(p.first)) + "\" cy=\"" + num(Y(p.second)) +
           "\" r=\"5\"/>";
  }
  svg += "</svg>";
  return svg;
}

}  // namespace promisehub
