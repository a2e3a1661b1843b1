// Control characters: never text in content, and never passed on to a terminal in a message.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace promisehub {

// A control character is never text: C0 but tab and line breaks, DEL, and C1 (U+0080–U+009F).
struct ControlCharacter {
  std::size_t offset;        // byte offset in the text
  unsigned code_point;       // e.g. 0x1B
  std::string name() const;  // "U+001B"
};
std::optional<ControlCharacter> first_control_character(std::string_view s);
// The same text with every control character written as "U+001B" (tab and line feed kept, a
// carriage return made a space), so that a message can never drive the terminal it is printed on.
std::string printable(std::string_view s);

}  // namespace promisehub
