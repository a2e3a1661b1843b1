// The number a help line's Call link dials: a strict `dial:` value, or the first number in the
// text people read ("0800 1111 (24 hours)" dials 08001111, never 0800111124).
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace promisehub {

struct DialNumber {
  std::string digits;         // "+441315550100", "08001111"
  bool other_digits = false;  // the text holds digits after the number ("999 or 112")
};

// The first number in `text`: digits with spaces, '-' or '.' between them, '+' first for a
// number abroad, and the "(0)" people write after a country code dropped. None when the text
// has no number of 3 to 15 digits (the longest a telephone number can be).
std::optional<DialNumber> dial_number_in(std::string_view text);

// A `dial:` value written by hand, spaces allowed: "+44 131 555 0100" → "+441315550100".
std::optional<std::string> strict_dial_number(std::string_view text);

}  // namespace promisehub
