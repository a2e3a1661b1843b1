// Figures as people write them (an indicator's `value`, `reading_age`): plain decimals such as
// 42, -3.5 or 1204.25, within a range every later step can show and compute with exactly.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace promisehub {

// A figure is below a million million (1,000,000,000,000) either way, and has at most 15 digits
// (zeros before the first digit that counts, or after the last decimal that does, are not
// counted). Such a figure is held exactly as written to 15 digits, and shown, charted and
// subtracted without overflow or cut-off text.
constexpr double kFigureLimit = 1e12;
constexpr int kFigureWholeDigits = 12;  // digits before the point: below kFigureLimit
constexpr int kFigureDigits = 15;

enum class NumberParse {
  ok,
  not_a_number,     // not an optional '-', digits, and optionally '.' and more digits
  too_many_digits,  // more than kFigureDigits
  too_large,        // kFigureLimit or more either way
};

// Reads a figure: an optional '-', one or more ASCII digits, then optionally '.' and one or more
// digits. No '+', exponent, hex, inf or nan, spaces, commas or units; "-0" reads as 0.
NumberParse parse_plain_number(std::string_view text, double& out);
std::optional<double> parse_plain_number(std::string_view text);

// `value` with exactly `decimals` digits after the point, however long ("%.*f" without a
// fixed-size buffer); "0" for a value that is not finite, which is never a figure.
std::string fixed_decimals(double value, int decimals);

}  // namespace promisehub
