// SVG chart drawing.
#include "render/charts.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "core/text.h"

namespace promisehub {
namespace {

std::string num(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", v);
  std::string s = buf;
  if (ends_with(s, ".0")) s.resize(s.size() - 2);
  return s;
}

// A day count good enough to place dates along an axis.
double day_number(const Date& d) {
  Date f = d.first_day();
  return f.year * 372.0 + (f.month - 1) * 31.0 + (f.day - 1);
}

// Round axis bounds outward to tidy numbers.
std::pair<double, double> nice_range(double lo, double hi) {
  if (lo == hi) {
    double pad = std::max(1.0, std::fabs(lo) * 0.1);
    lo -= pad;
    hi += pad;
  }
  double span = hi - lo;
  double step = std::pow(10.0, std::floor(std::log10(span)));
  if (span / step < 3) step /= 2;
  double nlo = std::floor(lo / step) * step, nhi = std::ceil(hi / step) * step;
  if (lo >= 0 && nlo < 0) nlo = 0;
  return {nlo, nhi};
}

}  // namespace

std::string format_number(double value) {
  char buf[32];
  if (std::fabs(value - std::round(value)) < 1e-9) {
    std::snprintf(buf, sizeof buf, "%.0f", value);
  } else {
    std::snprintf(buf, sizeof buf, "%.1f", value);
  }
  std::string s = buf;
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

std::string status_bar_svg(const std::vector<StatusCount>& counts, const std::string& summary,
                           const std::string& id) {
  int total = 0;
  for (const auto& c : counts) total += c.count;
  std::string svg =
      "<svg class=\"chart chart-status\" viewBox=\"0 0 300 24\" "
      "preserveAspectRatio=\"none\" role=\"img\" aria-labelledby=\"" +
      id + "-title\" focusable=\"false\"><title id=\"" + id + "-title\">" + escape_html(summary) +
      "</title>";
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

std::string indicator_svg(const Indicator& ind, const std::string& summary, const std::string& id) {
  const double W = 320, H = 200, left = 48, right = 16, top = 16, bottom = 40;
  std::vector<std::pair<Date, double>> pts;
  for (const auto& v : ind.values) pts.push_back({v.date, v.value});
  if (pts.empty()) return {};
  double lo = pts[0].second, hi = pts[0].second;
  double t0 = day_number(pts.front().first), t1 = day_number(pts.back().first);
  for (const auto& p : pts) lo = std::min(lo, p.second), hi = std::max(hi, p.second);
  if (ind.target) {
    lo = std::min(lo, ind.target->value);
    hi = std::max(hi, ind.target->value);
    t1 = std::max(t1, day_number(ind.target->date));
  }
  auto [ylo, yhi] = nice_range(lo, hi);
  if (t1 <= t0) t1 = t0 + 1;
  auto X = [&](const Date& d) {
    return pts.size() == 1 && !ind.target
               ? left + (W - left - right) / 2
               : left + (W - left - right) * (day_number(d) - t0) / (t1 - t0);
  };
  auto Y = [&](double v) { return top + (H - top - bottom) * (1 - (v - ylo) / (yhi - ylo)); };

  std::string svg =
      "<svg class=\"chart chart-indicator\" viewBox=\"0 0 320 200\" role=\"img\" "
      "aria-labelledby=\"" +
      id + "-title\" focusable=\"false\"><title id=\"" + id + "-title\">" + escape_html(summary) +
      "</title>";
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
  const Date& last =
      ind.target && pts.back().first < ind.target->date ? ind.target->date : pts.back().first;
  svg += "<text class=\"tick\" x=\"" + num(left) + "\" y=\"" + num(H - bottom + 20) +
         "\" text-anchor=\"start\">" + escape_html(first.iso().substr(0, 7)) + "</text>";
  if (last != first) {
    svg += "<text class=\"tick\" x=\"" + num(W - right) + "\" y=\"" + num(H - bottom + 20) +
           "\" text-anchor=\"end\">" + escape_html(last.iso().substr(0, 7)) + "</text>";
  }
  if (!ind.unit.empty()) {
    svg += "<text class=\"unit\" x=\"" + num(left) + "\" y=\"" + num(H - 4) + "\">" +
           escape_html(ind.unit == "%" ? "per cent" : ind.unit) + "</text>";
  }
  if (ind.target) {
    svg += "<line class=\"target\" x1=\"" + num(left) + "\" y1=\"" + num(Y(ind.target->value)) +
           "\" x2=\"" + num(W - right) + "\" y2=\"" + num(Y(ind.target->value)) + "\"/>";
    svg += "<text class=\"target-label\" x=\"" + num(W - right) + "\" y=\"" +
           num(Y(ind.target->value) - 6) + "\" text-anchor=\"end\">Target " +
           escape_html(format_number(ind.target->value)) + "</text>";
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
