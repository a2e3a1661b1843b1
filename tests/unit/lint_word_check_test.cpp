// Words to avoid, acronyms and line:column positions for the plain-language check.
#include "lint/word_check.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace promisehub::lint {
namespace {

std::vector<std::string> found_words(const std::vector<WordMatch>& matches) {
  std::vector<std::string> out;
  for (const WordMatch& m : matches) out.push_back(m.found);
  return out;
}

using Words = std::vector<std::string>;

TEST(LintAvoidedWords, WholeWordsOnly) {
  const std::vector<AvoidRule> rules = {{{"contact"}, "see", "Family time, not contact."}};
  const std::string text = "Contactless cards. Contacts list. contact-free. We have contact.";
  const auto matches = find_avoided_words(text, rules);
  EXPECT_EQ(found_words(matches), (Words{"contact", "contact"}));
  ASSERT_EQ(matches.size(), 2u);
  EXPECT_EQ(matches[0].offset, text.find("contact-free"));  // a hyphen ends the word
  EXPECT_EQ(matches[1].offset, text.find("contact."));
}

TEST(LintAvoidedWords, OnlyTheListedForms) {
  const std::vector<AvoidRule> rules = {{{"placement", "placements"}, "home", ""}};
  EXPECT_EQ(found_words(find_avoided_words("A placement. Two placements. Placed.", rules)),
            (Words{"placement", "placements"}));
}

TEST(LintAvoidedWords, AnyCaseReportedAsWritten) {
  const std::vector<AvoidRule> rules = {{{"respite"}, "short break", ""}};
  const std::string text = "Respite helps. RESPITE! respite";
  const auto matches = find_avoided_words(text, rules);
  EXPECT_EQ(found_words(matches), (Words{"Respite", "RESPITE", "respite"}));
  ASSERT_EQ(matches.size(), 3u);
  EXPECT_EQ(matches[1].offset, 15u);
  EXPECT_EQ(matches[1].length, 7u);
  EXPECT_EQ(matches[2].offset, 24u);
}

TEST(LintAvoidedWords, PhrasesAcrossSpacesLineBreaksAndHyphens) {
  const std::vector<AvoidRule> rules = {{{"looked after"}, "in care", ""}};
  const std::string text =
      "Looked after children. We looked\nafter them. Looked-after. looked   after. "
      "He looked at what came after. looked\n\nafter.";
  EXPECT_EQ(found_words(find_avoided_words(text, rules)),
            (Words{"Looked after", "looked\nafter", "Looked-after", "looked   after"}));
}

TEST(LintAvoidedWords, OffsetsAndRulesOfEachMatch) {
  const std::vector<AvoidRule> rules = {
      {{"respite"}, "short break", "A break is a break."},
      {{"placement", "placements"}, "home", "Children live in homes."},
  };
  const std::string text = "Her placement ended; respite was offered.";
  const auto matches = find_avoided_words(text, rules);
  ASSERT_EQ(matches.size(), 2u);
  EXPECT_EQ(matches[0].offset, 4u);
  EXPECT_EQ(matches[0].length, 9u);
  EXPECT_EQ(matches[0].rule, &rules[1]);
  EXPECT_EQ(matches[1].offset, 21u);
  EXPECT_EQ(matches[1].found, "respite");
  EXPECT_EQ(matches[1].rule, &rules[0]);
  EXPECT_EQ(matches[1].rule->say, "short break");
}

TEST(LintAvoidedWords, LongerPhraseWinsWhenMatchesOverlap) {
  const std::vector<AvoidRule> rules = {
      {{"placement"}, "home", ""},
      {{"placement order"}, "a court decision about where you live", ""},
  };
  const auto matches = find_avoided_words("A placement order and a placement.", rules);
  ASSERT_EQ(matches.size(), 2u);
  EXPECT_EQ(matches[0].found, "placement order");
  EXPECT_EQ(matches[0].rule, &rules[1]);
  EXPECT_EQ(matches[1].found, "placement");
  EXPECT_EQ(matches[1].rule, &rules[0]);
}

TEST(LintAvoidedWords, Utf8AroundMatches) {
  const std::vector<AvoidRule> rules = {{{"placement"}, "home", ""}, {{"caf\xC3\xA9"}, "x", ""}};
  // "Café — placement’s end. Placementé. CAFÉ"
  const std::string text =
      "Caf\xC3\xA9 \xE2\x80\x94 placement\xE2\x80\x99s end. Placement\xC3\xA9. CAF\xC3\x89";
  const auto matches = find_avoided_words(text, rules);
  ASSERT_EQ(matches.size(), 3u);
  EXPECT_EQ(matches[0].found, "Caf\xC3\xA9");
  EXPECT_EQ(matches[0].length, 5u);
  EXPECT_EQ(matches[1].found, "placement");    // a curly apostrophe ends the word
  EXPECT_EQ(matches[1].offset, 10u);           // Café(5) space(1) dash(3) space(1)
  EXPECT_EQ(matches[2].found, "CAF\xC3\x89");  // "Placementé" is another word
}

TEST(LintAvoidedWords, UrlsEmailsAndCodeAreNotSearched) {
  const std::vector<AvoidRule> rules = {{{"respite"}, "short break", ""}};
  const std::string text =
      "See https://council.gov.uk/respite-care, www.example.org/respite, respite.scot, "
      "respite@council.gov.uk or `respite`. But respite here.";
  const auto matches = find_avoided_words(text, rules);
  ASSERT_EQ(matches.size(), 1u);
  EXPECT_EQ(matches[0].offset, text.rfind("respite here"));
}

TEST(LintAvoidedWords, ATypographicApostropheIsAStraightOne) {
  const std::vector<AvoidRule> rules = {{{"children's unit"}, "children's home", ""}};
  const std::string text = "The children\xE2\x80\x99s unit, the CHILDREN'S UNIT.";
  EXPECT_EQ(found_words(find_avoided_words(text, rules)),
            (Words{"children\xE2\x80\x99s unit", "CHILDREN'S UNIT"}));
}

TEST(LintAvoidedWords, AHyphenInAListedFormSeparatesWordsToo) {
  const std::vector<AvoidRule> rules = {{{"looked-after"}, "care experienced", ""}};
  const std::string text = "Looked-after, looked after, looked\nafter; looked--after, lookedafter.";
  EXPECT_EQ(found_words(find_avoided_words(text, rules)),
            (Words{"Looked-after", "looked after", "looked\nafter"}));
}

// Built once, searched for each text: the work (characters looked up) is about one step per
// character with 5,000 entries as with one. Before, each word start was compared with every
// listed form, so `check` with 5,000 entries took 15 s. Counted, not timed.
TEST(LintAvoidedWords, WorkGrowsWithTheTextNotTheList) {
  std::vector<AvoidRule> many;
  for (int i = 0; i < 5000; ++i) {
    std::string n = std::to_string(i);
    many.push_back({{"contact visit " + n, "contact time " + n}, "family time", ""});
  }
  const std::vector<AvoidRule> one = {{{"contact visit 7"}, "family time", ""}};
  std::string text;  // 1 MB
  for (int i = 0; i < 10000; ++i) {
    text += "Contact with family matters. Contact visits and a contact visit " + std::to_string(i) +
            " were held. Contact-free? No.\n";
  }
  const AvoidedWords::Found a = AvoidedWords(one).find(text), b = AvoidedWords(many).find(text);
  EXPECT_LE(b.steps, 2 * text.size());
  EXPECT_LE(b.steps, a.steps + a.steps / 4) << a.steps;
  ASSERT_EQ(b.matches.size(), 5000u);  // "contact visit 0" to "contact visit 4999", each once
  EXPECT_EQ(b.matches.back().found, "contact visit 4999");
  EXPECT_EQ(b.matches.back().rule, &many.back());
}

TEST(LintAvoidedWords, NothingToFind) {
  EXPECT_TRUE(find_avoided_words("Some text.", {}).empty());
  EXPECT_TRUE(find_avoided_words("", {{{"respite"}, "", ""}}).empty());
  EXPECT_TRUE(find_avoided_words("Some text.", {{{"", "  "}, "", ""}}).empty());
}

std::vector<std::string> acronyms_of(std::string_view text) {
  std::vector<std::string> out;
  for (const AcronymMatch& a : find_acronyms(text)) out.push_back(a.acronym);
  return out;
}

TEST(LintAcronyms, FindsCapitalWordsWithOffsets) {
  const std::string text = "The UNCRC and CEYP matter. FGDM helps.";
  const auto found = find_acronyms(text);
  ASSERT_EQ(found.size(), 3u);
  EXPECT_EQ(found[0].acronym, "UNCRC");
  EXPECT_EQ(found[0].offset, 4u);
  EXPECT_EQ(found[1].acronym, "CEYP");
  EXPECT_EQ(found[1].offset, 14u);
  EXPECT_EQ(found[2].acronym, "FGDM");
  EXPECT_EQ(found[2].offset, 27u);
}

TEST(LintAcronyms, PluralsAndPossessives) {
  EXPECT_EQ(acronyms_of("Our CEYPs said so. The CEYP's view. UK\xE2\x80\x99s rules."),
            (Words{"CEYP", "CEYP", "UK"}));
}

TEST(LintAcronyms, DigitsAfterTheFirstLetter) {
  EXPECT_EQ(acronyms_of("Watch S4C and COVID-19 news on a 4X4 at P1."), (Words{"S4C", "COVID"}));
}

TEST(LintAcronyms, SingleCapitalsAndMixedCaseAreNotAcronyms) {
  EXPECT_TRUE(acronyms_of("I am A student with a PhD from McDonald on an iPad.").empty());
}

TEST(LintAcronyms, RomanNumeralsOfTwoOrMoreLettersCount) {
  EXPECT_EQ(acronyms_of("Phase II starts. Send your CV."), (Words{"II", "CV"}));
}

TEST(LintAcronyms, UrlsEmailsAndInlineCodeAreIgnored) {
  EXPECT_EQ(acronyms_of("See https://x.org/CEYP/FAQ, CEYP@council.gov.uk and `NHS` for SCRA."),
            (Words{"SCRA"}));
}

TEST(LintAcronyms, ShoutingIsNotAnAcronym) {
  EXPECT_TRUE(acronyms_of("KEEP THE PROMISE\nINTRODUCTION").empty());
  EXPECT_EQ(acronyms_of("Ask the NHS UK team."), (Words{"NHS", "UK"}));
}

TEST(LintAcronyms, Utf8BeforeAnAcronym) {
  const std::string text = "Caf\xC3\xA9 na\xC3\xAFve CEYP";
  const auto found = find_acronyms(text);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].offset, 13u);  // Café(5) space naïve(6) space
}

TEST(LintLineCol, CountsCharactersNotBytes) {
  const std::string text = "ab\ncd\xC3\xA9 f\n\xE2\x80\x94x";
  EXPECT_EQ(line_col_at(text, 0).line, 1);
  EXPECT_EQ(line_col_at(text, 0).column, 1);
  EXPECT_EQ(line_col_at(text, 2).column, 3);  // the line break itself
  EXPECT_EQ(line_col_at(text, 3).line, 2);
  EXPECT_EQ(line_col_at(text, 3).column, 1);
  EXPECT_EQ(line_col_at(text, 7).column, 4);  // after c, d, é (4 bytes)
  EXPECT_EQ(line_col_at(text, 13).line, 3);
  EXPECT_EQ(line_col_at(text, 13).column, 2);  // after the 3-byte dash
}

TEST(LintLineCol, OffsetPastTheEndIsClamped) {
  const LineCol end = line_col_at("one\ntwo", 100);
  EXPECT_EQ(end.line, 2);
  EXPECT_EQ(end.column, 4);
  EXPECT_EQ(line_col_at("", 0).line, 1);
  EXPECT_EQ(line_col_at("", 0).column, 1);
}

TEST(LintLineCol, ACounterCountsOnFromTheLastOffset) {
  const std::string text = "ab\ncd\xC3\xA9 f\n\xE2\x80\x94x";
  LineColCounter counter(text);
  for (std::size_t offset : {0, 2, 3, 7, 13, 100, 3, 0}) {
    const LineCol want = line_col_at(text, offset), got = counter.at(offset);
    EXPECT_EQ(got.line, want.line) << offset;
    EXPECT_EQ(got.column, want.column) << offset;
  }
  EXPECT_EQ(counter.at(7).column, 4);
  EXPECT_EQ(counter.line_start(), 3u);
  EXPECT_EQ(counter.at(14).line, 3);
  EXPECT_EQ(counter.line_start(), 10u);
}

TEST(LintLineCol, PositionsOfMatchesInUtf8Text) {
  const std::vector<AvoidRule> rules = {{{"respite"}, "short break", ""}};
  const std::string text = "# Plan\n\xE2\x80\xA2 na\xC3\xAFve respite";
  const auto matches = find_avoided_words(text, rules);
  ASSERT_EQ(matches.size(), 1u);
  const LineCol at = line_col_at(text, matches[0].offset);
  EXPECT_EQ(at.line, 2);
  EXPECT_EQ(at.column, 9);  // •, space, n, a, ï, v, e, space
}

}  // namespace
}  // namespace promisehub::lint
