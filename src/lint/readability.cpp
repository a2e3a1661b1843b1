// Counts words, sentences and syllables and applies the Flesch-Kincaid formulas.
#include "lint/readability.h"

#include <algorithm>

#include "lint/familiar_words.h"
#include "lint/text_scan.h"

namespace promisehub::lint {
namespace {

using detail::decode_utf8;
using detail::is_ascii_digit;
using detail::is_ascii_lower;
using detail::is_ascii_upper;
using detail::is_word_char_at;

bool is_apostrophe_at(std::string_view text, std::size_t i) {
  return text[i] == '\'' || decode_utf8(text, i).value == 0x2019;
}

bool is_letter_at(std::string_view text, std::size_t i) {
  return is_word_char_at(text, i) && !is_ascii_digit(text[i]);
}

// Length of the joiner at `i` that continues the word: an inner hyphen, an apostrophe before a
// letter, or a . or , between digits. 0 when the word ends here.
std::size_t joiner_length(std::string_view text, std::size_t i, std::size_t end) {
  if (i == 0 || i >= end) return 0;
  const std::size_t length = decode_utf8(text, i).length;
  if (i + length >= end) return 0;
  const std::size_t next = i + length;
  const char prev = text[i - 1];
  if (text[i] == '-' && is_word_char_at(text, next)) return length;
  if (is_apostrophe_at(text, i) && is_letter_at(text, next)) return length;
  if ((text[i] == '.' || text[i] == ',') && is_ascii_digit(prev) && is_ascii_digit(text[next])) {
    return length;
  }
  return 0;
}

// "KeepThePromise" -> "Keep", "The", "Promise".
void split_camel_case(std::string_view tag, std::vector<std::string_view>& out) {
  std::size_t begin = 0;
  for (std::size_t i = 1; i < tag.size(); ++i) {
    if (is_ascii_upper(tag[i]) && is_ascii_lower(tag[i - 1])) {
      out.push_back(tag.substr(begin, i - begin));
      begin = i;
    }
  }
  out.push_back(tag.substr(begin));
}

std::vector<std::string_view> words_in(std::string_view text, std::size_t begin, std::size_t end,
                                       const std::vector<detail::Span>& skip) {
  std::vector<std::string_view> words;
  std::size_t i = begin;
  while (i < end) {
    if (const detail::Span* span = detail::span_containing(skip, i)) {
      i = span->end;
      continue;
    }
    if (!is_word_char_at(text, i)) {
      i += decode_utf8(text, i).length;
      continue;
    }
    const std::size_t start = i;
    while (i < end) {
      if (is_word_char_at(text, i)) {
        i += decode_utf8(text, i).length;
      } else if (const std::size_t joiner = joiner_length(text, i, end)) {
        i += joiner;
      } else {
        break;
      }
    }
    const std::string_view word = text.substr(start, i - start);
    if (start > 0 && text[start - 1] == '#') {
      split_camel_case(word, words);
    } else {
      words.push_back(word);
    }
  }
  return words;
}

std::string lower_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (is_ascii_upper(c)) c = static_cast<char>(c + 32);
  }
  return out;
}

std::string collapse_spaces(std::string_view s) {
  std::string out;
  bool in_space = false;
  for (char c : s) {
    if (detail::is_ascii_space(c)) {
      in_space = true;
      continue;
    }
    if (in_space && !out.empty()) out.push_back(' ');
    in_space = false;
    out.push_back(c);
  }
  return out;
}

struct HardWord {
  std::string key;    // lower case
  std::string shown;  // as first written
  int count;
};

void note_hard_word(std::vector<HardWord>& hard, std::string_view word) {
  std::string key = lower_ascii(word);
  auto it = std::find_if(hard.begin(), hard.end(), [&](const HardWord& h) { return h.key == key; });
  if (it != hard.end()) {
    ++it->count;
  } else {
    hard.push_back({std::move(key), std::string(word), 1});
  }
}

// "Midlothian" after a sentence's first word; not "CEYP" (an acronym) nor "Care" at its start.
bool is_name(std::string_view word, bool first_in_sentence) {
  return !first_in_sentence && word.size() > 1 && is_ascii_upper(word[0]) &&
         is_ascii_lower(word[1]);
}

}  // namespace

ReadabilityScore measure_readability(std::string_view plain_text,
                                     const std::set<std::string>& explained) {
  ReadabilityScore score;
  const std::vector<detail::Span> skip = detail::non_prose_spans(plain_text);
  std::vector<HardWord> hard;
  std::size_t longest = 0;
  for (std::string_view sentence : split_sentences(plain_text)) {
    const std::size_t begin = static_cast<std::size_t>(sentence.data() - plain_text.data());
    const std::vector<std::string_view> words =
        words_in(plain_text, begin, begin + sentence.size(), skip);
    if (words.empty()) continue;
    // A heading in capitals is shouted prose, not a row of acronyms.
    const bool shouted =
        words.size() >= 2 &&
        std::none_of(sentence.begin(), sentence.end(), [](char c) { return is_ascii_lower(c); });
    for (std::size_t w = 0; w < words.size(); ++w) {
      const std::string_view word = words[w];
      const int syllables = shouted ? count_syllables(lower_ascii(word)) : count_syllables(word);
      score.syllables += syllables;
      if (syllables >= 3 && !is_name(word, w == 0 || shouted) &&
          !is_familiar_word(word, explained)) {
        note_hard_word(hard, word);
        ++score.hard_word_count;
      }
    }
    score.words += static_cast<int>(words.size());
    ++score.sentences;
    if (words.size() > longest) {
      longest = words.size();
      score.longest_sentence = collapse_spaces(sentence);
      score.longest_sentence_words = static_cast<int>(words.size());
    }
  }
  if (score.words == 0) return score;

  const double words_per_sentence = static_cast<double>(score.words) / score.sentences;
  const double syllables_per_word = static_cast<double>(score.syllables) / score.words;
  score.fk_grade = 0.39 * words_per_sentence + 11.8 * syllables_per_word - 15.59;
  score.reading_ease = 206.835 - 1.015 * words_per_sentence - 84.6 * syllables_per_word;
  score.reading_age = score.fk_grade + 5;

  // Most frequent first; ties keep the order of first use.
  std::stable_sort(hard.begin(), hard.end(),
                   [](const HardWord& a, const HardWord& b) { return a.count > b.count; });
  for (std::size_t i = 0; i < hard.size() && i < 5; ++i) score.hard_words.push_back(hard[i].shown);
  return score;
}

}  // namespace promisehub::lint
