// Validation: one test per kind of error, each asserting the file, line, column and message.
#include <gtest/gtest.h>

#include "core/text.h"
#include "support/temp_site.h"

namespace promisehub {
namespace {

using testing::any_message_has;
using testing::TempSite;

std::string plan_with(const std::string& from, const std::string& to) {
  std::string plan = TempSite::kPlanYaml;
  EXPECT_NE(plan.find(from), std::string::npos) << from;
  return replace_all(plan, from, to);
}

TEST(Validate, TheSmallSiteIsValid) {
  TempSite site;
  EXPECT_TRUE(site.messages().empty()) << join(site.messages(), "\n");
}

TEST(Validate, UnknownKeyGetsItsLocationAndASuggestion) {
  TempSite site;
  site.write("content/plans/test-plan.yaml",
             plan_with("    status: underway", "    stauts: underway"));
  auto m = site.messages();
  EXPECT_TRUE(any_message_has(
      m, {"content/plans/test-plan.yaml:14:5: error: unknown key `stauts` in action 1.1",
          "did you mean `status`?"}))
      << join(m, "\n");
  // The missing status is reported too: every problem at once.
  EXPECT_TRUE(any_message_has(m, {"test-plan.yaml:8:5: error: action 1.1 has no `status`"}))
      << join(m, "\n");
}

TEST(Validate, MissingRequiredPlain) {
  TempSite site;
  site.write("content/plans/test-plan.yaml",
             plan_with("    plain: We will check every home is good.\n", ""));
  EXPECT_TRUE(any_message_has(
      site.messages(),
      {"test-plan.yaml:17:5: error: action 1.2 has no `plain`", "short, everyday words"}));
}

TEST(Validate, UnknownStatusValue) {
  TempSite site;
  site.write("content/plans/test-plan.yaml",
             plan_with("status: not-started", "status: not-startd"));
  EXPECT_TRUE(any_message_has(
      site.messages(),
      {"test-plan.yaml:22:13: error: unknown status `not-startd`", "did you mean `not-started`?"}));
}

TEST(Validate, ImpossibleDueDateIsAnErrorButTextIsFine) {
  TempSite site;
  site.write("content/plans/test-plan.yaml", plan_with("due: 2024-12", "due: 2025-13-45"));
  auto m = site.messages();
  EXPECT_TRUE(any_message_has(
      m, {"test-plan.yaml:13:10: error: `due` looks like a date but is not a real one"}))
      << join(m, "\n");
  EXPECT_EQ(m.size(), 1u) << "\"Every 3 months\" is allowed text: " << join(m, "\n");
}

TEST(Validate, DuplicateActionId) {
  TempSite site;
  site.write("content/plans/test-plan.yaml", plan_with("id: \"1.2\"", "id: \"1.1\""));
  EXPECT_TRUE(any_message_has(
      site.messages(),
      {"test-plan.yaml:17:5: error: the action id `1.1` is used twice", "the first is at line 8"}));
}

TEST(Validate, DuplicateKey) {
  TempSite site;
  site.write("content/plans/test-plan.yaml",
             plan_with("    status: underway\n", "    status: underway\n    status: done\n"));
  EXPECT_TRUE(any_message_has(
      site.messages(), {"test-plan.yaml:15:5: error: `status` is written twice in action 1.1"}));
}

TEST(Validate, TraversalIdIsRefused) {
  TempSite site;
  site.write("content/plans/test-plan.yaml", plan_with("id: \"1.2\"", "id: \"../../x\""));
  EXPECT_TRUE(any_message_has(
      site.messages(),
      {"test-plan.yaml:17:9: error: the action id `../../x` has characters ids cannot have"}));
}

TEST(Validate, UnknownAudienceAndTheme) {
  TempSite site;
  site.write("content/plans/test-plan.yaml",
             plan_with("for: [young-people]", "for: [young-people, parents]"));
  EXPECT_TRUE(any_message_has(
      site.messages(), {"test-plan.yaml:15:25: error: unknown audience `parents` in action 1.1",
                        "young-people, families, care-leavers, carers, workforce"}));
  site.write("content/plans/test-plan.yaml", plan_with("themes: [family]", "themes: [famly]"));
  EXPECT_TRUE(any_message_has(
      site.messages(),
      {"test-plan.yaml:8:5: error: action 1.1 has the theme `famly`", "did you mean `family`?"}));
}

TEST(Validate, SiteDeclaredThemesAreAccepted) {
  TempSite site;
  site.write("content/site.yaml",
             std::string(TempSite::kSiteYaml) + "themes:\n  - { id: housing, title: Housing }\n");
  site.write("content/plans/test-plan.yaml",
             plan_with("themes: [family]", "themes: [family, housing]"));
  EXPECT_TRUE(site.messages().empty()) << join(site.messages(), "\n");
}

TEST(Validate, UnknownGroup) {
  TempSite site;
  site.write("content/plans/test-plan.yaml", plan_with("    group: home\n    title: We will keep",
                                                       "    group: hom\n    title: We will keep"));
  EXPECT_TRUE(any_message_has(
      site.messages(),
      {"test-plan.yaml:8:5: error: action 1.1 is in group `hom`", "did you mean `home`?"}));
}

TEST(Validate, UpdateNamesAPlanThatDoesNotExist) {
  TempSite site;
  site.write("content/updates/2024-06-30-brothers-and-sisters.md",
             replace_all(TempSite::kUpdateMd, "plan: test-plan", "plan: test-plna"));
  EXPECT_TRUE(
      any_message_has(site.messages(), {"content/updates/2024-06-30-brothers-and-sisters.md:5:7: "
                                        "error: there is no plan `test-plna`",
                                        "did you mean `test-plan`?"}));
}

TEST(Validate, UpdateNamesActionsThatDoNotExist) {
  TempSite site;
  site.write("content/updates/2024-06-30-brothers-and-sisters.md",
             replace_all(replace_all(TempSite::kUpdateMd, "actions: [\"1.1\"]",
                                     "actions: [\"1.1\", \"9.9\"]"),
                         "\"1.1\": done", "\"1.3\": done"));
  auto m = site.messages();
  EXPECT_TRUE(any_message_has(
      m, {"brothers-and-sisters.md:6:18: error: there is no action 9.9 in plan test-plan"}))
      << join(m, "\n");
  EXPECT_TRUE(
      any_message_has(m, {"brothers-and-sisters.md:8:3: error: the status change names action 1.3",
                          "did you mean `1.1`?"}))
      << join(m, "\n");
}

TEST(Validate, UpdateWithoutFrontMatterOrUnclosed) {
  TempSite site;
  site.write("content/updates/2024-07-01-no-front.md", "Just text.\n");
  site.write("content/updates/2024-07-02-unclosed.md", "---\ntitle: Hello\ndate: 2024-07-02\n");
  auto m = site.messages();
  EXPECT_TRUE(any_message_has(
      m, {"2024-07-01-no-front.md:1:1: error: this file does not start with front matter"}));
  EXPECT_TRUE(any_message_has(
      m, {"2024-07-02-unclosed.md:1:1: error: the front matter that starts here is never closed",
          "did you forget the second `---`"}));
}

TEST(Validate, YamlSyntaxErrorHasItsLocation) {
  TempSite site;
  site.write("content/plans/test-plan.yaml",
             plan_with("leads: [Head of Service]", "leads: [Head of Service"));
  auto m = site.messages();
  ASSERT_FALSE(m.empty());
  EXPECT_TRUE(any_message_has(m, {"content/plans/test-plan.yaml:", "error: YAML"}))
      << join(m, "\n");
}

TEST(Validate, TabsUsedForIndentation) {
  TempSite site;
  site.write("content/plans/test-plan.yaml", plan_with("    leads: [Head", "\tleads: [Head"));
  EXPECT_TRUE(any_message_has(site.messages(),
                              {"test-plan.yaml:12:1: error: a tab is used to indent this line"}));
}

TEST(Validate, InvalidUtf8IsReportedWhereItIs) {
  TempSite site;
  site.write("content/plans/test-plan.yaml",
             plan_with("We will check every home", "We will check \xff home"));
  EXPECT_TRUE(any_message_has(site.messages(),
                              {"test-plan.yaml:20:26: error: this file is not valid UTF-8 text"}))
      << join(site.messages(), "\n");
}

TEST(Validate, SiteNeedsItsRequiredKeys) {
  TempSite site;
  site.write("content/site.yaml", "title: Test Hub\nlanguage: en-GB\n");
  EXPECT_TRUE(any_message_has(
      site.messages(), {"content/site.yaml:1:1: error: the site has no `base_url`", "https://"}));
}

TEST(Validate, EveryProblemOfTheRunIsReportedAtOnce) {
  TempSite site;
  site.write("content/site.yaml", std::string(TempSite::kSiteYaml) + "colour: purple\n");
  site.write("content/plans/test-plan.yaml", plan_with("status: underway", "status: finished"));
  site.write("content/updates/2024-08-01-second.md",
             "---\ntitle: Second\ndate: 2024-02-30\nplan: test-plan\n---\nText\n");
  auto m = site.messages();
  EXPECT_TRUE(any_message_has(m, {"content/site.yaml:10:1: error: unknown key `colour`"}))
      << join(m, "\n");
  EXPECT_TRUE(any_message_has(m, {"test-plan.yaml:14:13: error: unknown status `finished`"}))
      << join(m, "\n");
  EXPECT_TRUE(any_message_has(
      m, {"2024-08-01-second.md:3:7: error: `date` in the update is not a real date"}))
      << join(m, "\n");
}

TEST(Validate, ReservedActionIdsAndPageNames) {
  TempSite site;
  site.write("content/plans/test-plan.yaml", plan_with("id: \"1.2\"", "id: indicators"));
  site.write("content/pages/search.md", "---\ntitle: Search\n---\nText\n");
  auto m = site.messages();
  EXPECT_TRUE(any_message_has(m, {"the action id `indicators` is a word the site uses"}))
      << join(m, "\n");
  EXPECT_TRUE(any_message_has(
      m, {"content/pages/search.md: error: the page name `search` is used by the site itself"}))
      << join(m, "\n");
}

TEST(Validate, StatusWordsCanChangeButKeysCannot) {
  TempSite site;
  site.write("content/site.yaml",
             std::string(TempSite::kSiteYaml) +
                 "statuses:\n  underway: { label: On its way }\n  finished: { label: Finished }\n");
  auto m = site.messages();
  EXPECT_TRUE(any_message_has(
      m, {"content/site.yaml:12:3: error: unknown status `finished` in `statuses`"}))
      << join(m, "\n");
  site.write("content/site.yaml",
             std::string(TempSite::kSiteYaml) + "statuses:\n  underway: { label: On its way }\n");
  Diagnostics diags;
  auto loaded = site.load(diags);
  ASSERT_TRUE(loaded);
  EXPECT_EQ(loaded->status(Status::underway).label, "On its way");
  EXPECT_EQ(loaded->status(Status::underway).sentence, "We are working on this.");
}

}  // namespace
}  // namespace promisehub
