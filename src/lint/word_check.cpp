// Whole-word, case-insensitive search for words to avoid, acronyms, and offset -> line:column.
#include "lint/word_check.h"

#include <algorithm>
#include <optional>

#include "lint/text_scan.h"

namespace promisehub::lint {
namespace {

using detail::decode_utf8;
using detail::is_word_char_at;

struct Form {
  std::vector<std::u32string> words;  // case-folded code points
  const AvoidRule* rule;
};

std::vector<Form> prepare_forms(const std::vector<AvoidRule>& rules) {
  std::vector<Form> forms;
  for (const AvoidRule& rule : rules) {
    for (const std::string& phrase : rule.avoid) {
      Form form{{}, &rule};
      std::u32string word;
      for (std::size_t i = 0; i < phrase.size();) {
        const auto cp = decode_utf8(phrase, i);
        i += cp.length;
        if (cp.value < 0x80 && detail::is_ascii_space(static_cast<char>(cp.value))) {
          if (!word.empty()) form.words.push_back(std::move(word));
          word.clear();
        } else {
          word.push_back(detail::fold_case(cp.value));
        }
      }
      if (!word.empty()) form.words.push_back(std::move(word));
      if (!form.words.empty()) forms.push_back(std::move(form));
    }
  }
  return forms;
}

// Between the words of a phrase: spaces and tabs with at most one line break, or one hyphen.
std::optional<std::size_t> skip_separator(std::string_view text, std::size_t i) {
  if (i < text.size() && text[i] == '-') return i + 1;
  const std::size_t start = i;
  int line_breaks = 0;
  while (i < text.size() && detail::is_ascii_space(text[i])) {
    if (text[i] == '\n' && ++line_breaks > 1) return std::nullopt;
    ++i;
  }
  if (i == start) return std::nullopt;
  return i;
}

// End of `form` matched at `pos`, if it matches there as whole words.
std::optional<std::size_t> match_at(std::string_view text, std::size_t pos, const Form& form) {
  std::size_t i = pos;
  for (std::size_t w = 0; w < form.words.size(); ++w) {
    if (w > 0) {
      const auto next = skip_separator(text, i);
      if (!next) return std::nullopt;
      i = *next;
    }
    for (char32_t expected : form.words[w]) {
      if (i >= text.size()) return std::nullopt;
      const auto cp = decode_utf8(text, i);
      if (detail::fold_case(cp.value) != expected) return std::nullopt;
      i += cp.length;
    }
  }
  if (is_word_char_at(text, i)) return std::nullopt;
  return i;
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

std::vector<WordMatch> find_avoided_words(std::string_view text,
                                          const std::vector<AvoidRule>& rules) {
  const std::vector<Form> forms = prepare_forms(rules);
  const std::vector<detail::Span> skip = detail::non_prose_spans(text);
  std::vector<WordMatch> matches;
  for (std::size_t i = 0; i < text.size(); i += decode_utf8(text, i).length) {
    if (!is_word_start(text, i) || detail::span_containing(skip, i)) continue;
    for (const Form& form : forms) {
      if (const auto end = match_at(text, i, form)) {
        matches.push_back({i, *end - i, std::string(text.substr(i, *end - i)), form.rule});
      }
    }
  }
  std::stable_sort(matches.begin(), matches.end(), [](const WordMatch& a, const WordMatch& b) {
    return a.offset != b.offset ? a.offset < b.offset : a.length > b.length;
  });
  std::vector<WordMatch> kept;
  for (WordMatch& match : matches) {
    if (!kept.empty() && match.offset < kept.back().offset + kept.back().length) continue;
    kept.push_back(std::move(match));
  }
  return kept;
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
  offset = std::min(offset, text.size());
  LineCol position{1, 1};
  for (std::size_t i = 0; i < offset; ++i) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte == '\n') {
      ++position.line;
      position.column = 1;
    } else if ((byte & 0xC0) != 0x80) {
      ++position.column;
    }
  }
  return position;
}

}  // namespace promisehub::lint
