// The theme's words (issue 14): i18n/<lang>.yaml read with ICU, plurals and dates by CLDR's
// rules, problems at file:line:col, and a Gaelic site with no English theme word on it.
#include <gtest/gtest.h>

#include <regex>
#include <set>
#include <string>

#include <unicode/plurrule.h>

#include "core/text.h"
#include "i18n/catalog_loader.h"
#include "pipeline.h"
#include "support/temp_site.h"

namespace promisehub {
namespace {

using testing::any_message_has;
using testing::read_file;
using testing::TempSite;

const std::string kI18n = std::string(PROMISEHUB_SOURCE_DIR) + "/themes/promise/i18n/";

CatalogSource shipped(const std::string& lang) {
  return {"themes/promise/i18n/" + lang + ".yaml", read_file(kI18n + lang + ".yaml")};
}

Catalog shipped_catalog(const std::string& lang, Diagnostics& diags) {
  std::vector<CatalogSource> english{shipped("en")};
  std::optional<CatalogSource> own;
  if (lang != "en") own = shipped(lang);
  auto c = make_catalog(lang, english, own, diags);
  if (!c) ADD_FAILURE() << "no catalog for " << lang;
  return c ? *c : *make_catalog("en", english, std::nullopt, diags);
}

std::vector<std::string> messages(const Diagnostics& diags) {
  std::vector<std::string> out;
  for (const auto& d : diags.sorted()) out.push_back(d.to_string());
  return out;
}

TEST(Catalog, TheShippedLanguagesHaveEveryEnglishKeyAndEveryPatternParses) {
  for (const std::string lang : {"en", "gd", "ar"}) {
    Diagnostics diags;
    Catalog c = shipped_catalog(lang, diags);
    EXPECT_EQ(diags.error_count() + diags.warning_count(), 0u) << lang << ":\n"
                                                               << join(messages(diags), "\n");
    EXPECT_GT(c.entries().size(), 40u);
  }
}

TEST(Catalog, TheProgramsEnglishIsTheThemesEnglish) {
  EXPECT_EQ(std::string(builtin_english()), read_file(kI18n + "en.yaml"));
}

// The form ICU's plural rules choose for `n` in `locale`: the truth the catalog must follow.
std::string icu_form(const char* locale, double n) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::PluralRules> rules(icu::PluralRules::forLocale(icu::Locale(locale), status));
  std::string out;
  rules->select(n).toUTF8String(out);
  return out;
}

Catalog forms_catalog(const std::string& lang, Diagnostics& diags) {
  const std::string en = "test:\n  forms: \"{n, plural, one {one} other {other}}\"\n";
  const std::string own =
      "test:\n  forms: \"{n, plural, zero {zero} one {one} two {two} few {few} many {many} "
      "other {other}}\"\n";
  return *make_catalog(lang, {{"en.yaml", en}}, CatalogSource{lang + ".yaml", own}, diags);
}

TEST(Catalog, GaelicHasFourPluralFormsByIcusRules) {
  Diagnostics diags;
  Catalog gd = forms_catalog("gd", diags);
  const std::map<int, std::string> expected{
      {1, "one"}, {2, "two"}, {3, "few"}, {11, "one"}, {20, "other"}};
  for (const auto& [n, form] : expected) {
    EXPECT_EQ(icu_form("gd", n), form) << n;
    EXPECT_EQ(gd.format("test.forms", {{"n", n}}), form) << n;
  }
  // The shipped words use them: "2 ghealladh", "3 gealltanasan", "20 gealladh".
  Catalog shipped = shipped_catalog("gd", diags);
  EXPECT_EQ(shipped.format("progress.summary_none", {{"count", 1}}), "1 gealladh.");
  EXPECT_EQ(shipped.format("progress.summary_none", {{"count", 2}}), "2 ghealladh.");
  EXPECT_EQ(shipped.format("progress.summary_none", {{"count", 3}}), "3 gealltanasan.");
  EXPECT_EQ(shipped.format("progress.summary_none", {{"count", 11}}), "11 gealladh.");
  EXPECT_EQ(shipped.format("progress.summary_none", {{"count", 20}}), "20 gealladh.");
}

TEST(Catalog, ArabicHasSixPluralFormsByIcusRules) {
  Diagnostics diags;
  Catalog ar = forms_catalog("ar", diags);
  const std::map<int, std::string> expected{{0, "zero"}, {1, "one"},   {2, "two"},
                                            {3, "few"},  {11, "many"}, {100, "other"}};
  for (const auto& [n, form] : expected) {
    EXPECT_EQ(icu_form("ar", n), form) << n;
    EXPECT_EQ(ar.format("test.forms", {{"n", n}}), form) << n;
  }
  Catalog shipped = shipped_catalog("ar", diags);
  EXPECT_EQ(shipped.format("progress.summary_none", {{"count", 2}}), "وعدان.");
  // Arabic-Indic digits, from ICU's number format for Arabic.
  EXPECT_EQ(shipped.format("progress.summary_none", {{"count", 3}}), "٣ وعود.");
}

TEST(Catalog, EnglishCountsReadAsBefore) {
  Diagnostics diags;
  Catalog en = shipped_catalog("en", diags);
  EXPECT_EQ(en.format("progress.summary_none", {{"count", 1}}), "1 promise.");
  EXPECT_EQ(en.format("progress.summary", {{"count", 5}, {"list", en.list({"2 done", "3 x"})}}),
            "5 promises: 2 done and 3 x.");
  EXPECT_EQ(en.list({"a", "b", "c"}), "a, b and c");
  EXPECT_EQ(en.format("progress.late_some", {{"late", 1}, {"count", 4}}),
            "1 of these 4 promises is taking longer than planned.");
  EXPECT_EQ(en.format("progress.late_all", {{"count", 1}}),
            "This promise is taking longer than planned.");
}

TEST(Catalog, DatesAreInWordsFromIcusData) {
  Diagnostics diags;
  Catalog en = shipped_catalog("en", diags);
  EXPECT_EQ(en.date({2025, 6, 1}), "1 June 2025");
  EXPECT_EQ(en.date({2025, 6, 0}), "June 2025");
  EXPECT_EQ(en.date({2025, 0, 0}), "2025");
  Catalog gd = shipped_catalog("gd", diags);
  EXPECT_EQ(gd.date({2025, 6, 1}), "1mh dhen Ògmhios 2025");
  EXPECT_EQ(gd.date({2025, 6, 0}), "An t-Ògmhios 2025");
  Catalog ar = shipped_catalog("ar", diags);
  EXPECT_EQ(ar.date({2025, 6, 1}), "١ يونيو ٢٠٢٥");
}

TEST(Catalog, AnUnknownKeyIsAnErrorWhereItIsWrittenWithTheNearestKey) {
  Diagnostics diags;
  auto c = make_catalog("gd", {{"en.yaml", "layout:\n  leave: Leave this site\n"}},
                        CatalogSource{"gd.yaml", "layout:\n  leaev: Fàg an làrach seo\n"}, diags);
  EXPECT_FALSE(c);
  // The text it meant to give is missing too, and the English would be shown.
  EXPECT_EQ(messages(diags),
            (std::vector<std::string>{
                "gd.yaml:1:1: warning: `layout.leave` has no gd text, so the English is shown — "
                "add `leave:` with the words in gd (en.yaml:2:10 has the English)",
                "gd.yaml:2:3: error: unknown key `layout.leaev` in the theme's words — did you "
                "mean `layout.leave`?"}));
}

TEST(Catalog, ABadPatternIsAnErrorAtItsColumn) {
  Diagnostics diags;
  auto c = make_catalog(
      "en",
      {{"en.yaml", "count:\n  promises: \"{count, plural, one {# promise} other {# promises}\"\n"}},
      std::nullopt, diags);
  EXPECT_FALSE(c);
  auto m = messages(diags);
  ASSERT_EQ(m.size(), 1u);
  EXPECT_TRUE(starts_with(m[0], "en.yaml:2:13: error: the text of `count.promises`")) << m[0];
  EXPECT_NE(m[0].find("'{'"), std::string::npos) << m[0];
}

TEST(Catalog, APluralWithoutOtherIsAnError) {
  Diagnostics diags;
  auto c = make_catalog("en", {{"en.yaml", "a:\n  b: \"{n, plural, one {# x}}\"\n"}}, std::nullopt,
                        diags);
  EXPECT_FALSE(c);
  EXPECT_TRUE(starts_with(join(messages(diags), "\n"), "en.yaml:2:6: error: the text of `a.b`"))
      << join(messages(diags), "\n");
}

TEST(Catalog, ATranslationMayNotAskForAValueItIsNotGiven) {
  Diagnostics diags;
  auto c = make_catalog("gd", {{"en.yaml", "a:\n  b: \"Published by {organisation}.\"\n"}},
                        CatalogSource{"gd.yaml", "a:\n  b: \"Le {buidheann}.\"\n"}, diags);
  EXPECT_FALSE(c);
  EXPECT_TRUE(any_message_has(messages(diags),
                              {"gd.yaml:2:6: error:", "{buidheann}", "it can use: {organisation}"}))
      << join(messages(diags), "\n");
}

TEST(Catalog, AMissingTranslationIsAWarningAndTheEnglishIsShown) {
  Diagnostics diags;
  auto c = make_catalog("gd", {{"en.yaml", "layout:\n  leave: Leave\n  search: Search\n"}},
                        CatalogSource{"gd.yaml", "# Gàidhlig\nlayout:\n  leave: Fàg\n"}, diags);
  ASSERT_TRUE(c);
  EXPECT_EQ(c->text("layout.search"), "Search");
  EXPECT_EQ(c->text("layout.leave"), "Fàg");
  EXPECT_EQ(messages(diags),
            (std::vector<std::string>{"gd.yaml:2:1: warning: `layout.search` has no gd text, so "
                                      "the English is shown — add `search:` with the words in gd "
                                      "(en.yaml:3:11 has the English)"}));
}

// ---- A Gaelic site -----------------------------------------------------------------------------

const char* const kGaelicSite = R"(title: Cumail a' Ghealladh
base_url: https://hub.example.org/
language: gd
organisation: Comhairle na Sgìre
reading_age: 9
help:
  - name: Childline
    phone: "0800 1111"
    url: https://www.childline.org.uk/
    text: Cuideachadh an-asgaidh.
)";

const char* const kGaelicPlan = R"(title: Am Plana Againn
plain: Na gheall sinn dhut.
period: { from: 2021-01, to: 2024-12 }
groups:
  - id: dachaigh
    title: Dachaigh Mhath
    plain: Bidh dachaigh mhath agad.
actions:
  - id: "1.1"
    group: dachaigh
    title: Cumaidh sinn bràithrean is peathraichean còmhla.
    plain: Cuidichidh sinn thu a bhith beò còmhla ri do bhràithrean.
    due: 2024-12
    status: underway
  - id: "1.2"
    group: dachaigh
    title: Coimheadaidh sinn air gach dachaigh.
    plain: Nì sinn cinnteach gu bheil gach dachaigh math.
    due: 2030-06
    status: not-started
)";

const char* const kGaelicUpdate = R"(---
title: Bràithrean is peathraichean
plain: Tha barrachd chloinne còmhla a-nis.
date: 2024-06-30
plan: test-plan
actions: ["1.1"]
status:
  "1.1": done
---
Rinn sinn e. Ghluais **dusan** leanabh dhachaigh còmhla.[^1]

[^1]: Bho na figearan againn.
)";

// Each English text of the theme that Gaelic says otherwise, whole, as a page would show it.
std::vector<std::string> english_only_texts() {
  Diagnostics diags;
  Catalog en = shipped_catalog("en", diags), gd = shipped_catalog("gd", diags);
  std::vector<std::string> out;
  for (const auto& [key, entry] : en.entries()) {
    const Message& m = entry.message;
    if (!m.args.empty() || m.plain == gd.entries().at(key).message.plain) continue;
    // The words of the text without its markup, as they appear between tags.
    std::string words = std::regex_replace(m.plain, std::regex("<[^>]*>"), "\n");
    const std::string& own = gd.entries().at(key).message.plain;
    for (const auto& piece : split(words, '\n')) {
      std::string w = trim(piece);
      // "Shift" and "999" are the same in both: only English words count.
      if (w.size() > 2 && own.find(w) == std::string::npos) out.push_back(escape_html(w));
    }
  }
  return out;
}

TEST(Catalog, AGaelicSiteHasNoEnglishThemeWordOnItsPages) {
  TempSite site;
  site.add_themes();
  site.write("content/site.yaml", kGaelicSite);
  site.write("content/plans/test-plan.yaml", kGaelicPlan);
  site.write("content/updates/2024-06-30-brothers-and-sisters.md", kGaelicUpdate);
  Diagnostics diags;
  auto loaded = site.load(diags, "2026-01-01");
  ASSERT_TRUE(loaded) << join(site.messages(), "\n");
  BuildOptions options;
  options.site_dir = site.dir();
  options.now = parse_date("2026-01-01");
  auto pages = render_site(*loaded, options, diags);
  ASSERT_TRUE(pages) << join(messages(diags), "\n");
  std::map<std::string, std::string> html;
  for (const auto& f : pages->files) html[f.path] = f.content();
  const std::vector<std::string> english = english_only_texts();
  ASSERT_GT(english.size(), 40u);
  for (const char* page :
       {"index.html", "plans/test-plan/index.html", "plans/test-plan/1.1/index.html",
        "updates/2024-06-30-brothers-and-sisters/index.html", "help/index.html", "404.html"}) {
    ASSERT_TRUE(html.count(page)) << page;
    const std::string& page_html = html[page];
    EXPECT_NE(page_html.find("lang=\"gd\""), std::string::npos) << page;
    // What a reader sees or hears: the text between tags, and the attributes that are read out
    // or shown (aria-label, title, placeholder, the words site.js takes from data-*).
    std::string text = std::regex_replace(page_html, std::regex("<[^>]*>"), "\n");
    static const std::regex read_out("(aria-label|title|placeholder|data-[a-z-]+)=\"([^\"]*)\"");
    for (std::sregex_iterator it(page_html.begin(), page_html.end(), read_out), end; it != end;
         ++it)
      text += "\n" + (*it)[2].str();
    for (const auto& words : english) {
      // Whole words only: "Done" is English, "Donell" would not be.
      std::regex whole("(^|[^A-Za-z])" +
                       std::regex_replace(words, std::regex(R"([.^$|()\[\]{}*+?\\])"), R"(\$&)") +
                       "($|[^A-Za-z])");
      EXPECT_FALSE(std::regex_search(text, whole)) << page << " shows \"" << words << "\"";
    }
  }
}

}  // namespace
}  // namespace promisehub
