// The forms the web editor (Decap CMS at /admin/) writes, beside the ones people write by hand:
// status changes and indicator values as lists, the glossary and Language of Care under one key,
// and draft pages. Each loads to the same model as the hand-written form, and a mistake in it is
// reported with its file, line and column and a hint.
#include <gtest/gtest.h>

#include "load/loaders.h"
#include "pipeline.h"
#include "support/temp_site.h"

namespace promisehub {
namespace {

using testing::any_message_has;
using testing::TempSite;

std::string update_with(const std::string& lines) {
  return "---\ntitle: An update\ndate: 2024-07-01\nplan: test-plan\nactions: [\"1.1\"]\n" + lines +
         "---\nBody.\n";
}

struct Loaded {
  std::optional<Update> update;
  std::vector<std::string> messages;
};

Loaded load(const std::string& text) {
  Diagnostics diags;
  Loaded out;
  auto source = accept_source_text("content/updates/2024-07-01-x.md", text, diags);
  if (source) out.update = load_update(*source, "2024-07-01-x", diags);
  for (const auto& d : diags.sorted()) out.messages.push_back(d.to_string());
  return out;
}

std::vector<std::string> messages_of(const std::string& path, const std::string& text,
                                     bool glossary) {
  Diagnostics diags;
  auto source = accept_source_text(path, text, diags);
  if (source) {
    if (glossary)
      load_glossary(*source, diags);
    else
      load_language(*source, diags);
  }
  std::vector<std::string> out;
  for (const auto& d : diags.sorted()) out.push_back(d.to_string());
  return out;
}

// ---- Status changes ----------------------------------------------------------------------------

TEST(EditorForms, StatusListLoadsEqualToTheMapForm) {
  Loaded map = load(update_with("status:\n  \"1.1\": done\n  \"1.2\": underway\n"));
  Loaded list = load(update_with(
      "status:\n  - action: \"1.1\"\n    to: done\n  - { action: \"1.2\", to: underway }\n"));
  ASSERT_TRUE(map.update && list.update);
  EXPECT_EQ(map.messages, std::vector<std::string>{});
  EXPECT_EQ(list.messages, std::vector<std::string>{});
  ASSERT_EQ(list.update->status_changes.size(), 2u);
  for (std::size_t i = 0; i < 2; ++i) {
    EXPECT_EQ(list.update->status_changes[i].first.value,
              map.update->status_changes[i].first.value);
    EXPECT_EQ(list.update->status_changes[i].second.value,
              map.update->status_changes[i].second.value);
  }
  // Located where the id and the status are written, for later messages (unknown action …).
  EXPECT_EQ(list.update->status_changes[0].first.where.to_string(),
            "content/updates/2024-07-01-x.md:7:13");
  EXPECT_EQ(list.update->status_changes[1].second.where.to_string(),
            "content/updates/2024-07-01-x.md:9:26");
}

TEST(EditorForms, AnEmptyStatusListIsNoChange) {
  Loaded list = load(update_with("status: []\nindicators: []\n"));
  ASSERT_TRUE(list.update);
  EXPECT_EQ(list.messages, std::vector<std::string>{});
  EXPECT_TRUE(list.update->status_changes.empty());
  EXPECT_TRUE(list.update->indicator_values.empty());
}

TEST(EditorForms, MistakesInTheStatusListAreLocatedWithAHint) {
  Loaded list =
      load(update_with("status:\n"
                       "  - { action: \"1.1\", too: done }\n"      // line 7: a typo in a key
                       "  - { to: done }\n"                        // line 8: no action
                       "  - \"1.2\"\n"                             // line 9: not a pair
                       "  - { action: [\"1.2\"], to: done }\n"));  // line 10: a list, not text
  const auto& m = list.messages;
  EXPECT_TRUE(any_message_has(m, {"2024-07-01-x.md:7:22: error: unknown key `too` in status "
                                  "change 1",
                                  "did you mean `to`?"}))
      << ::testing::PrintToString(m);
  EXPECT_TRUE(any_message_has(m, {"2024-07-01-x.md:7:5: error: status change 1 has no `to`",
                                  "add `to:` with the new status"}))
      << ::testing::PrintToString(m);
  EXPECT_TRUE(any_message_has(m, {"2024-07-01-x.md:8:5: error: status change 2 has no `action`",
                                  "add `action:` with the promise's number"}))
      << ::testing::PrintToString(m);
  EXPECT_TRUE(any_message_has(m, {"2024-07-01-x.md:9:5: error: status change 3 should be a set "
                                  "of `key: value` pairs",
                                  "- { action: \"2.2\", to: done }"}))
      << ::testing::PrintToString(m);
  EXPECT_TRUE(any_message_has(m, {"2024-07-01-x.md:10:15: error: `action` in status change 4 "
                                  "should be text, but it is a list"}))
      << ::testing::PrintToString(m);
  EXPECT_EQ(m.size(), 5u) << ::testing::PrintToString(m);
}

TEST(EditorForms, AnActionChangedTwiceInOneUpdateIsAnError) {
  Loaded list =
      load(update_with("status:\n  - { action: \"1.1\", to: done }\n"
                       "  - { action: \"1.1\", to: ongoing }\n"));
  EXPECT_EQ(list.messages,
            std::vector<std::string>{"content/updates/2024-07-01-x.md:8:15: error: action 1.1 is "
                                     "given a new status twice \xE2\x80\x94 keep one of them: an "
                                     "update changes a promise's status once"});
  // The map form, where yaml-cpp keeps both of two equal keys.
  Loaded map = load(update_with("status:\n  \"1.1\": done\n  \"1.1\": ongoing\n"));
  EXPECT_TRUE(any_message_has(map.messages, {"2024-07-01-x.md:8:3: error: action 1.1 is given a "
                                             "new status twice"}))
      << ::testing::PrintToString(map.messages);
}

TEST(EditorForms, StatusThatIsNeitherAMapNorAListIsAnError) {
  Loaded one = load(update_with("status: done\n"));
  EXPECT_TRUE(any_message_has(one.messages, {"2024-07-01-x.md:6:9: error: `status` in an update "
                                             "should list actions and their new status"}))
      << ::testing::PrintToString(one.messages);
}

// ---- Indicator values --------------------------------------------------------------------------

TEST(EditorForms, IndicatorListLoadsEqualToTheMapForm) {
  Loaded map = load(
      update_with("indicators:\n  in-care: { date: 2025-03, value: 370, note: Annual figure }\n"
                  "  at-home: { date: 2025, value: 12.5 }\n"));
  Loaded list = load(
      update_with("indicators:\n"
                  "  - { indicator: in-care, date: 2025-03, value: 370, note: Annual figure }\n"
                  "  - indicator: at-home\n    date: 2025\n    value: 12.5\n"));
  ASSERT_TRUE(map.update && list.update);
  EXPECT_EQ(map.messages, std::vector<std::string>{});
  EXPECT_EQ(list.messages, std::vector<std::string>{});
  ASSERT_EQ(list.update->indicator_values.size(), 2u);
  ASSERT_EQ(map.update->indicator_values.size(), 2u);
  for (std::size_t i = 0; i < 2; ++i) {
    const IndicatorUpdate& a = map.update->indicator_values[i];
    const IndicatorUpdate& b = list.update->indicator_values[i];
    EXPECT_EQ(b.indicator.value, a.indicator.value);
    EXPECT_EQ(b.value.date, a.value.date);
    EXPECT_EQ(b.value.value, a.value.value);
    EXPECT_EQ(b.value.note, a.value.note);
    EXPECT_EQ(b.value.update_slug, "2024-07-01-x");
  }
  EXPECT_EQ(list.update->indicator_values[0].indicator.where.to_string(),
            "content/updates/2024-07-01-x.md:7:18");
}

TEST(EditorForms, MistakesInTheIndicatorListAreLocatedWithAHint) {
  Loaded list =
      load(update_with("indicators:\n"
                       "  - { indicator: in-care, date: 2025-03, valeu: 370 }\n"   // line 7
                       "  - { date: 2025-03, value: 370 }\n"                       // line 8
                       "  - { indicator: in-care, date: 2025-13, value: lots }\n"  // line 9
                       "  - in-care\n"));                                          // line 10
  const auto& m = list.messages;
  EXPECT_TRUE(any_message_has(m, {"2024-07-01-x.md:7:42: error: unknown key `valeu` in indicator "
                                  "value 1",
                                  "did you mean `value`?"}))
      << ::testing::PrintToString(m);
  EXPECT_TRUE(any_message_has(m, {"2024-07-01-x.md:7:5: error: indicator value 1 has no `value`"}))
      << ::testing::PrintToString(m);
  EXPECT_TRUE(any_message_has(m, {"2024-07-01-x.md:8:5: error: indicator value 2 has no "
                                  "`indicator`",
                                  "add `indicator:` with the indicator's id"}))
      << ::testing::PrintToString(m);
  EXPECT_TRUE(any_message_has(m, {"2024-07-01-x.md:9:33: error: `date` in indicator value 3 is "
                                  "not a real date"}))
      << ::testing::PrintToString(m);
  EXPECT_TRUE(any_message_has(m, {"2024-07-01-x.md:9:49: error: `value` in indicator value 3 "
                                  "should be a number"}))
      << ::testing::PrintToString(m);
  EXPECT_TRUE(any_message_has(m, {"2024-07-01-x.md:10:5: error: indicator value 4 should be a set",
                                  "- { indicator: children-in-care, date: 2025-03, value: 370 }"}))
      << ::testing::PrintToString(m);
}

TEST(EditorForms, AnIndicatorGivenTwoValuesInOneUpdateIsAnError) {
  Loaded list =
      load(update_with("indicators:\n  - { indicator: in-care, date: 2025-03, value: 1 }\n"
                       "  - { indicator: in-care, date: 2025-04, value: 2 }\n"));
  EXPECT_TRUE(any_message_has(list.messages, {"2024-07-01-x.md:8:18: error: indicator in-care is "
                                              "given a value twice"}))
      << ::testing::PrintToString(list.messages);
}

// Through the whole site: the list form's status change and value reach the promise and chart.
TEST(EditorForms, ListFormsChangeTheSiteAsTheMapFormDoes) {
  TempSite site;
  std::string plan = TempSite::kPlanYaml;
  plan +=
      "indicators:\n  - id: in-care\n    title: Children in care\n    better: lower\n"
      "    values:\n      - { date: 2023-03, value: 429 }\n";
  site.write("content/plans/test-plan.yaml", plan);
  site.write("content/updates/2024-07-01-x.md",
             update_with("status:\n  - { action: \"1.2\", to: underway }\n"
                         "indicators:\n  - { indicator: in-care, date: 2024-03, value: 386 }\n"));
  Diagnostics diags;
  auto s = site.load(diags);
  ASSERT_TRUE(s) << ::testing::PrintToString(site.messages());
  EXPECT_EQ(status_key(s->plans[0].find_action("1.2")->current_status), "underway");
  ASSERT_EQ(s->plans[0].indicators[0].values.size(), 2u);
  EXPECT_EQ(s->plans[0].indicators[0].values[1].value, 386);
}

// ---- Glossary and Language of Care -------------------------------------------------------------

TEST(EditorForms, GlossaryUnderTermsLoadsEqualToThePlainList) {
  const std::string entries =
      "- term: CEYP\n  means: care experienced young people\n  plain: Young people in care.\n"
      "- term: Corporate parent\n  plain: Someone whose job is to look after you.\n";
  std::string wrapped = "# A comment\nterms:\n";
  for (std::size_t start = 0; start < entries.size();) {
    std::size_t end = entries.find('\n', start) + 1;
    wrapped += "  " + entries.substr(start, end - start);
    start = end;
  }
  Diagnostics d1, d2;
  auto plain = load_glossary({"content/glossary.yaml", entries}, d1);
  auto under = load_glossary({"content/glossary.yaml", wrapped}, d2);
  EXPECT_FALSE(d1.has_errors());
  EXPECT_FALSE(d2.has_errors());
  ASSERT_EQ(under.size(), 2u);
  ASSERT_EQ(plain.size(), 2u);
  for (std::size_t i = 0; i < 2; ++i) {
    EXPECT_EQ(under[i].term.value, plain[i].term.value);
    EXPECT_EQ(under[i].means, plain[i].means);
    EXPECT_EQ(under[i].plain.value, plain[i].plain.value);
    EXPECT_EQ(under[i].slug, plain[i].slug);
  }
  EXPECT_EQ(under[1].term.where.to_string(), "content/glossary.yaml:6:11");
}

TEST(EditorForms, LanguageUnderWordsLoadsEqualToThePlainList) {
  Diagnostics d1, d2;
  auto plain = load_language({"content/language.yaml",
                              "- avoid: [respite]\n  say: short break\n  allow: [respite care]\n"},
                             d1);
  auto under = load_language({"content/language.yaml",
                              "words:\n  - avoid: [Respite]\n    say: short break\n"
                              "    allow: [respite care]\n"},
                             d2);
  EXPECT_FALSE(d1.has_errors());
  EXPECT_FALSE(d2.has_errors());
  ASSERT_EQ(under.size(), 1u);
  ASSERT_EQ(plain.size(), 1u);
  EXPECT_EQ(under[0].avoid, plain[0].avoid);
  EXPECT_EQ(under[0].say, plain[0].say);
  EXPECT_EQ(under[0].allow, plain[0].allow);
  EXPECT_EQ(under[0].where.to_string(), "content/language.yaml:2:5");
}

TEST(EditorForms, EmptyWrappersAreEmptyLists) {
  for (const char* text : {"terms:\n", "terms: []\n"}) {
    EXPECT_EQ(messages_of("content/glossary.yaml", text, true), std::vector<std::string>{}) << text;
  }
  EXPECT_EQ(messages_of("content/language.yaml", "words:\n", false), std::vector<std::string>{});
}

TEST(EditorForms, MistakesInTheWrappersAreLocatedWithAHint) {
  auto m = messages_of("content/glossary.yaml",
                       "term:\n  - term: CEYP\n    plain: Young people in care.\n", true);
  EXPECT_EQ(m, std::vector<std::string>{
                   "content/glossary.yaml:1:1: error: the glossary should be a list \xE2\x80\x94 "
                   "start each entry with `- term: …`, or put the list under `terms:`"});

  m = messages_of("content/glossary.yaml", "terms: []\nextra: 1\n", true);
  EXPECT_EQ(m, std::vector<std::string>{"content/glossary.yaml:2:1: error: unknown key `extra` in "
                                        "the glossary \xE2\x80\x94 Allowed keys: terms"});

  m = messages_of("content/language.yaml", "wrods:\n  - avoid: [respite]\n    say: short break\n",
                  false);
  EXPECT_TRUE(any_message_has(m, {"content/language.yaml:1:1: error: unknown key `wrods` in the "
                                  "Language of Care list",
                                  "did you mean `words`?"}))
      << ::testing::PrintToString(m);

  m = messages_of("content/language.yaml", "words: respite\n", false);
  EXPECT_EQ(m, std::vector<std::string>{
                   "content/language.yaml:1:8: error: `words` in the Language of Care list should "
                   "be a list \xE2\x80\x94 start each entry with `- avoid: [word]`, indented "
                   "under `words:`"});

  // An entry in the list form is checked as in the plain list, at its own line.
  m = messages_of("content/language.yaml", "words:\n  - avoid: [respite]\n    sey: short break\n",
                  false);
  EXPECT_TRUE(any_message_has(
      m, {"content/language.yaml:3:5: error: unknown key `sey`", "did you mean `say`?"}))
      << ::testing::PrintToString(m);

  // One entry written without its `- ` is still told to be a list, not "did you mean terms".
  m = messages_of("content/glossary.yaml", "term: CEYP\nplain: Young people in care.\n", true);
  EXPECT_EQ(m.size(), 1u);
  EXPECT_TRUE(any_message_has(m, {"1:1: error: the glossary should be a list"}))
      << ::testing::PrintToString(m);
}

// ---- Draft pages -------------------------------------------------------------------------------

TEST(EditorForms, DraftPagesAreLeftOutUnlessTheBuildAsksForDrafts) {
  TempSite site;
  site.add_themes();
  site.write("content/pages/about.md", "---\ntitle: About us\ndraft: false\n---\nWho we are.\n");
  site.write("content/pages/coming-soon.md",
             "---\ntitle: Coming soon\ndraft: true\n---\nNot ready yet.\n");
  for (bool drafts : {false, true}) {
    BuildOptions options;
    options.site_dir = site.dir();
    options.now = parse_date("2026-01-01");
    options.drafts = drafts;
    Diagnostics diags;
    auto s = load_site(options, diags);
    ASSERT_TRUE(s) << ::testing::PrintToString(site.messages());
    std::vector<std::string> slugs;
    for (const auto& p : s->pages) slugs.push_back(p.slug);
    EXPECT_EQ(slugs, drafts ? (std::vector<std::string>{"about", "coming-soon"})
                            : std::vector<std::string>{"about"});

    auto pages = render_site(*s, options, diags);
    ASSERT_TRUE(pages) << ::testing::PrintToString(site.messages());
    EXPECT_TRUE(pages->find("about/index.html"));
    EXPECT_EQ(pages->find("coming-soon/index.html") != nullptr, drafts);
    // Nor in the sitemap, nor linked from any page (menus, footer).
    bool linked = false;
    for (const auto& f : pages->files)
      linked = linked || f.content().find("coming-soon") != std::string::npos;
    EXPECT_EQ(linked, drafts);
  }
}

TEST(EditorForms, PageDraftMustBeTrueOrFalse) {
  Diagnostics diags;
  auto source =
      accept_source_text("content/pages/x.md", "---\ntitle: X\ndraft: maybe\n---\n", diags);
  ASSERT_TRUE(source);
  load_page(*source, "x", diags);
  ASSERT_EQ(diags.sorted().size(), 1u);
  EXPECT_EQ(diags.sorted()[0].to_string(),
            "content/pages/x.md:3:8: error: `draft` in the page should be true or false");
}

}  // namespace
}  // namespace promisehub
