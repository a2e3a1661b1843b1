// Sentence splitting that knows about abbreviations, numbers, lists and headings.
#include "lint/sentences.h"

#include <algorithm>
#include <iterator>
#include <string>

#include "lint/text_scan.h"

namespace promisehub::lint {
namespace {

using detail::decode_utf8;
using detail::is_ascii_digit;
using detail::is_ascii_lower;
using detail::is_ascii_space;
using detail::is_ascii_upper;

// Abbreviations that come before a name or a number and never end a sentence.
constexpr std::string_view kTitles[] = {"mr",   "mrs", "ms",   "mx",   "dr",  "prof",
                                        "cllr", "st",  "rev",  "revd", "sr",  "jr",
                                        "hon",  "sgt", "capt", "lt",   "col", "mt"};
constexpr std::string_view kNeverEnd[] = {"e.g", "i.e",  "vs",  "cf",  "approx", "incl",
                                          "fig", "figs", "vol", "ref", "refs",   "dept",
                                          "tel", "ext",  "ch",  "pp",  "ca"};
constexpr std::string_view kBeforeNumber[] = {"no", "nos", "p"};
// These end a sentence when a capital follows: "... and so on etc. Then".
constexpr std::string_view kEndBeforeCapital[] = {"etc", "inc", "ltd", "plc", "co"};

template <std::size_t N>
bool contains(const std::string_view (&list)[N], std::string_view word) {
  return std::find(std::begin(list), std::end(list), word) != std::end(list);
}

enum class Next { End, Lower, Upper, Digit, Other };

bool is_opener(std::string_view text, std::size_t i) {
  const char c = text[i];
  if (c == '"' || c == '\'' || c == '(' || c == '[' || c == '*' || c == '_') return true;
  const char32_t cp = decode_utf8(text, i).value;
  return cp == 0x201C || cp == 0x2018 || cp == 0xAB;
}

// Kind of the first character of the next word at or after `i`, skipping opening quotes.
Next next_word_kind(std::string_view text, std::size_t i) {
  while (i < text.size() && is_ascii_space(text[i])) ++i;
  while (i < text.size() && is_opener(text, i)) i += decode_utf8(text, i).length;
  if (i >= text.size()) return Next::End;
  const char c = text[i];
  if (is_ascii_lower(c)) return Next::Lower;
  if (is_ascii_upper(c)) return Next::Upper;
  if (is_ascii_digit(c)) return Next::Digit;
  const char32_t cp = decode_utf8(text, i).value;
  if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) return Next::Upper;
  if (cp >= 0xDF && cp <= 0xFF && cp != 0xF7) return Next::Lower;
  return Next::Other;
}

bool gap_has_newline(std::string_view text, std::size_t i) {
  for (; i < text.size() && is_ascii_space(text[i]); ++i) {
    if (text[i] == '\n') return true;
  }
  return false;
}

std::size_t line_start(std::string_view text, std::size_t i) {
  const std::size_t nl = i == 0 ? std::string_view::npos : text.rfind('\n', i - 1);
  return nl == std::string_view::npos ? 0 : nl + 1;
}

// Whether the line holds nothing but spaces before `i`. Looked for from `i` back, not from the
// line's start: a long line with many full stops is not read again for each one.
bool only_spaces_before(std::string_view text, std::size_t i) {
  while (i > 0 && text[i - 1] != '\n' && is_ascii_space(text[i - 1])) --i;
  return i == 0 || text[i - 1] == '\n';
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && is_ascii_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_ascii_space(s.back())) s.remove_suffix(1);
  return s;
}

// Length of a list marker or heading mark at the start of `s` (with its space), or 0.
std::size_t list_marker_length(std::string_view s) {
  std::size_t n = 0;
  if (!s.empty() && s[0] == '#') {
    while (n < s.size() && s[n] == '#') ++n;
  } else if (!s.empty() && std::string_view("-*+>").find(s[0]) != std::string_view::npos) {
    n = 1;
  } else if (s.size() >= 3 && decode_utf8(s, 0).length == 3) {
    const char32_t cp = decode_utf8(s, 0).value;
    if (cp == 0x2022 || cp == 0x2013 || cp == 0x2014 || cp == 0x25E6) n = 3;  // • – — ◦
  } else if (s.size() >= 3 && s[0] == '[' && s[2] == ']' &&
             std::string_view(" xX").find(s[1]) != std::string_view::npos) {
    n = 3;
  } else {
    while (n < s.size() && n < 3 && is_ascii_digit(s[n])) ++n;
    if (n == 0 || n >= s.size() || (s[n] != '.' && s[n] != ')')) return 0;
    ++n;
  }
  if (n == 0) return 0;
  if (n == s.size()) return n;
  return (s[n] == ' ' || s[n] == '\t') ? n + 1 : 0;
}

bool has_word_char(std::string_view s) {
  for (std::size_t i = 0; i < s.size(); i += decode_utf8(s, i).length) {
    if (detail::is_word_char_at(s, i)) return true;
  }
  return false;
}

std::string lower_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (is_ascii_upper(c)) c = static_cast<char>(c + 32);
  }
  return out;
}

// The word just before the full stop at `dot`, without opening quotes or brackets.
std::string_view word_before(std::string_view text, std::size_t dot) {
  std::size_t begin = dot;
  while (begin > 0 && !is_ascii_space(text[begin - 1])) --begin;
  while (begin < dot && std::string_view("\"'([").find(text[begin]) != std::string_view::npos) {
    ++begin;
  }
  return text.substr(begin, dot - begin);
}

bool is_dotted_initialism(std::string_view word) {  // "a.m", "U.K"
  if (word.size() < 3) return false;
  for (std::size_t i = 0; i < word.size(); ++i) {
    const bool letter = is_ascii_lower(word[i]) || is_ascii_upper(word[i]);
    if (i % 2 == 0 ? !letter : word[i] != '.') return false;
  }
  return true;
}

bool full_stop_ends_sentence(std::string_view text, std::size_t dot, std::size_t after) {
  const std::string_view word = word_before(text, dot);
  const std::string lower = lower_ascii(word);
  const Next next = next_word_kind(text, after);
  if (contains(kTitles, lower)) return false;
  const bool first_on_line = only_spaces_before(text, dot - word.size());
  const bool all_digits = !word.empty() && std::all_of(word.begin(), word.end(),
                                                       [](char c) { return is_ascii_digit(c); });
  if (all_digits && first_on_line) return false;  // "1. A good childhood"
  if (gap_has_newline(text, after)) return true;
  if (contains(kNeverEnd, lower)) return false;
  if (contains(kBeforeNumber, lower) && next == Next::Digit) return false;
  if (word.size() == 1 && is_ascii_upper(word[0])) return false;  // an initial: "J. K. Rowling"
  if (contains(kEndBeforeCapital, lower) || is_dotted_initialism(word)) return next == Next::Upper;
  return next != Next::Lower;
}

bool is_closer(std::string_view text, std::size_t i) {
  const char c = text[i];
  if (c == '"' || c == '\'' || c == ')' || c == ']' || c == '*' || c == '_') return true;
  const char32_t cp = decode_utf8(text, i).value;
  return cp == 0x2019 || cp == 0x201D || cp == 0xBB;
}

bool is_terminal_at(std::string_view text, std::size_t i) {
  const char c = text[i];
  return c == '.' || c == '!' || c == '?' || decode_utf8(text, i).value == 0x2026;
}

// Whether a line break at `nl` ends the sentence that started before it.
bool line_break_ends_sentence(std::string_view text, std::size_t nl) {
  const std::size_t begin = line_start(text, nl);
  const std::string_view line = trim(text.substr(begin, nl - begin));
  std::size_t next_end = text.find('\n', nl + 1);
  if (next_end == std::string_view::npos) next_end = text.size();
  const std::string_view next_line = trim(text.substr(nl + 1, next_end - nl - 1));
  if (next_line.empty()) return true;  // blank line or end of text
  if (!line.empty() && (line.back() == ':' || line.front() == '#')) return true;
  if (list_marker_length(next_line) > 0) return true;
  const Next next = next_word_kind(text, nl + 1);
  return next == Next::Upper || next == Next::Digit;
}

}  // namespace

std::vector<std::string_view> split_sentences(std::string_view text) {
  std::vector<std::string_view> sentences;
  std::size_t start = 0;
  const auto emit = [&](std::size_t end) {
    std::string_view piece = trim(text.substr(start, end - start));
    for (std::size_t marker = list_marker_length(piece); marker > 0;
         marker = list_marker_length(piece)) {
      piece = trim(piece.substr(marker));
    }
    if (has_word_char(piece)) sentences.push_back(piece);
    start = end;
  };

  std::size_t i = 0;
  while (i < text.size()) {
    if (text[i] == '\n') {
      if (!trim(text.substr(start, i - start)).empty() && line_break_ends_sentence(text, i)) {
        emit(i);
      }
      ++i;
      continue;
    }
    if (!is_terminal_at(text, i)) {
      i += decode_utf8(text, i).length;
      continue;
    }
    std::size_t run_end = i;
    bool ellipsis = false;
    int dots = 0;
    while (run_end < text.size() && is_terminal_at(text, run_end)) {
      const std::size_t length = decode_utf8(text, run_end).length;
      ellipsis = ellipsis || length == 3;
      dots += text[run_end] == '.';
      run_end += length;
    }
    const bool question_or_bang =
        text.substr(i, run_end - i).find_first_of("!?") != std::string_view::npos;
    ellipsis = ellipsis || (dots >= 2 && !question_or_bang);
    std::size_t after = run_end;
    while (after < text.size() && is_closer(text, after)) after += decode_utf8(text, after).length;
    if (after < text.size() && !is_ascii_space(text[after])) {
      i = run_end;  // 85.7, 1.1, example.org, e.g.,
      continue;
    }
    const Next next = next_word_kind(text, after);
    bool ends = false;
    if (next == Next::End || gap_has_newline(text, after)) {
      ends = ellipsis || question_or_bang || full_stop_ends_sentence(text, i, after);
    } else if (ellipsis) {
      ends = next == Next::Upper || next == Next::Digit;
    } else if (question_or_bang) {
      ends = next != Next::Lower;
    } else {
      ends = full_stop_ends_sentence(text, i, after);
    }
    if (ends) emit(after);
    i = after;
  }
  emit(text.size());
  return sentences;
}

}  // namespace promisehub::lint
