// UTF-8 and "is this prose?" helpers shared by the plain-language checks (internal to lint/).
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace promisehub::lint::detail {

struct CodePoint {
  char32_t value;
  std::size_t length;  // bytes, at least 1; an invalid byte decodes as U+FFFD of length 1
};

CodePoint decode_utf8(std::string_view text, std::size_t offset);

// Offset of the code point that ends just before `offset` (offset must be > 0).
std::size_t previous_code_point(std::string_view text, std::size_t offset);

// Letters and digits in any script; punctuation, symbols, spaces and emoji are not.
bool is_word_code_point(char32_t cp);

bool is_word_char_at(std::string_view text, std::size_t offset);

bool is_ascii_upper(char c);
bool is_ascii_lower(char c);
bool is_ascii_digit(char c);
bool is_ascii_space(char c);

// 2-6 capitals, digits allowed after the first letter, optionally a plural s: "CEYP", "S4C",
// "CEYPs". ASCII only.
bool looks_like_acronym(std::string_view word);

struct Span {
  std::size_t begin;
  std::size_t end;  // one past the last byte
};

// Byte ranges of text that is not prose: URLs (with a scheme, "www." or a bare domain such as
// thepromise.scot), e-mail addresses and `inline code`. Sorted by begin, non-overlapping.
std::vector<Span> non_prose_spans(std::string_view text);

// The span containing offset, or nullptr. `spans` must come from non_prose_spans.
const Span* span_containing(const std::vector<Span>& spans, std::size_t offset);

}  // namespace promisehub::lint::detail
