#include "core/controls.h"

#include <cstdio>

namespace promisehub {

std::string ControlCharacter::name() const {
  char code[8];
  std::snprintf(code, sizeof code, "U+%04X", code_point);
  return code;
}

std::optional<ControlCharacter> first_control_character(std::string_view s) {
  for (std::size_t i = 0; i < s.size(); ++i) {
    unsigned char u = static_cast<unsigned char>(s[i]);
    if ((u < 0x20 && u != '\t' && u != '\n' && u != '\r') || u == 0x7F) return {{i, u}};
    if (u == 0xC2 && i + 1 < s.size()) {
      unsigned char next = static_cast<unsigned char>(s[i + 1]);
      if (next >= 0x80 && next <= 0x9F) return {{i, next}};
    }
  }
  return std::nullopt;
}

std::string printable(std::string_view s) {
  std::string out;
  while (auto c = first_control_character(s)) {
    out.append(s.substr(0, c->offset));
    out += c->name();
    s.remove_prefix(c->offset + (c->code_point >= 0x80 ? 2 : 1));
  }
  out.append(s);
  for (char& ch : out)
    if (ch == '\r') ch = ' ';
  return out;
}

}  // namespace promisehub
