#include "core/phone.h"

#include <cctype>

namespace promisehub {
namespace {

bool is_digit(char c) {
  return std::isdigit(static_cast<unsigned char>(c)) != 0;
}

bool is_separator(char c) {
  return c == ' ' || c == '-' || c == '.';
}

bool fits(const std::string& number) {
  std::size_t digits = number.size() - (!number.empty() && number[0] == '+' ? 1 : 0);
  return digits >= 3 && digits <= 15;
}

}  // namespace

std::optional<DialNumber> dial_number_in(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size() && !is_digit(text[i]) &&
         !(text[i] == '+' && i + 1 < text.size() && is_digit(text[i + 1])))
    ++i;
  if (i == text.size()) return std::nullopt;
  DialNumber out;
  if (text[i] == '+') out.digits += text[i++];
  while (i < text.size()) {
    if (is_digit(text[i])) {
      out.digits += text[i++];
      continue;
    }
    // Separators count only between digits; "(0)" only after an international prefix.
    std::size_t j = i;
    while (j < text.size() && is_separator(text[j])) ++j;
    if (out.digits[0] == '+' && text.substr(j, 3) == "(0)") {
      j += 3;
      while (j < text.size() && is_separator(text[j])) ++j;
    }
    if (j == i || j == text.size() || !is_digit(text[j])) break;
    i = j;
  }
  if (!fits(out.digits)) return std::nullopt;
  for (; i < text.size(); ++i)
    if (is_digit(text[i])) out.other_digits = true;
  return out;
}

std::optional<std::string> strict_dial_number(std::string_view text) {
  std::string number;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == ' ') continue;
    if (is_digit(c) || (c == '+' && number.empty())) {
      number += c;
    } else {
      return std::nullopt;
    }
  }
  if (!fits(number)) return std::nullopt;
  return number;
}

}  // namespace promisehub
