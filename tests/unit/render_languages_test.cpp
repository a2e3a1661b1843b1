// The pieces of the pages in other languages: marks for text in the main language, a language's
// name and direction from ICU, and the site in another language.
#include <gtest/gtest.h>

#include "core/lang_marks.h"
#include "model/localize.h"
#include "render/language.h"
#include "support/temp_site.h"

namespace promisehub {
namespace {

using testing::TempSite;

TEST(LangMarks, TextGetsAnElementWithItsLanguage) {
  std::string html = "<p>" + mark_other_lang("Hello") + " agus</p>";
  EXPECT_EQ(write_lang_marks(html, "en-GB"), "<p><span lang=\"en-GB\">Hello</span> agus</p>");
  std::string block =
      std::string(1, kOtherLangStart) + kOtherLangBlock + "<p>A</p><p>B</p>" + kOtherLangEnd;
  EXPECT_EQ(write_lang_marks(block, "en-GB"), "<div lang=\"en-GB\"><p>A</p><p>B</p></div>");
  // On a right-to-left page, English keeps its own direction.
  EXPECT_EQ(write_lang_marks(html, "en-GB", "ltr"),
            "<p><span lang=\"en-GB\" dir=\"ltr\">Hello</span> agus</p>");
}

TEST(LangMarks, DroppedWhereNoElementMayGo) {
  std::string marked = mark_other_lang("Hello");
  std::string html = "<title>" + marked + " - Site</title><a title=\"" + marked + "\" href=\"/\">" +
                     marked + "</a><script>var s = '<" + marked + "';</script><svg><title>" +
                     marked + "</title></svg>";
  EXPECT_EQ(write_lang_marks(html, "en-GB"),
            "<title>Hello - Site</title><a title=\"Hello\" href=\"/\"><span "
            "lang=\"en-GB\">Hello</span></a><script>var s = '<Hello';</script><svg><title>Hello"
            "</title></svg>");
  EXPECT_EQ(write_lang_marks("<svg><text>3 " + marked + "</text></svg><p>" + marked + "</p>", "en"),
            "<svg><text>3 Hello</text></svg><p><span lang=\"en\">Hello</span></p>");
  EXPECT_EQ(strip_lang_marks(marked + " and " + marked), "Hello and Hello");
  EXPECT_EQ(mark_other_lang(""), "");
}

TEST(LangMarks, AMarkCutShortIsClosed) {
  std::string cut = std::string(1, kOtherLangStart) + "Hel";
  EXPECT_EQ(write_lang_marks("<p>" + cut, "en"), "<p><span lang=\"en\">Hel</span>");
}

TEST(RenderLanguage, NamesInThemselvesAndDirections) {
  SiteConfig config;
  config.language = "en-GB";
  config.languages = {{"gd", {}}, {"ar", {}}};
  auto languages = site_languages(config);
  ASSERT_EQ(languages.size(), 3u);
  EXPECT_EQ(languages[0].name, "English");
  EXPECT_TRUE(languages[0].main);
  EXPECT_EQ(languages[0].folder, "");
  EXPECT_EQ(languages[1].name, "Gàidhlig");
  EXPECT_EQ(languages[1].folder, "gd/");
  EXPECT_FALSE(languages[1].rtl);
  EXPECT_EQ(languages[2].name, "العربية");
  EXPECT_TRUE(languages[2].rtl);
  EXPECT_STREQ(languages[2].dir(), "rtl");
  for (const auto& l : languages) {
    EXPECT_EQ(l.main_code, "en-GB");
    EXPECT_TRUE(l.site_has_languages);
  }
  config.languages.clear();
  EXPECT_FALSE(site_languages(config).front().site_has_languages);
}

TEST(Localize, TranslationsReplaceTextsByIdAndTheRestIsMarked) {
  TempSite site;
  site.write("content/site.yaml", std::string(TempSite::kSiteYaml) + "languages: [gd]\n");
  site.write("content/plans/test-plan.gd.yaml",
             "title: Plana\ngroups:\n  - id: home\n    plain: Bidh dachaigh mhath agad.\n"
             "actions:\n  - id: \"1.2\"\n    plain: Bheir sinn sùil air gach dachaigh.\n");
  Diagnostics diags;
  auto loaded = site.load(diags);
  ASSERT_TRUE(loaded) << (diags.all().empty() ? "" : diags.all()[0].message);
  Site gd = localize_site(*loaded, "gd");
  const Plan& plan = gd.plans.at(0);
  EXPECT_EQ(plan.title, "Plana");
  EXPECT_EQ(plan.plain.value, mark_other_lang("What we promised you."));
  EXPECT_EQ(plan.groups.at(0).plain.value, "Bidh dachaigh mhath agad.");
  EXPECT_EQ(plan.groups.at(0).title, mark_other_lang("A Good Home"));
  const Action* translated = plan.find_action("1.2");
  ASSERT_NE(translated, nullptr);
  EXPECT_EQ(translated->plain.value, "Bheir sinn sùil air gach dachaigh.");
  // Ids, statuses and dates stay the original's.
  const Action* kept = plan.find_action("1.1");
  ASSERT_NE(kept, nullptr);
  EXPECT_EQ(kept->plain.value,
            mark_other_lang("We will help you live with your brothers and sisters."));
  EXPECT_EQ(kept->current_status, loaded->plans.at(0).find_action("1.1")->current_status);
  EXPECT_EQ(kept->group, "home");
  EXPECT_EQ(gd.updates.at(0).slug, loaded->updates.at(0).slug);
  EXPECT_EQ(gd.config.title, mark_other_lang("Test Hub"));
  // The site's main language is still the main language.
  EXPECT_EQ(gd.config.language, "en-GB");
}

}  // namespace
}  // namespace promisehub
