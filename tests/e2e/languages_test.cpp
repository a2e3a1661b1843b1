// Pages in every language (spec §12): the main language at the site's addresses, each other under
// /<lang>/, each page linking its versions, text without a translation marked with its language.
#include <gtest/gtest.h>

#include <regex>

#include <boost/filesystem.hpp>

#include "pipeline.h"
#include "support/temp_site.h"

namespace fs = boost::filesystem;

namespace promisehub {
namespace {

using testing::read_file;
using testing::TempSite;

class Languages : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    site_ = new TempSite();
    site_->add_themes();
    site_->write("content/site.yaml", std::string(TempSite::kSiteYaml) +
                                          "tagline: We keep our promises\nlanguages: [gd, ar]\n");
    site_->write("content/site.gd.yaml",
                 "title: Ionad Deuchainn\ntagline: Fàsaidh tu suas le gaol\n");
    site_->write("content/site.ar.yaml", "title: مركز الاختبار\n");
    site_->write(
        "content/plans/test-plan.gd.yaml",
        "title: Plana Deuchainn 2024\nactions:\n  - id: \"1.1\"\n"
        "    plain: Cuidichidh sinn thu fuireach le do bhràithrean is do pheathraichean.\n");
    site_->write("content/updates/2024-06-30-brothers-and-sisters.gd.md",
                 "---\ntitle: Bràithrean is peathraichean\n---\nRinn sinn e.\n");
    site_->write("content/pages/about.md", "---\ntitle: About us\n---\nWe are the council.\n");
    out_ = (fs::temp_directory_path() / fs::unique_path("promisehub-langs-%%%%-%%%%")).string();
    BuildOptions options;
    options.site_dir = site_->dir();
    options.out_dir = out_;
    options.now = Date{2026, 1, 1};
    options.search = false;
    Diagnostics diags;
    ok_ = build_site(options, diags).ok;
    for (const auto& d : diags.sorted()) messages_ += d.to_string() + "\n";
  }
  static void TearDownTestSuite() {
    boost::system::error_code ec;
    fs::remove_all(out_, ec);
    delete site_;
  }
  static std::string page(const std::string& path) { return read_file(out_ + "/" + path); }
  static std::vector<std::string> html_files() {
    std::vector<std::string> out;
    for (fs::recursive_directory_iterator it(out_), end; it != end; ++it)
      if (it->path().extension() == ".html")
        out.push_back(fs::relative(it->path(), out_).generic_string());
    // The web editor (admin/) is Decap's own page, in one language.
    out.erase(std::remove_if(out.begin(), out.end(),
                             [](const std::string& p) { return p.rfind("admin/", 0) == 0; }),
              out.end());
    std::sort(out.begin(), out.end());
    return out;
  }

  static inline TempSite* site_ = nullptr;
  static inline std::string out_, messages_;
  static inline bool ok_ = false;
};

TEST_F(Languages, EveryPageExistsInEveryLanguage) {
  ASSERT_TRUE(ok_) << messages_;
  std::size_t main_pages = 0;
  for (const auto& path : html_files()) {
    if (path.rfind("gd/", 0) == 0 || path.rfind("ar/", 0) == 0) continue;
    ++main_pages;
    EXPECT_TRUE(fs::exists(out_ + "/gd/" + path)) << path;
    EXPECT_TRUE(fs::exists(out_ + "/ar/" + path)) << path;
  }
  EXPECT_GE(main_pages, 10u);
  // A page with no translation at all is there too, in the main language, marked as such.
  std::string about = page("gd/about/index.html");
  EXPECT_NE(about.find("<h1><span lang=\"en-GB\">About us</span></h1>"), std::string::npos);
  EXPECT_NE(about.find("<div lang=\"en-GB\"><p>We are the council.</p>"), std::string::npos);
  EXPECT_NE(about.find("Tha cuid den duilleag seo sa Bheurla."), std::string::npos);
}

TEST_F(Languages, HtmlSaysItsLanguageAndDirection) {
  ASSERT_TRUE(ok_) << messages_;
  EXPECT_NE(page("index.html").find("<html lang=\"en-GB\" dir=\"ltr\">"), std::string::npos);
  EXPECT_NE(page("gd/index.html").find("<html lang=\"gd\" dir=\"ltr\">"), std::string::npos);
  EXPECT_NE(page("ar/index.html").find("<html lang=\"ar\" dir=\"rtl\">"), std::string::npos);
  EXPECT_NE(page("ar/plans/test-plan/1.1/index.html").find("<html lang=\"ar\" dir=\"rtl\">"),
            std::string::npos);
}

TEST_F(Languages, TranslatedTextsReplaceTheOriginalsAndTheRestIsMarked) {
  ASSERT_TRUE(ok_) << messages_;
  std::string translated = page("gd/plans/test-plan/1.1/index.html");
  EXPECT_NE(translated.find("Cuidichidh sinn thu fuireach le do bhràithrean"), std::string::npos);
  EXPECT_EQ(translated.find("We will help you live with your brothers and sisters."),
            std::string::npos);
  // Status and due date come from the original.
  EXPECT_NE(translated.find("data-status=\"done\""), std::string::npos);
  std::string fallback = page("gd/plans/test-plan/1.2/index.html");
  EXPECT_NE(fallback.find("<span lang=\"en-GB\">We will check every home is good.</span>"),
            std::string::npos);
  EXPECT_NE(fallback.find("class=\"language-note"), std::string::npos);
  // Said once per page.
  EXPECT_EQ(fallback.find("Tha cuid den duilleag seo"),
            fallback.rfind("Tha cuid den duilleag seo"));
  // The update's translated title and body; its plain sentence falls back.
  std::string update = page("gd/updates/2024-06-30-brothers-and-sisters/index.html");
  EXPECT_NE(update.find("Bràithrean is peathraichean"), std::string::npos);
  EXPECT_NE(update.find("<p>Rinn sinn e.</p>"), std::string::npos);
  EXPECT_EQ(update.find("Twelve"), std::string::npos);
  // The site's title in Gaelic; in Arabic with no tagline the English one, marked.
  EXPECT_NE(page("gd/index.html").find("Ionad Deuchainn"), std::string::npos);
  EXPECT_NE(page("ar/index.html").find("مركز الاختبار"), std::string::npos);
  EXPECT_NE(page("ar/index.html")
                .find("<p class=\"tagline\"><span lang=\"en-GB\" dir=\"ltr\">We keep our "
                      "promises</span></p>"),
            std::string::npos);
  // The main language's pages show no marks and no note.
  std::string main = page("plans/test-plan/1.2/index.html");
  EXPECT_EQ(main.find("<span lang="), std::string::npos);
  EXPECT_EQ(main.find("<div lang="), std::string::npos);
  EXPECT_EQ(main.find("language-note"), std::string::npos);
}

TEST_F(Languages, NoMarkLeftInAnyFile) {
  ASSERT_TRUE(ok_) << messages_;
  for (fs::recursive_directory_iterator it(out_), end; it != end; ++it) {
    if (!fs::is_regular_file(it->path())) continue;
    std::string bytes = read_file(it->path().string());
    for (char c : {'\x0B', '\x0E', '\x0F'})
      EXPECT_EQ(bytes.find(c), std::string::npos) << it->path();
  }
}

TEST_F(Languages, EveryPageLinksItsVersionsAndTheDefault) {
  ASSERT_TRUE(ok_) << messages_;
  std::size_t checked = 0;
  for (const auto& path : html_files()) {
    std::string rest = path;
    for (const char* folder : {"gd/", "ar/"})
      if (rest.rfind(folder, 0) == 0) rest = rest.substr(3);
    std::string address = rest == "index.html" ? "" : rest.substr(0, rest.size() - 10);
    if (rest == "404.html") address = rest;
    std::string html = page(path);
    for (const auto& [lang, folder] : std::vector<std::pair<std::string, std::string>>{
             {"en-GB", ""}, {"gd", "gd/"}, {"ar", "ar/"}, {"x-default", ""}})
      EXPECT_NE(html.find("<link rel=\"alternate\" hreflang=\"" + lang +
                          "\" href=\"https://hub.example.org/" + folder + address + "\">"),
                std::string::npos)
          << path << " " << lang;
    ++checked;
  }
  EXPECT_GE(checked, 30u);
}

TEST_F(Languages, TheSwitcherNamesEachLanguageInItself) {
  ASSERT_TRUE(ok_) << messages_;
  std::string html = page("gd/plans/test-plan/index.html");
  EXPECT_NE(html.find("<nav class=\"language-switcher\" aria-label=\"Cànanan\">"),
            std::string::npos);
  EXPECT_NE(html.find("<a href=\"/plans/test-plan/\" hreflang=\"en-GB\" lang=\"en-GB\" "
                      "dir=\"ltr\">English</a>"),
            std::string::npos)
      << html;
  EXPECT_NE(html.find("<a href=\"/gd/plans/test-plan/\" hreflang=\"gd\" lang=\"gd\" dir=\"ltr\" "
                      "aria-current=\"true\">Gàidhlig</a>"),
            std::string::npos);
  EXPECT_NE(html.find("<a href=\"/ar/plans/test-plan/\" hreflang=\"ar\" lang=\"ar\" "
                      "dir=\"rtl\">العربية</a>"),
            std::string::npos);
  // Links within a language stay in it; the theme's files are the site's own.
  EXPECT_NE(html.find("href=\"/gd/updates/\""), std::string::npos);
  EXPECT_NE(html.find("href=\"/assets/style."), std::string::npos);
  EXPECT_EQ(html.find("href=\"/gd/assets/"), std::string::npos);
}

TEST_F(Languages, FeedsPerLanguageAndOneSitemapWithAlternates) {
  ASSERT_TRUE(ok_) << messages_;
  std::string gd_feed = page("gd/feed.xml");
  EXPECT_NE(gd_feed.find("xml:lang=\"gd\""), std::string::npos);
  EXPECT_NE(gd_feed.find("<title>Bràithrean is peathraichean</title>"), std::string::npos);
  EXPECT_NE(gd_feed.find("https://hub.example.org/gd/updates/2024-06-30-brothers-and-sisters/"),
            std::string::npos);
  EXPECT_NE(page("ar/plans/test-plan/feed.xml").find("xml:lang=\"ar\""), std::string::npos);
  EXPECT_NE(page("feed.xml").find("xml:lang=\"en-GB\""), std::string::npos);
  EXPECT_FALSE(fs::exists(out_ + "/gd/sitemap.xml"));
  std::string sitemap = page("sitemap.xml");
  EXPECT_NE(sitemap.find("xmlns:xhtml=\"http://www.w3.org/1999/xhtml\""), std::string::npos);
  EXPECT_NE(sitemap.find("<loc>https://hub.example.org/gd/plans/test-plan/</loc>"),
            std::string::npos);
  EXPECT_NE(sitemap.find("<xhtml:link rel=\"alternate\" hreflang=\"ar\" "
                         "href=\"https://hub.example.org/ar/plans/test-plan/\"/>"),
            std::string::npos);
  EXPECT_NE(sitemap.find("<xhtml:link rel=\"alternate\" hreflang=\"x-default\" "
                         "href=\"https://hub.example.org/plans/test-plan/\"/>"),
            std::string::npos);
}

// A site without `languages:` gets none of it: no folders, no alternates, no switcher, no dir.
TEST(LanguagesNotListed, NothingChanges) {
  TempSite site;
  site.add_themes();
  std::string out =
      (fs::temp_directory_path() / fs::unique_path("promisehub-one-lang-%%%%-%%%%")).string();
  BuildOptions options;
  options.site_dir = site.dir();
  options.out_dir = out;
  options.now = Date{2026, 1, 1};
  options.search = false;
  Diagnostics diags;
  ASSERT_TRUE(build_site(options, diags).ok);
  EXPECT_FALSE(fs::exists(out + "/gd"));
  for (fs::recursive_directory_iterator it(out), end; it != end; ++it) {
    if (it->path().extension() != ".html" && it->path().extension() != ".xml") continue;
    std::string bytes = read_file(it->path().string());
    EXPECT_EQ(bytes.find("hreflang"), std::string::npos) << it->path();
    EXPECT_EQ(bytes.find("language-switcher"), std::string::npos) << it->path();
    EXPECT_EQ(bytes.find(" dir=\""), std::string::npos) << it->path();
    EXPECT_EQ(bytes.find("xmlns:xhtml"), std::string::npos) << it->path();
  }
  EXPECT_NE(read_file(out + "/index.html").find("<html lang=\"en-GB\">"), std::string::npos);
  boost::system::error_code ec;
  fs::remove_all(out, ec);
}

}  // namespace
}  // namespace promisehub
