// Reading and printing figures.
#include "core/numbers.h"

#include <charconv>
#include <cmath>
#include <cstdio>

namespace promisehub {
namespace {

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

}  // namespace

NumberParse parse_plain_number(std::string_view text, double& out) {
  std::size_t i = 0;
  if (i < text.size() && text[i] == '-') ++i;
  const std::size_t whole_start = i;
  while (i < text.size() && is_digit(text[i])) ++i;
  const std::size_t whole_end = i;
  std::size_t fraction_start = i, fraction_end = i;
  if (i < text.size() && text[i] == '.') {
    fraction_start = fraction_end = ++i;
    while (i < text.size() && is_digit(text[i])) ++i;
    fraction_end = i;
    if (fraction_end == fraction_start) return NumberParse::not_a_number;  // "12."
  }
  if (whole_end == whole_start || i != text.size()) return NumberParse::not_a_number;

  std::size_t first = whole_start;  // the first digit that counts
  while (first < whole_end && text[first] == '0') ++first;
  while (fraction_end > fraction_start && text[fraction_end - 1] == '0') --fraction_end;
  const std::size_t whole_digits = whole_end - first;
  if (whole_digits > static_cast<std::size_t>(kFigureWholeDigits)) return NumberParse::too_large;
  if (whole_digits + (fraction_end - fraction_start) > static_cast<std::size_t>(kFigureDigits))
    return NumberParse::too_many_digits;

  // The text is now plain decimal: from_chars reads it exactly rounded, whatever the locale.
  double v = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), v);
  if (error != std::errc() || end != text.data() + text.size() || !std::isfinite(v))
    return NumberParse::not_a_number;
  out = v == 0 ? 0.0 : v;  // "-0" is 0
  return NumberParse::ok;
}

std::optional<double> parse_plain_number(std::string_view text) {
  double v = 0;
  if (parse_plain_number(text, v) != NumberParse::ok) return std::nullopt;
  return v;
}

std::string fixed_decimals(double value, int decimals) {
  if (!std::isfinite(value)) return "0";
  int size = std::snprintf(nullptr, 0, "%.*f", decimals, value);
  if (size <= 0) return "0";
  std::string out(static_cast<std::size_t>(size) + 1, '\0');
  std::snprintf(out.data(), out.size(), "%.*f", decimals, value);
  out.resize(static_cast<std::size_t>(size));
  return out;
}

}  // namespace promisehub
