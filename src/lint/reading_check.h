// Whether a text is easy enough to read for the site's target reading age, and what to change.
#pragma once

#include <optional>
#include <string>

#include "lint/readability.h"

namespace promisehub::lint {

// Below this many words a Flesch-Kincaid grade says little: one long word moves a short
// sentence by years. Such texts are judged by their sentences and their words instead.
constexpr int kWordsForAGrade = 100;

// The longest sentence a short text may have: as long as Flesch-Kincaid lets a sentence of
// one-syllable words be at the target age (0.39 x words + 1.21, shown to one decimal): 20
// words at 9.
int longest_sentence_allowed(int target_age);

// How many hard words (see ReadabilityScore) a short text may have: one in every ten words at
// a target age of 9 or below, and one more in ten for each year above it.
int hard_words_allowed(int words, int target_age);

struct ReadingFinding {
  std::string problem;  // follows the text's name: "has a reading age of 11.2 (target 9; …)"
  std::string hint;     // what to change: the sentence to shorten, the words to change
};

// Judges a scored text. Texts of kWordsForAGrade words or more: Flesch-Kincaid reading age
// (grade + 5) against the target plus `allowance` (long texts may read a little older).
// Shorter texts: their longest sentence and their hard words against the limits above.
// No finding when the text is easy enough, or has fewer than 4 words.
std::optional<ReadingFinding> judge_reading(const ReadabilityScore& score, int target_age,
                                            double allowance);

}  // namespace promisehub::lint
