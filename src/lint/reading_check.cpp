// Reading-age findings: Flesch-Kincaid for long texts, sentence length and hard words for short.
#include "lint/reading_check.h"

#include <cmath>

#include "core/numbers.h"
#include "core/text.h"

namespace promisehub::lint {
namespace {

// Too few words to judge at all.
constexpr int kMinWords = 4;

// The formulas' numbers are shown to one decimal, and compared as shown: "9.0 (target 9)" is
// never a finding.
double shown(double v) {
  return std::round(v * 10) / 10;
}

std::string quoted_sentence(const std::string& sentence) {
  std::string s = sentence;
  if (s.size() > 120) s = s.substr(0, 117) + "...";
  return "\"" + s + "\"";
}

std::string easier_words(const ReadabilityScore& score) {
  return "use everyday words for: " + join(score.hard_words, ", ") +
         " (or explain a word in content/glossary.yaml)";
}

std::optional<ReadingFinding> judge_long(const ReadabilityScore& score, int target_age,
                                         double allowance) {
  if (shown(score.reading_age) <= target_age + allowance + 1e-9) return std::nullopt;
  ReadingFinding f;
  f.problem = "has a reading age of " + fixed_decimals(score.reading_age, 1) + " (target " +
              std::to_string(target_age) +
              (allowance > 0 ? " + " + fixed_decimals(allowance, 1) + " for long texts" : "") +
              "; Flesch-Kincaid grade " + fixed_decimals(score.fk_grade, 1) + ", reading ease " +
              fixed_decimals(score.reading_ease, 1) + ")";
  if (!score.longest_sentence.empty())
    f.hint = "shorten the longest sentence: " + quoted_sentence(score.longest_sentence);
  if (!score.hard_words.empty()) f.hint += (f.hint.empty() ? "" : "; ") + easier_words(score);
  return f;
}

std::optional<ReadingFinding> judge_short(const ReadabilityScore& score, int target_age) {
  const int longest = longest_sentence_allowed(target_age);
  const int hard = hard_words_allowed(score.words, target_age);
  const bool too_long = score.longest_sentence_words > longest;
  const bool too_hard = score.hard_word_count > hard;
  if (!too_long && !too_hard) return std::nullopt;
  std::vector<std::string> problems, hints;
  if (too_long) {
    problems.push_back("a sentence of " + std::to_string(score.longest_sentence_words) +
                       " words (at most " + std::to_string(longest) + " at reading age " +
                       std::to_string(target_age) + ")");
    hints.push_back("split or shorten " + quoted_sentence(score.longest_sentence));
  }
  if (too_hard) {
    const std::string count = std::to_string(score.hard_word_count);
    problems.push_back(count + (score.hard_word_count == 1 ? " hard word" : " hard words") +
                       " in " + std::to_string(score.words) + " (at most " + std::to_string(hard) +
                       ")");
    hints.push_back(easier_words(score));
  }
  return ReadingFinding{"is hard to read: " + join(problems, " and "), join(hints, "; ")};
}

}  // namespace

int longest_sentence_allowed(int target_age) {
  int words = 1;
  while (shown(0.39 * (words + 1) + 1.21) <= target_age + 1e-9) ++words;
  return words;
}

int hard_words_allowed(int words, int target_age) {
  const int per_ten = target_age <= 9 ? 1 : target_age - 8;
  return words * per_ten / 10;
}

std::optional<ReadingFinding> judge_reading(const ReadabilityScore& score, int target_age,
                                            double allowance) {
  if (score.words < kMinWords) return std::nullopt;
  if (score.words >= kWordsForAGrade) return judge_long(score, target_age, allowance);
  return judge_short(score, target_age);
}

}  // namespace promisehub::lint
