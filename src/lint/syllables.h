// Heuristic English syllable counter used by the readability score.
#pragma once

#include <string_view>

namespace promisehub::lint {

// Counts the syllables of one word (UTF-8). Always returns at least 1.
//
// - Ordinary words: vowel groups (y counts as a vowel except before a vowel at the start of a
//   word or between vowels), less a silent final e, -es and -ed; -le/-re after a consonant and
//   -ted/-ded keep their syllable; vowel pairs that are usually two syllables (idea-style
//   "ia", "io", "iu", "ua", "eo", "ie" before t/nt/nce, "-ing" after a vowel) add one;
//   silent e inside -ely/-eful/-eless/-ement/-eness and compounds such as "someone",
//   "careful", "everywhere" is not counted; a short table fixes common exceptions.
// - Hyphenated words add their parts ("long-term" = 2); a possessive 's and other
//   apostrophes are ignored, but "n't" after a consonant is a syllable ("didn't" = 2).
// - Numbers ("2021", "85.7", "1,500") count as ONE syllable, as GNU style(1) counts them;
//   reading them aloud would give more, but the formulas were calibrated on prose, and one
//   short token is what a reader sees.
// - Acronyms of 2-6 capitals ("CEYP", "UNCRC", plural "CEYPs") are read letter by letter:
//   one syllable per letter (W is three), so CEYP = 4. GNU style counts them as 1, which hides
//   how hard they are for a child. A few acronyms said as words (COVID, GIRFEC, CAMHS, NATO,
//   UNICEF...) are counted as words.
int count_syllables(std::string_view word);

}  // namespace promisehub::lint
