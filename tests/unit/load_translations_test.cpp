// Translations (spec §12): found beside their originals, text only, checked against them.
#include <gtest/gtest.h>

#include "core/text.h"
#include "lint/site_lint.h"
#include "load/languages.h"
#include "support/temp_site.h"

namespace promisehub {
namespace {

using testing::any_message_has;
using testing::TempSite;

std::string site_with_languages(const std::string& languages) {
  return std::string(TempSite::kSiteYaml) + "languages: " + languages + "\n";
}

const char kGaelicPlan[] = R"(title: Plana Deuchainn 2024
plain: Na gheall sinn dhut.
groups:
  - id: home
    title: Dachaigh Mhath
actions:
  - id: "1.1"
    plain: Cuidichidh sinn thu a bhith a' fuireach còmhla ri do bhràithrean is do pheathraichean.
    leads: [Ceannard na Seirbheis]
)";

TEST(Translations, FileNamesWithALanguageBeforeTheExtensionAreTranslations) {
  auto gd = translation_name("midlothian-2021-24.gd");
  ASSERT_TRUE(gd);
  EXPECT_EQ(gd->original, "midlothian-2021-24");
  EXPECT_EQ(gd->lang, "gd");
  EXPECT_EQ(translation_name("x.pt-BR")->lang, "pt-BR");
  EXPECT_EQ(translation_name("x.zh-Hant")->lang, "zh-Hant");
  EXPECT_EQ(translation_name("x.es-419")->lang, "es-419");
  // Ids may hold dots: these are not languages.
  EXPECT_FALSE(translation_name("plan-2021.24"));
  EXPECT_FALSE(translation_name("plan.v2"));
  EXPECT_FALSE(translation_name("plan.GD"));
  EXPECT_FALSE(translation_name("plan.gd-gb"));
  EXPECT_FALSE(translation_name("plan"));
  EXPECT_FALSE(translation_name(".gd"));
}

TEST(Translations, LoadBesideTheirOriginalsAndLeaveTheOriginalsAsTheyAre) {
  TempSite site;
  site.write("content/site.yaml", std::string(TempSite::kSiteYaml) +
                                      "    text: Free, private help.\nlanguages: [gd, ar]\n");
  site.write("content/plans/test-plan.gd.yaml", kGaelicPlan);
  site.write("content/updates/2024-06-30-brothers-and-sisters.gd.md",
             "---\ntitle: Bràithrean is peathraichean\n---\nRinn sinn e.\n");
  site.write("content/site.gd.yaml",
             "title: Ionad Deuchainn\nhelp:\n  - name: Childline\n    text: Cuideachadh.\n");
  site.write("content/glossary.gd.yaml",
             "- term: Pàrant corporra\n  plain: Buidheann a tha a' "
             "coimhead às do dhèidh.\n");
  Diagnostics diags;
  auto s = site.load(diags);
  ASSERT_TRUE(s) << join(site.messages(), "\n");
  EXPECT_EQ(site.messages(), std::vector<std::string>{});
  ASSERT_EQ(s->config.languages.size(), 2u);
  EXPECT_EQ(s->config.languages[1].value, "ar");
  // The originals are loaded once, untouched; the translations beside them.
  ASSERT_EQ(s->plans.size(), 1u);
  EXPECT_EQ(s->plans[0].title, "Test Plan 2024");
  EXPECT_EQ(s->updates.size(), 1u);
  ASSERT_EQ(s->translations.size(), 4u);
  const Translation& plan = s->translations[1];  // by path: glossary, plans, site, updates
  EXPECT_EQ(plan.path, "content/plans/test-plan.gd.yaml");
  EXPECT_EQ(plan.of, TranslationOf::plan);
  EXPECT_EQ(plan.lang, "gd");
  EXPECT_EQ(plan.original, "test-plan");
  EXPECT_EQ(plan.texts.at("title").value, "Plana Deuchainn 2024");
  ASSERT_EQ(plan.items.size(), 2u);
  EXPECT_EQ(plan.items[1].kind, "action");
  EXPECT_EQ(plan.items[1].id.value, "1.1");
  EXPECT_EQ(plan.items[1].lists.at("leads")[0].value, "Ceannard na Seirbheis");
  EXPECT_EQ(s->translations[0].glossary.size(), 1u);
  EXPECT_EQ(s->translations[2].items[0].texts.at("text").value, "Cuideachadh.");
  EXPECT_EQ(s->translations[3].texts.at("body").value, "Rinn sinn e.\n");
  EXPECT_EQ(s->translations[3].texts.at("body").where.line, 4);
}

TEST(Translations, AnIdOrTextTheOriginalLacksIsAnErrorWhereItIsWritten) {
  TempSite site;
  site.write("content/site.yaml", site_with_languages("[gd]"));
  site.write("content/plans/test-plan.gd.yaml", R"(title: Plana
summary: Chan eil seo anns an fhear thùsail.
actions:
  - id: "1.3"
    plain: Gealladh nach eil ann.
  - id: "1.2"
    leads: [Cuideigin]
  - id: "1.1"
    leads: [Aon, Dà]
indicators:
  - id: children
    title: Clann
)");
  auto m = site.messages();
  EXPECT_TRUE(any_message_has(m, {"content/plans/test-plan.gd.yaml:2:10: error: plan test-plan "
                                  "has no `summary` in content/plans/test-plan.yaml, so there is "
                                  "nothing to translate"}))
      << join(m, "\n");
  EXPECT_TRUE(any_message_has(m, {"test-plan.gd.yaml:4:9: error: plan test-plan has no action "
                                  "`1.3`",
                                  "did you mean `1.1`?"}))
      << join(m, "\n");
  EXPECT_TRUE(any_message_has(m, {"test-plan.gd.yaml:7:13: error: action 1.2 has no `leads`"}))
      << join(m, "\n");
  EXPECT_TRUE(any_message_has(m, {"test-plan.gd.yaml:9:13: error: `leads` of action 1.1 has 1 in "
                                  "the original and 2 here"}))
      << join(m, "\n");
  EXPECT_TRUE(any_message_has(m, {"test-plan.gd.yaml:11:9: error: plan test-plan has no "
                                  "indicator `children`"}))
      << join(m, "\n");
}

TEST(Translations, OnlyTextsMayBeTranslated) {
  TempSite site;
  site.write("content/site.yaml", site_with_languages("[gd]"));
  site.write("content/plans/test-plan.gd.yaml",
             "title: Plana\nactions:\n  - id: \"1.1\"\n    status: done\n");
  site.write("content/updates/2024-06-30-brothers-and-sisters.gd.md",
             "---\ntitle: Bràithrean\ndate: 2025-01-01\n---\nRinn sinn e.\n");
  auto m = site.messages();
  EXPECT_TRUE(any_message_has(m, {"test-plan.gd.yaml:4:5: error:", "`status`"})) << join(m, "\n");
  EXPECT_TRUE(any_message_has(m, {"brothers-and-sisters.gd.md:3:1: error:", "`date`"}))
      << join(m, "\n");
}

TEST(Translations, ALanguageTheSiteDoesNotListOrAMissingOriginalIsSaidPlainly) {
  TempSite site;
  site.write("content/plans/test-plan.fr.yaml", "title: Plan d'essai\n");
  site.write("content/site.yaml", site_with_languages("[gd]"));
  site.write("content/pages/about.gd.md", "---\ntitle: Mu dheidhinn\n---\nTeacsa.\n");
  site.write("content/plans/tset-plan.gd.yaml", "title: Plana\n");
  auto m = site.messages();
  EXPECT_TRUE(any_message_has(
      m, {"content/plans/test-plan.fr.yaml:1:1: error: this file is named as a translation into "
          "`fr`, but content/site.yaml does not list `fr` in `languages`",
          "add it (`languages: [fr]`)"}))
      << join(m, "\n");
  EXPECT_TRUE(any_message_has(m, {"content/pages/about.gd.md:1:1: error: there is no "
                                  "content/pages/about.md for this translation"}))
      << join(m, "\n");
  EXPECT_TRUE(any_message_has(m, {"content/plans/tset-plan.gd.yaml:1:1: error: there is no "
                                  "content/plans/tset-plan.yaml for this translation",
                                  "did you mean test-plan.gd?"}))
      << join(m, "\n");
}

TEST(Translations, LanguagesAreCodesOtherThanTheMainOneEachOnce) {
  TempSite site;
  site.write("content/site.yaml", site_with_languages("[gd, en, gd, Gaelic, ar]"));
  Diagnostics diags;
  auto s = site.load(diags);
  auto m = site.messages();
  EXPECT_TRUE(any_message_has(m, {"site.yaml:10:17: error: `en` is the site's main language "
                                  "(`language: en-GB`)"}))
      << join(m, "\n");
  EXPECT_TRUE(any_message_has(m, {"site.yaml:10:21: error: `gd` is in `languages` twice"}))
      << join(m, "\n");
  EXPECT_TRUE(any_message_has(m, {"site.yaml:10:25: error: `Gaelic` in `languages` is not a "
                                  "language code"}))
      << join(m, "\n");
}

std::vector<std::string> lint_messages(const TempSite& site) {
  Diagnostics diags;
  auto loaded = site.load(diags);
  EXPECT_TRUE(loaded) << join(site.messages(), "\n");
  if (!loaded) return {};
  Diagnostics findings;
  lint_site(*loaded, findings);
  std::vector<std::string> out;
  for (const auto& d : findings.sorted()) out.push_back(d.to_string());
  return out;
}

TEST(Translations, EachLanguageIsCheckedWithItsOwnWordsToAvoidAndNoReadingAge) {
  TempSite site;
  site.write("content/site.yaml", site_with_languages("[gd]"));
  site.write("content/language.yaml", "- avoid: [placement]\n  say: home\n");
  site.write("content/language.gd.yaml", "- avoid: [suidheachadh]\n  say: dachaigh\n");
  site.write("content/plans/test-plan.gd.yaml", R"(actions:
  - id: "1.1"
    plain: Bidh sinn a' lorg suidheachadh dhut.
  - id: "1.2"
    plain: Bidh sinn a' coimhead air gach dachaigh le placement agus obair-phàipeir ioma-ghnèitheach eadar-nàiseanta neo-eisimeileach.
)");
  auto m = lint_messages(site);
  EXPECT_TRUE(any_message_has(
      m, {"content/plans/test-plan.gd.yaml:3:30: warning: "
          "\"suidheachadh\" in the plain of action 1.1 (gd) is a word to "
          "avoid",
          "say \"dachaigh\" instead", "add the phrase to `allow` in content/language.gd.yaml"}))
      << join(m, "\n");
  for (const auto& message : m) {
    EXPECT_EQ(message.find("reading age"), std::string::npos) << message;
    EXPECT_EQ(message.find("\"placement\""), std::string::npos)
        << "English's list is not Gaelic's: " << message;
  }
}

TEST(Translations, AnOrganisationsNameAndPlainWordsAreTranslatedBesideIt) {
  TempSite site;
  site.write("content/site.yaml", site_with_languages("[gd]"));
  site.write("content/organisations/test-council.yaml",
             "name: Test Council\nkind: council\nareas: [midlothian]\n");
  site.write("content/plans/test-plan.yaml",
             replace_all(TempSite::kPlanYaml, "plain: What we promised you.",
                         "plain: What we promised you.\norganisation: test-council"));
  site.write("content/organisations/test-council.gd.yaml",
             "name: Comhairle Deuchainn\nplain: Chan eil seo anns an fhear thùsail.\n");
  site.write("content/organisations/test-cuncil.gd.yaml", "name: Comhairle\n");
  auto m = site.messages();
  EXPECT_TRUE(any_message_has(m, {"content/organisations/test-council.gd.yaml:2:8: error: "
                                  "organisation test-council has no `plain`"}))
      << join(m, "\n");
  EXPECT_TRUE(any_message_has(m, {"content/organisations/test-cuncil.gd.yaml:1:1: error: there is "
                                  "no content/organisations/test-cuncil.yaml for this translation",
                                  "did you mean test-council.gd?"}))
      << join(m, "\n");
  for (const auto& message : m)
    EXPECT_EQ(message.find("organisation `test-council.gd`"), std::string::npos) << message;
}

TEST(Translations, ASiteWithoutThemReadsAsBefore) {
  TempSite site;
  site.write("content/site.gd.yaml", "title: Ionad\n");  // named as one, with no `languages`
  auto m = site.messages();
  ASSERT_EQ(m.size(), 1u) << join(m, "\n");
  EXPECT_TRUE(any_message_has(m, {"content/site.gd.yaml:1:1: error:", "into `gd`"}));
  site.remove("content/site.gd.yaml");
  EXPECT_EQ(site.messages(), std::vector<std::string>{});
}

}  // namespace
}  // namespace promisehub

namespace promisehub {
namespace {

// A page named like a language would sit where that language's pages go (/gd/).
TEST(Translations, APageNamedLikeALanguageOfTheSiteIsAnError) {
  testing::TempSite site;
  site.write("content/site.yaml", site_with_languages("[gd]"));
  site.write("content/pages/gd.md", "---\ntitle: Gaelic\n---\nAbout Gaelic.\n");
  site.write("content/pages/ar.md", "---\ntitle: Arabic\n---\nAbout Arabic.\n");
  auto m = site.messages();
  EXPECT_TRUE(testing::any_message_has(
      m, {"content/pages/gd.md:1:1: error: this page's address, /gd/, is where the site's pages in "
          "`gd` go",
          "rename the file, for example to gd-page.md"}))
      << join(m, "\n");
  EXPECT_FALSE(testing::any_message_has(m, {"content/pages/ar.md"})) << join(m, "\n");
}

}  // namespace
}  // namespace promisehub
