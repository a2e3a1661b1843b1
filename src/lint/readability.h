// Reading-grade scores (Flesch-Kincaid, Flesch Reading Ease) for plain-language checks.
#pragma once

#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "lint/markdown_prose.h"
#include "lint/sentences.h"
#include "lint/syllables.h"

namespace promisehub::lint {

struct ReadabilityScore {
  int words = 0;
  int sentences = 0;
  int syllables = 0;
  double fk_grade = 0;           // 0.39 * words/sentences + 11.8 * syllables/words - 15.59
  double reading_ease = 0;       // 206.835 - 1.015 * words/sentences - 84.6 * syllables/words
  double reading_age = 0;        // fk_grade + 5 (a US grade is about a year's age minus five)
  std::string longest_sentence;  // most words; white space collapsed to single spaces
  int longest_sentence_words = 0;
  // Hard words: 3+ syllables, not familiar (lint/familiar_words.h) and not a name (a word
  // with a capital after the first word of its sentence, such as "Midlothian").
  int hard_word_count = 0;              // every use
  std::vector<std::string> hard_words;  // unique, most frequent first, at most 5
};

// Scores plain text (run Markdown through prose_from_markdown first). Sentences come from
// split_sentences and syllables from count_syllables, so:
// - words are runs of letters and digits, joined by inner hyphens ("long-term"), apostrophes
//   ("children's", "don't") and, between digits, by . and , ("85.7", "1,500");
// - URLs, e-mail addresses and `code` are not words; a #HashTag counts the words it joins;
// - a number is one word of one syllable; an acronym is one word read letter by letter
//   (CEYP = 4 syllables), except in a sentence written all in capitals, whose words are read
//   as ordinary words;
// - text without words scores 0 everywhere (no division by zero).
// Words in `explained` (lower case, e.g. the words of glossary terms) are familiar too.
// The grades are the standard formulas, as GNU style(1) computes them: familiar words only
// decide which words are hard.
ReadabilityScore measure_readability(std::string_view plain_text,
                                     const std::set<std::string>& explained = {});

}  // namespace promisehub::lint
