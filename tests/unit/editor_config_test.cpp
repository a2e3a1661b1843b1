// The web editor's configuration as the build writes it (render/editor_config): each
// organisation's own updates collection (spec §11) and each language's translations (spec §12),
// and the theme's file unchanged for a site with neither. What those collections save loads.
#include <functional>

#include <gtest/gtest.h>
#include <yaml-cpp/yaml.h>

#include "render/editor_collections.h"
#include "render/editor_config.h"
#include "support/temp_site.h"

namespace promisehub {
namespace {

using testing::TempSite;

const char kSiteWithGaelic[] = R"(title: Test Hub
base_url: https://hub.example.org/
language: en-GB
languages: [gd]
help:
  - name: Childline
    phone: "0800 1111"
    text: Free, private help for anyone under 19.
  - name: Police Scotland
    phone: "999"
)";

const char kCouncil[] = R"(name: Test Council
short_name: Testshire
kind: council
areas: [midlothian]
)";

// The site's admin/config.yml, as the build writes it.
std::string built_config(const TempSite& site) {
  Diagnostics diags;
  auto model = site.load(diags);
  EXPECT_TRUE(model.has_value()) << diags.sorted().front().to_string();
  if (!model) return {};
  auto pages = render_site(*model, testing::session_options(site), diags);
  EXPECT_TRUE(pages.has_value());
  const OutputFile* config = pages ? pages->find(kEditorConfig) : nullptr;
  EXPECT_TRUE(config);
  return config ? config->content() : std::string();
}

std::string theme_config() {
  return testing::read_file(std::string(PROMISEHUB_SOURCE_DIR) +
                            "/themes/promise/static/admin/config.yml");
}

YAML::Node collection_named(const YAML::Node& config, const std::string& name) {
  for (const auto& c : config["collections"])
    if (c["name"].as<std::string>() == name) return c;
  return YAML::Node(YAML::NodeType::Undefined);  // false, where a null node would be true
}

std::vector<std::string> names_of(const YAML::Node& fields) {
  std::vector<std::string> names;
  for (const auto& f : fields) names.push_back(f["name"].as<std::string>());
  return names;
}

std::vector<std::string> errors_of(const TempSite& site) {
  std::vector<std::string> errors;
  Diagnostics diags;
  site.load(diags);
  for (const auto& d : diags.sorted())
    if (d.severity == Severity::error) errors.push_back(d.to_string());
  return errors;
}

TEST(EditorConfig, ASiteWithNoOrganisationsAndNoOtherLanguagesGetsTheThemesFileAsItIs) {
  TempSite site;
  site.add_themes();
  EXPECT_EQ(built_config(site), theme_config());
}

TEST(EditorConfig, EachLanguageHasTranslationsNamedBesideTheirOriginals) {
  TempSite site;
  site.add_themes();
  site.write("content/site.yaml", kSiteWithGaelic);
  site.write("content/pages/about.md", "---\ntitle: About us\n---\nWho we are.\n");
  std::string text = built_config(site);
  ASSERT_EQ(text.rfind(theme_config().substr(0, theme_config().find("collections:")), 0), 0u)
      << "the theme's settings come first, as they were";
  YAML::Node config = YAML::Load(text);

  YAML::Node updates = collection_named(config, "updates-in-gd");
  ASSERT_TRUE(updates) << text;
  EXPECT_EQ(updates["label"].as<std::string>(), "Progress updates in Gaelic (Gàidhlig)");
  EXPECT_EQ(updates["format"].as<std::string>(), "frontmatter");
  ASSERT_EQ(updates["files"].size(), 1u);
  const YAML::Node& entry = updates["files"][0];
  EXPECT_EQ(entry["file"].as<std::string>(),
            "content/updates/2024-06-30-brothers-and-sisters.gd.md");
  EXPECT_EQ(entry["label"].as<std::string>(), "Brothers and sisters (not translated yet)");
  EXPECT_EQ(names_of(entry["fields"]), (std::vector<std::string>{"title", "plain", "body"}));
  EXPECT_EQ(entry["fields"][0]["hint"].as<std::string>(), "In English: Brothers and sisters");
  EXPECT_NE(entry["fields"][2]["hint"].as<std::string>().find("**Twelve** children"),
            std::string::npos);
  for (const auto& f : entry["fields"]) EXPECT_FALSE(f["required"].as<bool>());

  YAML::Node pages = collection_named(config, "pages-in-gd");
  ASSERT_TRUE(pages);
  EXPECT_EQ(pages["files"][0]["file"].as<std::string>(), "content/pages/about.gd.md");
  EXPECT_EQ(names_of(pages["files"][0]["fields"]), (std::vector<std::string>{"title", "body"}));

  YAML::Node plans = collection_named(config, "plans-in-gd");
  ASSERT_TRUE(plans);
  EXPECT_EQ(plans["format"].as<std::string>(), "yaml");
  EXPECT_EQ(plans["files"][0]["file"].as<std::string>(), "content/plans/test-plan.gd.yaml");
  EXPECT_FALSE(collection_named(config, "updates-from-test-council")) << "no organisations";

  // The site's own words: only a help line with words of its own can be translated.
  YAML::Node words = collection_named(config, "site-in-gd");
  ASSERT_TRUE(words);
  ASSERT_EQ(words["files"].size(), 1u) << "no organisations";
  EXPECT_EQ(words["files"][0]["file"].as<std::string>(), "content/site.gd.yaml");
  const YAML::Node& help = words["files"][0]["fields"][1];
  EXPECT_EQ(help["name"].as<std::string>(), "help");
  EXPECT_EQ(help["fields"][0]["name"].as<std::string>(), "name");
  ASSERT_EQ(help["fields"][0]["options"].size(), 1u);
  EXPECT_EQ(help["fields"][0]["options"][0]["value"].as<std::string>(), "Childline");
}

// What the editor saves for each field it offers is a translation the build takes, and the
// list says which originals have one.
TEST(EditorConfig, WhatTheTranslationCollectionsSaveLoadsWithoutError) {
  TempSite site;
  site.add_themes();
  site.write("content/site.yaml", kSiteWithGaelic);
  site.write("content/pages/about.md", "---\ntitle: About us\n---\nWho we are.\n");
  site.write("content/updates/2024-06-30-brothers-and-sisters.gd.md",
             "---\ntitle: Bràithrean is peathraichean\nplain: \"\"\n---\nRinn sinn e.\n");
  site.write("content/pages/about.gd.md", "---\ntitle: Mu ar deidhinn\n---\n");
  site.write("content/site.gd.yaml",
             "title: Ionad\nhelp:\n  - name: Childline\n    text: Cuideachadh an-asgaidh.\n");
  // A plan's promise picked by its id, as the select writes it, with one text left empty.
  site.write("content/plans/test-plan.gd.yaml",
             "title: Plana\ngroups:\n  - id: home\n    title: Dachaigh\n    plain: \"\"\n"
             "actions:\n  - id: \"1.1\"\n    plain: Cuidichidh sinn thu.\n    title: \"\"\n");
  EXPECT_EQ(errors_of(site), std::vector<std::string>{});
  YAML::Node config = YAML::Load(built_config(site));
  EXPECT_EQ(collection_named(config, "updates-in-gd")["files"][0]["label"].as<std::string>(),
            "Brothers and sisters");
  YAML::Node plan = collection_named(config, "plans-in-gd")["files"][0];
  EXPECT_EQ(names_of(plan["fields"]),
            (std::vector<std::string>{"title", "plain", "groups", "actions"}));
  const YAML::Node& actions = plan["fields"][3];
  EXPECT_EQ(actions["fields"][0]["widget"].as<std::string>(), "select");
  EXPECT_EQ(actions["fields"][0]["options"][0]["value"].as<std::string>(), "1.1");
  EXPECT_EQ(actions["fields"][0]["options"][0]["label"].as<std::string>(),
            "1.1: We will help you live with your brothers and sisters.");
}

TEST(EditorConfig, EachOrganisationWithPlansHasItsOwnUpdatesInItsFolder) {
  TempSite site;
  site.add_themes();
  site.write("content/organisations/test-council.yaml", kCouncil);
  site.write("content/organisations/quiet-charity.yaml",
             "name: Quiet Charity\nkind: third-sector\nareas: [fife]\n");
  site.write("content/plans/test-plan.yaml",
             std::string("organisation: test-council\n") + TempSite::kPlanYaml);
  std::string text = built_config(site);
  YAML::Node config = YAML::Load(text);
  YAML::Node mine = collection_named(config, "updates-from-test-council");
  ASSERT_TRUE(mine) << text;
  EXPECT_EQ(mine["folder"].as<std::string>(), "content/updates/test-council");
  EXPECT_EQ(mine["label"].as<std::string>(), "Updates from Testshire");
  EXPECT_FALSE(collection_named(config, "updates-from-quiet-charity")) << "it has no plans";
  EXPECT_FALSE(collection_named(config, "updates-in-gd")) << "no other languages";

  // Its form is the theme's updates form, with every plan picker kept to this organisation.
  YAML::Node theirs = collection_named(config, "updates");
  EXPECT_EQ(theirs["folder"].as<std::string>(), "content/updates") << "unchanged";
  EXPECT_EQ(names_of(mine["fields"]), names_of(theirs["fields"]));
  int filtered = 0;
  std::function<void(const YAML::Node&)> walk = [&](const YAML::Node& fields) {
    for (const auto& f : fields) {
      if (f["widget"] && f["widget"].as<std::string>() == "relation") {
        ASSERT_TRUE(f["filters"]) << f["name"];
        EXPECT_EQ(f["filters"][0]["field"].as<std::string>(), "organisation");
        EXPECT_EQ(f["filters"][0]["values"][0].as<std::string>(), "test-council");
        ++filtered;
      }
      if (f["fields"]) walk(f["fields"]);
    }
  };
  walk(mine["fields"]);
  for (const auto& f : mine["fields"]) {
    if (f["name"].as<std::string>() == "author") {
      EXPECT_EQ(f["default"].as<std::string>(), "Test Council") << "who the update is from";
    }
  }
  EXPECT_EQ(filtered, 4) << "plan, promises, a status change's promise, an indicator";
  for (const auto& f : theirs["fields"]) EXPECT_FALSE(f["filters"]) << "the theme's form is kept";
}

// On a hub with organisations in Gaelic too: both kinds of collection, and each organisation's
// words among the site's.
TEST(EditorConfig, OrganisationsAndLanguagesTogether) {
  TempSite site;
  site.add_themes();
  site.write("content/site.yaml", kSiteWithGaelic);
  site.write("content/organisations/test-council.yaml", kCouncil);
  site.write("content/plans/test-plan.yaml",
             std::string("organisation: test-council\n") + TempSite::kPlanYaml);
  site.write("content/organisations/test-council.gd.yaml", "name: Comhairle\nshort_name: \"\"\n");
  EXPECT_EQ(errors_of(site), std::vector<std::string>{});
  YAML::Node config = YAML::Load(built_config(site));
  EXPECT_TRUE(collection_named(config, "updates-from-test-council"));
  YAML::Node words = collection_named(config, "site-in-gd");
  ASSERT_EQ(words["files"].size(), 2u);
  const YAML::Node& org = words["files"][1];
  EXPECT_EQ(org["file"].as<std::string>(), "content/organisations/test-council.gd.yaml");
  EXPECT_EQ(org["label"].as<std::string>(), "Test Council") << "it is translated";
  EXPECT_EQ(names_of(org["fields"]), (std::vector<std::string>{"name", "short_name"}));
}

TEST(EditorConfig, NewCollectionsGoAtTheEndOfTheListWhereverItIs) {
  Site site;
  site.config.languages.push_back({"gd", {}});
  site.plans.push_back(Plan{});
  site.plans.back().id = "p";
  site.plans.back().path = "content/plans/p.yaml";
  site.plans.back().title = "A plan";
  // The list indented or not, and a key after it: the result reads as one list, keys kept.
  for (const std::string& theme :
       {std::string("a: 1\ncollections:\n  - name: x\n    label: X\nlocale: en\n"),
        std::string("a: 1\ncollections:\n- name: x\n  label: X\n# the end\nlocale: en")}) {
    YAML::Node config = YAML::Load(editor_config(theme, site));
    ASSERT_EQ(config["collections"].size(), 3u) << editor_config(theme, site);
    EXPECT_EQ(config["collections"][1]["name"].as<std::string>(), "plans-in-gd");
    EXPECT_EQ(config["collections"][2]["name"].as<std::string>(), "site-in-gd");
    EXPECT_EQ(config["locale"].as<std::string>(), "en");
  }
  EXPECT_EQ(editor_config("collections: [{name: x}]\n", site), "collections: [{name: x}]\n")
      << "a list this cannot write into is left as it is";
  EXPECT_EQ(editor_config("collections:\n  - [oops\n", site), "collections:\n  - [oops\n");
}

// A theme whose editor has no `updates` collection has nothing to copy for an organisation.
TEST(EditorConfig, AThemeWithNoUpdatesCollectionGetsNoOrganisationCollections) {
  Site site;
  site.has_organisations = true;
  site.organisations.push_back(Organisation{});
  site.organisations.back().id = "council";
  site.plans.push_back(Plan{});
  site.plans.back().organisation = "council";
  const std::string theme = "collections:\n  - name: pages\n    folder: content/pages\n";
  EXPECT_EQ(editor_config(theme, site), theme);
}

// Every hint of the site loads with the editor: a long body's stops, between two words.
TEST(EditorConfig, ALongBodysHintStopsBetweenWords) {
  TempSite site;
  site.add_themes();
  site.write("content/site.yaml", kSiteWithGaelic);
  std::string body;
  while (body.size() < 5000) body += "Bha àm math aig a h-uile duine. ";
  site.write("content/updates/2024-06-30-brothers-and-sisters.md",
             std::string(TempSite::kUpdateMd) + body + "The last words.\n");
  YAML::Node config = YAML::Load(built_config(site));
  std::string hint =
      collection_named(config, "updates-in-gd")["files"][0]["fields"][2]["hint"].as<std::string>();
  EXPECT_LT(hint.size(), 2100u);
  EXPECT_EQ(hint.find("The last words."), std::string::npos);
  const std::string end = " … (the rest is in the English file)";
  ASSERT_GT(hint.size(), end.size());
  EXPECT_EQ(hint.substr(hint.size() - end.size()), end);
  std::string before = hint.substr(0, hint.size() - end.size());
  EXPECT_TRUE(before.back() != ' ' && before.substr(before.rfind(' ') + 1).size() < 12) << before;
}

TEST(EditorConfig, LanguagesAreNamedInEnglishAndInThemselves) {
  EXPECT_EQ(language_label("gd"), "Gaelic (Gàidhlig)");
  EXPECT_EQ(language_label("ar"), "Arabic (العربية)");
  EXPECT_EQ(language_label("sco"), "Scots");
  EXPECT_EQ(language_label("pt-BR"), "Portuguese (Português), pt-BR");
  EXPECT_EQ(language_label("xx"), "xx");
}

}  // namespace
}  // namespace promisehub
