// The reading-age verdict: short texts by their sentences and words, long texts by
// Flesch-Kincaid, as a writer sees the finding.
#include "lint/reading_check.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace promisehub::lint {
namespace {

std::optional<ReadingFinding> judge(const std::string& text, int target = 9, double allowance = 0) {
  return judge_reading(measure_readability(text), target, allowance);
}

TEST(LintReadingCheck, LimitsFollowTheTarget) {
  EXPECT_EQ(longest_sentence_allowed(9), 20);   // 0.39 x 20 + 1.21 = 9.01, shown as 9.0
  EXPECT_EQ(longest_sentence_allowed(12), 27);  // 0.39 x 28 + 1.21 = 12.13
  EXPECT_EQ(hard_words_allowed(9, 9), 0);
  EXPECT_EQ(hard_words_allowed(25, 9), 2);
  EXPECT_EQ(hard_words_allowed(25, 7), 2);
  EXPECT_EQ(hard_words_allowed(25, 12), 10);  // four in ten at 12
}

TEST(LintReadingCheck, EverydayShortTextsPass) {
  // Flesch-Kincaid alone gives this 10.7: "family" and "together" have three syllables.
  EXPECT_EQ(judge("We will help your family stay together."), std::nullopt);
  EXPECT_EQ(judge("We will make sure you have a good home. You can see your brothers and "
                  "sisters."),
            std::nullopt);
  // One hard word in ten is fine.
  EXPECT_EQ(judge("You can ask for an advocate to help you say what you want."), std::nullopt);
  EXPECT_EQ(judge("An advocate."), std::nullopt);  // too short to judge
}

TEST(LintReadingCheck, AShortTextWithALongSentenceSaysWhichAndHowLong) {
  const auto f = judge(
      "We will make sure that you and the people who care for you can get the help you need "
      "when you need it most.");
  ASSERT_TRUE(f);
  EXPECT_EQ(f->problem, "is hard to read: a sentence of 24 words (at most 20 at reading age 9)");
  EXPECT_EQ(f->hint.rfind("split or shorten \"We will make sure", 0), 0u) << f->hint;
  // At a target of 12 the same sentence is fine.
  EXPECT_EQ(judge("We will make sure that you and the people who care for you can get the help "
                  "you need when you need it most.",
                  12),
            std::nullopt);
}

TEST(LintReadingCheck, AShortTextWithHardWordsNamesThem) {
  const auto f = judge("We will guarantee corporate parenting interviews.");
  ASSERT_TRUE(f);
  EXPECT_EQ(f->problem, "is hard to read: 3 hard words in 6 (at most 0)");
  EXPECT_EQ(f->hint,
            "use everyday words for: guarantee, corporate, interviews (or explain a word in "
            "content/glossary.yaml)");
}

std::string sample(const std::string& name) {
  std::ifstream in(std::filesystem::path(PROMISEHUB_SOURCE_DIR) / "tests" / "readability_samples" /
                   name);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

// Long texts are judged by Flesch-Kincaid, with the two years' allowance bodies get: the
// plain samples pass, the official ones do not, and the finding says what to shorten.
TEST(LintReadingCheck, LongTextsByFleschKincaid) {
  for (const char* name :
       {"plain_brothers_and_sisters.txt", "plain_feeling_safe.txt", "plain_moving_on.txt",
        "plain_our_plan_actions.txt", "plain_what_is_the_promise.txt", "plain_your_say.txt"}) {
    const std::string text = sample(name);
    ASSERT_GE(measure_readability(text).words, kWordsForAGrade) << name;
    EXPECT_EQ(judge(text, 9, 2.0), std::nullopt) << name;
  }
  for (const char* name :
       {"official_family_environment.txt", "official_family_wellbeing.txt", "official_foreword.txt",
        "official_keeping_the_promise.txt", "official_young_champs.txt"}) {
    const auto f = judge(sample(name), 9, 2.0);
    ASSERT_TRUE(f) << name;
    EXPECT_EQ(f->problem.rfind("has a reading age of ", 0), 0u) << f->problem;
    EXPECT_NE(f->problem.find("(target 9 + 2.0 for long texts; Flesch-Kincaid grade "),
              std::string::npos)
        << f->problem;
    EXPECT_EQ(f->hint.rfind("shorten the longest sentence: \"", 0), 0u) << f->hint;
  }
}

}  // namespace
}  // namespace promisehub::lint
