// One ICU MessageFormat pattern: checked once when the catalog is read, formatted on demand.
#pragma once

#include <initializer_list>
#include <optional>
#include <string>
#include <vector>

namespace promisehub {

// A named value for a pattern: a number for {count, plural, …} or {n, number}, or a text.
struct MessageArg {
  MessageArg(std::string n, double v) : name(std::move(n)), number(v), is_number(true) {}
  MessageArg(std::string n, int v) : MessageArg(std::move(n), static_cast<double>(v)) {}
  MessageArg(std::string n, std::size_t v) : MessageArg(std::move(n), static_cast<double>(v)) {}
  MessageArg(std::string n, std::string v) : name(std::move(n)), text(std::move(v)) {}
  MessageArg(std::string n, const char* v) : name(std::move(n)), text(v) {}
  std::string name;
  double number = 0;
  std::string text;
  bool is_number = false;
};

struct PatternError {
  std::size_t offset;  // characters into the pattern
  std::string message;
};

struct Message {
  std::string pattern;            // as the catalog writes it
  std::vector<std::string> args;  // the names of its arguments, in order of first use
  std::string plain;              // the text itself, when it takes no arguments
};

// Parses `pattern` (UTF-8) as an ICU MessageFormat pattern for `locale` (an ICU locale id).
// Apostrophes follow ICU's default: one on its own is just an apostrophe.
std::optional<Message> parse_message(const std::string& pattern, const std::string& locale,
                                     PatternError& error);

// Formats a parsed message; an argument the pattern does not use is ignored, one it needs and
// is not given is left as written ({name}).
std::string format_message(const Message& message, const std::string& locale,
                           std::initializer_list<MessageArg> args);

}  // namespace promisehub
