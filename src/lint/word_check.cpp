// Whole-word, case-insensitive search for words to avoid, acronyms, and offset -> line:column.
#include "lint/word_check.h"

#include <algorithm>

#include "lint/text_scan.h"

namespace promisehub::lint {
namespace {

using detail::decode_utf8;
using detail::is_word_char_at;

// What a new paragraph reads as: no form goes on across one.
constexpr char32_t kParagraphBreak = 0xFFFFFFFF;

// A listed form as the trie holds it: its words folded and joined by one ' ', each hyphen a
// ' ' too, as next_char reads the text.
std::u32string folded_form(const std::string& phrase) {
  std::u32string out;
  bool gap = false;
  for (std::size_t i = 0; i < phrase.size();) {
    const auto cp = decode_utf8(phrase, i);
    i += cp.length;
    if (cp.value < 0x80 && detail::is_ascii_space(static_cast<char>(cp.value))) {
      gap = !out.empty();
      continue;
    }
    if (gap) out.push_back(' ');
    gap = false;
    out.push_back(cp.value == '-' ? U' ' : fold_for_matching(cp.value));
  }
  return out;
}

struct TextChar {
  char32_t cp;         // folded; any run of spaces, or one hyphen, as ' '
  std::size_t length;  // bytes
};

// The character at text[i] as forms are compared with it. A run of spaces with two line
// breaks (a new paragraph) matches nothing.
TextChar next_char(std::string_view text, std::size_t i) {
  const auto cp = decode_utf8(text, i);
  if (cp.value == '-') return {U' ', 1};
  if (cp.value >= 0x80 || !detail::is_ascii_space(static_cast<char>(cp.value)))
    return {fold_for_matching(cp.value), cp.length};
  std::size_t end = i;
  int line_breaks = 0;
  for (; end < text.size() && detail::is_ascii_space(text[end]); ++end)
    line_breaks += text[end] == '\n';
  return {line_breaks > 1 ? kParagraphBreak : U' ', end - i};
}

bool is_word_start(std::string_view text, std::size_t i) {
  if (!is_word_char_at(text, i)) return false;
  return i == 0 ||
         !detail::is_word_code_point(decode_utf8(text, detail::previous_code_point(text, i)).value);
}

struct Token {
  std::size_t begin;
  std::size_t end;
};

std::vector<Token> word_tokens(std::string_view text, const std::vector<detail::Span>& skip) {
  std::vector<Token> tokens;
  std::size_t i = 0;
  while (i < text.size()) {
    if (const detail::Span* span = detail::span_containing(skip, i)) {
      i = span->end;
      continue;
    }
    if (!is_word_char_at(text, i)) {
      i += decode_utf8(text, i).length;
      continue;
    }
    const std::size_t begin = i;
    while (is_word_char_at(text, i)) i += decode_utf8(text, i).length;
    tokens.push_back({begin, i});
  }
  return tokens;
}

bool is_all_capitals(std::string_view word) {
  bool letter = false;
  for (char c : word) {
    if (detail::is_ascii_upper(c)) {
      letter = true;
    } else if (!detail::is_ascii_digit(c)) {
      return false;
    }
  }
  return letter;
}

// Words of a shouted heading are joined by spaces and light punctuation on one line.
bool joins_shouted_words(std::string_view gap) {
  return !gap.empty() && gap.find_first_not_of(" \t,:;-&/") == std::string_view::npos;
}

}  // namespace

AvoidedWords::AvoidedWords(const std::vector<AvoidRule>& rules) {
  for (const AvoidRule& rule : rules) {
    for (const std::string& phrase : rule.avoid) {
      trie_.add(folded_form(phrase));
      rule_of_.push_back(&rule);
    }
  }
}

AvoidedWords::Found AvoidedWords::find(std::string_view text) const {
  Found found;
  if (trie_.phrase_count() == 0) return found;
  const std::vector<detail::Span> skip = detail::non_prose_spans(text);
  std::size_t free_from = 0;  // matches may not overlap: the first, then the longest, is kept
  for (std::size_t i = 0; i < text.size(); i += decode_utf8(text, i).length) {
    if (i < free_from || !is_word_start(text, i) || detail::span_containing(skip, i)) continue;
    std::size_t end = 0;
    const AvoidRule* rule = nullptr;
    PhraseTrie::Node node = PhraseTrie::kRoot;
    for (std::size_t j = i; j < text.size();) {
      const TextChar c = next_char(text, j);
      ++found.steps;
      const auto next = trie_.next(node, c.cp);
      if (!next) break;
      node = *next;
      j += c.length;
      const auto& phrases = trie_.phrases_at(node);
      if (!phrases.empty() && !is_word_char_at(text, j)) {  // deeper is longer: it wins
        end = j;
        rule = rule_of_[phrases.front()];
      }
    }
    if (!rule) continue;
    found.matches.push_back({i, end - i, std::string(text.substr(i, end - i)), rule});
    free_from = end;
  }
  return found;
}

std::vector<WordMatch> find_avoided_words(std::string_view text,
                                          const std::vector<AvoidRule>& rules) {
  return AvoidedWords(rules).find(text).matches;
}

std::vector<AcronymMatch> find_acronyms(std::string_view text) {
  const std::vector<Token> tokens = word_tokens(text, detail::non_prose_spans(text));
  std::vector<AcronymMatch> found;
  std::size_t i = 0;
  while (i < tokens.size()) {
    // Measure the run of words in capitals starting here.
    std::size_t run_end = i;
    while (run_end < tokens.size() &&
           is_all_capitals(
               text.substr(tokens[run_end].begin, tokens[run_end].end - tokens[run_end].begin)) &&
           (run_end == i ||
            joins_shouted_words(text.substr(tokens[run_end - 1].end,
                                            tokens[run_end].begin - tokens[run_end - 1].end)))) {
      ++run_end;
    }
    if (run_end - i >= 3) {
      i = run_end;
      continue;
    }
    const std::string_view word = text.substr(tokens[i].begin, tokens[i].end - tokens[i].begin);
    if (detail::looks_like_acronym(word)) {
      const bool plural = word.back() == 's';
      found.push_back(
          {tokens[i].begin, std::string(plural ? word.substr(0, word.size() - 1) : word)});
    }
    ++i;
  }
  return found;
}

LineCol line_col_at(std::string_view text, std::size_t offset) {
  return LineColCounter(text).at(offset);
}

LineCol LineColCounter::at(std::size_t offset) {
  offset = std::min(offset, text_.size());
  if (offset < offset_) *this = LineColCounter(text_);
  for (; offset_ < offset; ++offset_) {
    const auto byte = static_cast<unsigned char>(text_[offset_]);
    if (byte == '\n') {
      ++position_.line;
      position_.column = 1;
      line_start_ = offset_ + 1;
    } else if ((byte & 0xC0) != 0x80) {
      ++position_.column;
    }
  }
  return position_;
}

}  // namespace promisehub::lint
