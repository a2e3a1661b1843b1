// The plain-language check of a whole site: where its findings are, in YAML values as in bodies.
#include "lint/site_lint.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "support/temp_site.h"

namespace promisehub {
namespace {

std::vector<std::string> lint_messages(const testing::TempSite& site,
                                       const std::string& code = "language-of-care") {
  Diagnostics diags;
  auto loaded = site.load(diags);
  EXPECT_TRUE(loaded) << diags.error_count();
  if (!loaded) return {};
  Diagnostics findings;
  lint_site(*loaded, findings);
  std::vector<std::string> out;
  for (const auto& d : findings.sorted())
    if (d.code == code) out.push_back(d.where.to_string() + " " + d.message);
  return out;
}

using Lines = std::vector<std::string>;

// Each finding at its own column, also the second of a word on one line and after escapes
// (before, every one was put at the first, and so only one of them was reported).
TEST(SiteLint, EachFindingInAYamlValueAtItsOwnColumn) {
  testing::TempSite site;
  site.write("content/language.yaml", "- avoid: [respite]\n  say: short break\n");
  std::string plan = testing::TempSite::kPlanYaml;
  plan.replace(plan.find("plain: What we promised you."), 28,
               "plain: \"We offer respite. \\\"Respite\\\" \\u00e9 and respite.\"");
  site.write("content/plans/test-plan.yaml", plan);
  const std::string what = " \"%\" in the plain version of plan test-plan is a word to avoid";
  auto at = [&](const std::string& where, const std::string& word) {
    std::string m = what;
    return "content/plans/test-plan.yaml:2:" + where + m.replace(m.find('%'), 1, word);
  };
  EXPECT_EQ(lint_messages(site),
            (Lines{at("18", "respite"), at("29", "Respite"), at("50", "respite")}));
}

// A text full of findings on one long line: all of them, each where it is, in one pass.
TEST(SiteLint, ThousandsOfFindingsOnOneLine) {
  testing::TempSite site;
  site.write("content/language.yaml", "- avoid: [respite]\n  say: short break\n");
  std::string summary;
  for (int i = 0; i < 20000; ++i) summary += "We offer respite. ";
  std::string plan = testing::TempSite::kPlanYaml;
  plan.insert(plan.find("groups:"), "summary: " + summary + "\n");
  site.write("content/plans/test-plan.yaml", plan);
  Lines found = lint_messages(site);
  ASSERT_EQ(found.size(), 20000u);
  EXPECT_EQ(found.front().rfind("content/plans/test-plan.yaml:3:19 ", 0), 0u) << found.front();
  EXPECT_EQ(found.back().rfind("content/plans/test-plan.yaml:3:360001 ", 0), 0u) << found.back();
}

// Measures and indicator titles are on the pages too (an indicator's title is its heading):
// they are checked for words to avoid and short forms like any other text.
TEST(SiteLint, MeasuresAndIndicatorTitlesAreChecked) {
  testing::TempSite site;
  site.write("content/language.yaml", "- avoid: [looked after]\n  say: care experienced\n");
  std::string plan = testing::TempSite::kPlanYaml;
  plan.replace(plan.find("    leads: [Head of Service]"), 0,
               "    measures:\n      - Fewer children move home.\n"
               "      - \"Every child looked after by the council has a CEYP mentor.\"\n");
  plan +=
      "indicators:\n  - id: homes\n    title: Children (looked after by the council)\n"
      "    better: lower\n";
  site.write("content/plans/test-plan.yaml", plan);
  EXPECT_EQ(lint_messages(site),
            (Lines{"content/plans/test-plan.yaml:14:22 \"looked after\" in a measure of action "
                   "1.1 is a word to avoid",
                   "content/plans/test-plan.yaml:28:22 \"looked after\" in the title of "
                   "indicator homes is a word to avoid"}));
  EXPECT_EQ(lint_messages(site, "unexplained-acronym"),
            (Lines{"content/plans/test-plan.yaml:14:56 the short form CEYP in a measure of action "
                   "1.1 is not explained"}));
}

// A measure is a plain text: judged by its sentences and words like the plain versions.
TEST(SiteLint, AMeasureIsJudgedForReadingLikeAPlainText) {
  testing::TempSite site;
  std::string plan = testing::TempSite::kPlanYaml;
  plan.replace(plan.find("    leads: [Head of Service]"), 0,
               "    measures:\n      - We will help your family stay together.\n"
               "      - Guaranteed interviews, individualised opportunities, consultation.\n");
  site.write("content/plans/test-plan.yaml", plan);
  Lines found = lint_messages(site, "reading-age");
  ASSERT_EQ(found.size(), 1u) << found.size();
  EXPECT_EQ(found[0].rfind("content/plans/test-plan.yaml:14:9 a measure of action 1.1 is hard to "
                           "read: 5 hard words in 5 (at most 0)",
                           0),
            0u)
      << found[0];
}

}  // namespace
}  // namespace promisehub
