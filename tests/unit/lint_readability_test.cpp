// Syllables, sentences, Flesch-Kincaid scores and Markdown-to-prose for the plain-language check.
#include "lint/familiar_words.h"
#include "lint/readability.h"

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

namespace promisehub::lint {
namespace {

TEST(LintSyllables, CountsWorkedExamples) {
  const std::vector<std::pair<std::string, int>> examples = {
      {"the", 1},          {"cake", 1},
      {"care", 1},         {"whole", 1},
      {"hoped", 1},        {"loved", 1},
      {"makes", 1},        {"young", 1},
      {"table", 2},        {"little", 2},
      {"people", 2},       {"wanted", 2},
      {"boxes", 2},        {"changes", 2},
      {"hundred", 2},      {"centre", 2},
      {"being", 2},        {"going", 2},
      {"saying", 2},       {"quiet", 2},
      {"unique", 2},       {"lonely", 2},
      {"statement", 2},    {"someone", 2},
      {"safety", 2},       {"business", 2},
      {"decided", 3},      {"created", 3},
      {"family", 3},       {"period", 3},
      {"video", 3},        {"actual", 3},
      {"influence", 3},    {"element", 3},
      {"everywhere", 3},   {"idea", 3},
      {"experience", 4},   {"experienced", 4},
      {"Midlothian", 4},   {"situation", 4},
      {"anxiety", 4},      {"continuing", 4},
      {"vulnerable", 4},   {"opportunity", 5},
      {"accommodated", 5}, {"responsibilities", 6},
  };
  for (const auto& [word, expected] : examples) {
    EXPECT_EQ(count_syllables(word), expected) << word;
  }
}

TEST(LintSyllables, HyphensApostrophesAndContractions) {
  EXPECT_EQ(count_syllables("long-term"), 2);
  EXPECT_EQ(count_syllables("care-experienced"), 5);
  EXPECT_EQ(count_syllables("children's"), 2);
  EXPECT_EQ(count_syllables("children\xE2\x80\x99s"), 2);  // curly apostrophe
  EXPECT_EQ(count_syllables("don't"), 1);
  EXPECT_EQ(count_syllables("didn't"), 2);
  EXPECT_EQ(count_syllables("aren't"), 1);
}

TEST(LintSyllables, NumbersAreOneSyllable) {
  EXPECT_EQ(count_syllables("2021"), 1);
  EXPECT_EQ(count_syllables("85.7"), 1);
  EXPECT_EQ(count_syllables("1,500"), 1);
  EXPECT_EQ(count_syllables("1st"), 1);
}

TEST(LintSyllables, AcronymsAreReadLetterByLetter) {
  EXPECT_EQ(count_syllables("CEYP"), 4);
  EXPECT_EQ(count_syllables("UNCRC"), 5);
  EXPECT_EQ(count_syllables("CEYPs"), 4);
  EXPECT_EQ(count_syllables("NHS"), 3);
  EXPECT_EQ(count_syllables("WWF"), 7);    // W is "double-you"
  EXPECT_EQ(count_syllables("COVID"), 2);  // said as a word
  EXPECT_EQ(count_syllables("COVID-19"), 3);
  EXPECT_EQ(count_syllables("I"), 1);
  EXPECT_EQ(count_syllables("INTRODUCTION"), 4);  // too long for an acronym: shouting
}

TEST(LintSyllables, NeverLessThanOne) {
  EXPECT_EQ(count_syllables(""), 1);
  EXPECT_EQ(count_syllables("hmm"), 1);
  EXPECT_EQ(count_syllables("\xE2\x80\x94"), 1);  // an em dash
  EXPECT_EQ(count_syllables("na\xC3\xAFve"), 2);  // naïve
}

std::vector<std::string> sentences_of(std::string_view text) {
  std::vector<std::string> out;
  for (std::string_view s : split_sentences(text)) out.emplace_back(s);
  return out;
}

using Sentences = std::vector<std::string>;

TEST(LintSentences, AbbreviationsDoNotEndSentences) {
  EXPECT_EQ(sentences_of("Mr. Smith met Dr. Jones and Cllr. Brown. They talked."),
            (Sentences{"Mr. Smith met Dr. Jones and Cllr. Brown.", "They talked."}));
  EXPECT_EQ(sentences_of("Bring something, e.g. a snack, i.e. food. Then rest."),
            (Sentences{"Bring something, e.g. a snack, i.e. food.", "Then rest."}));
  EXPECT_EQ(sentences_of("J. K. Rowling wrote it. We read it."),
            (Sentences{"J. K. Rowling wrote it.", "We read it."}));
}

TEST(LintSentences, EtceteraEndsASentenceOnlyBeforeACapital) {
  EXPECT_EQ(sentences_of("Pens, paper etc. and more. Pens, paper etc. Then tidy up."),
            (Sentences{"Pens, paper etc. and more.", "Pens, paper etc.", "Then tidy up."}));
}

TEST(LintSentences, DecimalsIdsUrlsAndEmailsDoNotEndSentences) {
  EXPECT_EQ(sentences_of("We reached 85.7% this year. Action 1.1 is done."),
            (Sentences{"We reached 85.7% this year.", "Action 1.1 is done."}));
  EXPECT_EQ(sentences_of("Visit https://thepromise.scot/plan.html today. Write to "
                         "help@council.gov.uk. Thanks."),
            (Sentences{"Visit https://thepromise.scot/plan.html today.",
                       "Write to help@council.gov.uk.", "Thanks."}));
  EXPECT_EQ(sentences_of("See action 1.1. Then 1.2."), (Sentences{"See action 1.1.", "Then 1.2."}));
}

TEST(LintSentences, Ellipses) {
  EXPECT_EQ(sentences_of("Wait... then go. Fine\xE2\x80\xA6 Next one..."),
            (Sentences{"Wait... then go.", "Fine\xE2\x80\xA6", "Next one..."}));
}

TEST(LintSentences, QuestionsExclamationsAndQuotes) {
  EXPECT_EQ(sentences_of("Really? Yes! \"Why?\" she asked. \"Because.\" He left."),
            (Sentences{"Really?", "Yes!", "\"Why?\" she asked.", "\"Because.\"", "He left."}));
}

TEST(LintSentences, ListItemsAreSentencesWithoutTheirMarkers) {
  EXPECT_EQ(sentences_of("Our priorities:\n- love\n- safety\n1. A good childhood\n"
                         "2) Whole family support\n\xE2\x80\xA2 Planning"),
            (Sentences{"Our priorities:", "love", "safety", "A good childhood",
                       "Whole family support", "Planning"}));
}

TEST(LintSentences, HeadingsAndParagraphsWithoutFullStops) {
  EXPECT_EQ(sentences_of("# Our plan\nWe will listen.\n\nNext steps\nWe will act\n\nThe end"),
            (Sentences{"Our plan", "We will listen.", "Next steps", "We will act", "The end"}));
}

TEST(LintSentences, WrappedLinesContinueTheSentence) {
  EXPECT_EQ(sentences_of("This line wraps\nonto the next line. Done."),
            (Sentences{"This line wraps\nonto the next line.", "Done."}));
}

TEST(LintSentences, ViewsPointIntoTheText) {
  const std::string text = "  One.   Two!  ";
  const auto sentences = split_sentences(text);
  ASSERT_EQ(sentences.size(), 2u);
  EXPECT_EQ(sentences[0].data(), text.data() + 2);
  EXPECT_EQ(sentences[1], "Two!");
  EXPECT_EQ(sentences[1].data(), text.data() + 9);
}

TEST(LintSentences, NothingToSplit) {
  EXPECT_TRUE(split_sentences("").empty());
  EXPECT_TRUE(split_sentences(" \n\n\t ").empty());
  EXPECT_TRUE(split_sentences("... -- !").empty());
}

TEST(LintReadability, HandComputedText) {
  // Sentence 1: Our(1) CEYP(4) team(1) met(1) 12(1) families(3) in(1) 2021(1) = 8 words, 13.
  // Sentence 2: Visit(2) <URL skipped> today(2) = 2 words, 4 syllables.
  // Sentence 3: Long-term(2) support(2) matters(2) = 3 words, 6 syllables.
  const auto score = measure_readability(
      "Our CEYP team met 12 families in 2021. Visit https://example.org today! "
      "Long-term support matters.");
  EXPECT_EQ(score.words, 13);
  EXPECT_EQ(score.sentences, 3);
  EXPECT_EQ(score.syllables, 23);
  // 0.39 * 13/3 + 11.8 * 23/13 - 15.59
  EXPECT_NEAR(score.fk_grade, 6.97692, 1e-4);
  // 206.835 - 1.015 * 13/3 - 84.6 * 23/13
  EXPECT_NEAR(score.reading_ease, 52.75974, 1e-4);
  EXPECT_NEAR(score.reading_age, score.fk_grade + 5, 1e-9);
  EXPECT_EQ(score.longest_sentence, "Our CEYP team met 12 families in 2021.");
  // "families" has three syllables but is familiar to children (a plural of "family").
  EXPECT_EQ(score.hard_words, (std::vector<std::string>{"CEYP"}));
  EXPECT_EQ(score.hard_word_count, 1);
  EXPECT_EQ(score.longest_sentence_words, 8);
}

TEST(LintReadability, ShortPlainSentences) {
  // The(1) cat(1) sat(1) on(1) the(1) mat(1). It(1) was(1) happy(2). = 9 words, 10 syllables.
  const auto score = measure_readability("The cat sat on the mat. It was happy.");
  EXPECT_EQ(score.words, 9);
  EXPECT_EQ(score.sentences, 2);
  EXPECT_EQ(score.syllables, 10);
  EXPECT_NEAR(score.fk_grade, 0.39 * 4.5 + 11.8 * 10 / 9 - 15.59, 1e-9);
  EXPECT_NEAR(score.reading_ease, 206.835 - 1.015 * 4.5 - 84.6 * 10 / 9, 1e-9);
  EXPECT_TRUE(score.hard_words.empty());
}

TEST(LintReadability, EmptyTextScoresZero) {
  for (std::string_view text : {"", "   \n\n", "https://thepromise.scot", "`code`", "-- ..."}) {
    const auto score = measure_readability(text);
    EXPECT_EQ(score.words, 0) << text;
    EXPECT_EQ(score.sentences, 0) << text;
    EXPECT_EQ(score.syllables, 0) << text;
    EXPECT_EQ(score.fk_grade, 0.0) << text;
    EXPECT_EQ(score.reading_ease, 0.0) << text;
    EXPECT_EQ(score.reading_age, 0.0) << text;
    EXPECT_TRUE(score.longest_sentence.empty()) << text;
    EXPECT_TRUE(score.hard_words.empty()) << text;
  }
}

TEST(LintReadability, WordsJoinedByHyphensApostrophesAndDigitSeparators) {
  const auto score = measure_readability("Children's long-term plans don't cost 1,500 or 85.7%.");
  EXPECT_EQ(score.words, 8);  // Children's long-term plans don't cost 1,500 or 85.7
  EXPECT_EQ(score.syllables, 2 + 2 + 1 + 1 + 1 + 1 + 1 + 1);
}

TEST(LintReadability, UrlsAndEmailsAreNotWords) {
  const auto score = measure_readability(
      "Write to help@council.gov.uk or visit www.thepromise.scot or thepromise.scot/plan now.");
  EXPECT_EQ(score.words, 6);  // Write to or visit or now
}

TEST(LintReadability, HashtagsCountTheirWords) {
  const auto score = measure_readability("We #KeepThePromise.");
  EXPECT_EQ(score.words, 4);
  EXPECT_EQ(score.syllables, 1 + 1 + 1 + 2);
}

TEST(LintReadability, ShoutedHeadingIsNotARowOfAcronyms) {
  EXPECT_EQ(measure_readability("KEEP THE PROMISE").syllables, 1 + 1 + 2);
  EXPECT_EQ(measure_readability("Ask the CEYP team.").syllables, 1 + 1 + 4 + 1);
}

TEST(LintReadability, HardWordsMostFrequentFirstUniqueAtMostFive) {
  const auto score = measure_readability(
      "Communities matter. Our community helps communities. Communities are important. "
      "Everybody belongs. Education, security, happiness and opportunity follow. Celebrations "
      "too.");
  ASSERT_EQ(score.hard_words.size(), 5u);
  EXPECT_EQ(score.hard_words[0], "Communities");  // 3 uses, spelt as first written
  EXPECT_EQ(score.hard_words[1], "community");    // then order of first use
  EXPECT_EQ(score.hard_words[2], "Education");    // "important", "Everybody" are familiar
  EXPECT_EQ(score.hard_words[3], "security");     // and so is "happiness"
  EXPECT_EQ(score.hard_words[4], "opportunity");
  EXPECT_EQ(score.hard_word_count, 8);  // every use; "Celebrations" too
}

TEST(LintReadability, FamiliarWordsAreNeverHard) {
  const auto score = measure_readability("We will help your family stay together.");
  EXPECT_TRUE(score.hard_words.empty());
  EXPECT_EQ(score.hard_word_count, 0);
  // The grade is still the standard formula's (as GNU style computes it): 11 syllables.
  EXPECT_EQ(score.syllables, 11);
  EXPECT_NEAR(score.fk_grade, 0.39 * 7 + 11.8 * 11 / 7 - 15.59, 1e-9);
}

TEST(LintFamiliarWords, TheListAndItsRegularForms) {
  for (const char* word : {"family", "Family", "FAMILY", "families", "family's", "families'",
                           "children’s", "together", "remembered", "remembering", "happier",
                           "well-known", "happiest", "stopped", "caring", "everybody"})
    EXPECT_TRUE(is_familiar_word(word)) << word;
  for (const char* word : {"community", "communities", "corporate", "guaranteed", "advocate",
                           "family-corporate", "", "-", "s", "ed"})
    EXPECT_FALSE(is_familiar_word(word)) << word;
  EXPECT_TRUE(is_familiar_word("advocates", {"advocate"}));
}

TEST(LintReadability, NamesAndExplainedWordsAreNotHard) {
  // "Midlothian" is a name (a capital after the sentence's first word); "Education" at the
  // start of a sentence is not.
  auto score = measure_readability("We work with Midlothian Council. Education matters.");
  EXPECT_EQ(score.hard_words, (std::vector<std::string>{"Education"}));
  score = measure_readability("An advocate helps you speak up.", {"advocate"});
  EXPECT_TRUE(score.hard_words.empty());
}

TEST(LintReadability, LongestSentenceHasWhiteSpaceCollapsed) {
  const auto score = measure_readability("Short one.\n\nThis one is\nmuch   longer than that.");
  EXPECT_EQ(score.longest_sentence, "This one is much longer than that.");
}

TEST(LintMarkdownProse, KeepsReadableTextAndDropsTheRest) {
  const std::string markdown =
      "---\ntitle: Our plan\nstatus: on-track\n---\n"
      "# Keeping the Promise\n\n"
      "*You will grow up loved,  \nsafe and respected*\n\n"
      "We help **families** stay together. See [our plan](https://example.org/plan) or "
      "https://thepromise.scot for more. Email <help@council.gov.uk>.\n\n"
      "- Family Group Decision Making\n- [ ] Train staff\n- [x] Hire a coordinator\n\n"
      "| Action | Status |\n|--------|--------|\n| 1.1 | Done |\n\n"
      "```\nint main() {}\n```\n\n"
      "Use `inline code` rarely. ![A photo of children](photo.jpg) <span>Hi there</span>\n\n"
      "> A quote from a young person\n";
  EXPECT_EQ(prose_from_markdown(markdown),
            "Keeping the Promise.\n\n"
            "You will grow up loved, safe and respected.\n\n"
            "We help families stay together. See our plan or for more. Email.\n\n"
            "Family Group Decision Making.\n\n"
            "Train staff.\n\n"
            "Hire a coordinator.\n\n"
            "Use rarely. Hi there.\n\n"
            "A quote from a young person.");
}

TEST(LintMarkdownProse, HeadingsAndListItemsScoreAsSentences) {
  const std::string prose = prose_from_markdown("## Our plan\n\n- love\n- safety\n\nWe care!\n");
  EXPECT_EQ(prose, "Our plan.\n\nlove.\n\nsafety.\n\nWe care!");
  EXPECT_EQ(measure_readability(prose).sentences, 4);
}

TEST(LintMarkdownProse, SoftLineBreaksJoinAParagraph) {
  EXPECT_EQ(prose_from_markdown("We will listen\nto Midlothian children.\n"),
            "We will listen to Midlothian children.");
}

TEST(LintMarkdownProse, NoProse) {
  EXPECT_EQ(prose_from_markdown(""), "");
  EXPECT_EQ(prose_from_markdown("---\ntitle: x\n---\n"), "");
  EXPECT_EQ(prose_from_markdown("```\ncode\n```\n"), "");
}

}  // namespace
}  // namespace promisehub::lint

namespace promisehub::lint {
namespace {

// `check` reads Markdown as the site renders it: a footnote is prose a reader reads (without the
// footnote option it was a link definition, and never checked), and quotes are the site's
// curly ones.
TEST(LintProse, ReadsFootnotesAndSmartPunctuationAsTheSiteShowsThem) {
  std::string prose =
      prose_from_markdown("We met.[^1]\n\n[^1]: Children we look after said \"yes\".\n");
  EXPECT_NE(prose.find("Children we look after said"), std::string::npos) << prose;
  EXPECT_NE(prose.find("\xE2\x80\x9Cyes\xE2\x80\x9D"), std::string::npos) << prose;
}

}  // namespace
}  // namespace promisehub::lint
