// End to end: build the example content into a temporary folder and check what readers get.
#include <gtest/gtest.h>

#include <regex>
#include <set>
#include <sstream>

#include <boost/filesystem.hpp>
#include <boost/property_tree/ptree.hpp>
#include <boost/property_tree/xml_parser.hpp>

#include "core/text.h"
#include "model/derive.h"
#include "pipeline.h"
#include "support/temp_site.h"

namespace fs = boost::filesystem;

namespace promisehub {
namespace {

using testing::read_file;

class ExampleSite : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    out_ = (fs::temp_directory_path() / fs::unique_path("promisehub-example-%%%%-%%%%")).string();
    options_.site_dir = PROMISEHUB_SOURCE_DIR;
    options_.out_dir = out_;
    options_.now = Date{2026, 11, 23};
    Diagnostics diags;
    report_ = build_site(options_, diags);
    for (const auto& d : diags.sorted()) diagnostics_ += d.to_string() + "\n";
    Diagnostics d2;
    site_ = load_site(options_, d2);
  }
  static void TearDownTestSuite() {
    boost::system::error_code ec;
    fs::remove_all(out_, ec);
  }
  static std::string page(const std::string& path) { return read_file(out_ + "/" + path); }

  static inline std::string out_, diagnostics_;
  static inline BuildOptions options_;
  static inline BuildReport report_;
  static inline std::optional<Site> site_;
};

TEST_F(ExampleSite, BuildsWithoutErrors) {
  ASSERT_TRUE(report_.ok) << diagnostics_;
  EXPECT_EQ(diagnostics_.find("error:"), std::string::npos) << diagnostics_;
  ASSERT_TRUE(site_);
  EXPECT_GE(site_->plans.at(0).actions.size(), 25u);
  EXPECT_GE(site_->updates.size(), 6u);
  EXPECT_GE(site_->glossary.size(), 15u);
}

TEST_F(ExampleSite, OnePagePerActionWithItsCurrentStatus) {
  ASSERT_TRUE(site_);
  for (const auto& plan : site_->plans) {
    for (const auto& a : plan.actions) {
      std::string html = page("plans/" + plan.id + "/" + a.id + "/index.html");
      ASSERT_FALSE(html.empty()) << "no page for action " << a.id;
      std::regex current("<strong class=\"tag[^\"]*\" data-status=\"([a-z-]+)\" data-current>");
      std::smatch m;
      ASSERT_TRUE(std::regex_search(html, m, current)) << a.id;
      EXPECT_EQ(m[1].str(), status_key(a.current_status)) << a.id;
      EXPECT_NE(html.find(escape_html(a.plain.value)), std::string::npos) << a.id;
      EXPECT_NE(html.find("<details class=\"official\">"), std::string::npos);
    }
  }
}

TEST_F(ExampleSite, PlanCountsMatchTheContent) {
  ASSERT_TRUE(site_);
  const Plan& plan = site_->plans.at(0);
  std::vector<const Action*> all;
  for (const auto& a : plan.actions) all.push_back(&a);
  auto counts = count_statuses(all);
  std::string html = page("plans/" + plan.id + "/index.html");
  // The plan opens with its promises; the counts are in the progress table after them.
  ASSERT_NE(html.find("class=\"progress-table\""), std::string::npos);
  const std::string table = html.substr(html.find("class=\"progress-table\""));
  for (Status status : kAllStatuses) {
    const std::string& key = status_key(status);
    int n = counts[index_of(status)];
    std::regex row("data-status=\"" + key +
                   "\">[\\s\\S]*?</strong></td><td class=\"num\">([0-9]+)</td>");
    std::smatch m;
    ASSERT_TRUE(std::regex_search(table, m, row)) << key;
    EXPECT_EQ(std::stoi(m[1].str()), n) << key;
    // The static filter page lists exactly those promises.
    std::string filter = page("plans/" + plan.id + "/status/" + key + "/index.html");
    std::size_t cards = 0;
    for (std::size_t p = filter.find("class=\"card action-card\""); p != std::string::npos;
         p = filter.find("class=\"card action-card\"", p + 1))
      ++cards;
    EXPECT_EQ(cards, static_cast<std::size_t>(n)) << key;
  }
  // The progress chart's text alternative carries the same total.
  EXPECT_NE(html.find(std::to_string(plan.actions.size()) + " promises"), std::string::npos);
}

TEST_F(ExampleSite, EveryInternalLinkResolvesToAWrittenFile) {
  std::regex attr("(?:href|src)=\"(/[^\"#?]*)");
  std::size_t checked = 0;
  for (fs::recursive_directory_iterator it(out_), end; it != end; ++it) {
    if (it->path().extension() != ".html") continue;
    std::string html = read_file(it->path().string());
    for (std::sregex_iterator m(html.begin(), html.end(), attr), e; m != e; ++m) {
      std::string target = (*m)[1].str();
      if (starts_with(target, "/pagefind/") || starts_with(target, "/__promisehub/"))
        continue;  // added after build / by serve
      std::string file = out_ + target + (target.back() == '/' ? "index.html" : "");
      EXPECT_TRUE(fs::exists(file)) << it->path().string() << " links to " << target;
      ++checked;
    }
  }
  EXPECT_GT(checked, 1000u);
}

TEST_F(ExampleSite, FeedsAndSitemapAreXml) {
  namespace pt = boost::property_tree;
  for (const std::string file : {"feed.xml", "sitemap.xml", "plans/midlothian-2021-24/feed.xml"}) {
    std::istringstream in(page(file));
    pt::ptree tree;
    EXPECT_NO_THROW(pt::read_xml(in, tree)) << file;
  }
  std::istringstream feed(page("feed.xml"));
  pt::ptree tree;
  pt::read_xml(feed, tree);
  std::size_t entries = 0;
  for (const auto& child : tree.get_child("feed"))
    if (child.first == "entry") ++entries;
  EXPECT_EQ(entries, site_->updates.size());
  std::string sitemap = page("sitemap.xml");
  EXPECT_NE(sitemap.find("<loc>https://promise.example.org/plans/midlothian-2021-24/1.1/</loc>"),
            std::string::npos);
  EXPECT_EQ(sitemap.find("404"), std::string::npos);
  EXPECT_NE(page("robots.txt").find("Sitemap: https://promise.example.org/sitemap.xml"),
            std::string::npos);
}

TEST_F(ExampleSite, EveryPageHasLanguageTitleCanonicalAndSharingTags) {
  // The example is published in Gaelic and Arabic too (spec §12): the same pages under /gd/, /ar/.
  // Each in its own language, the quick exit and "Need help now?" included (the theme's words).
  struct Expected {
    std::string path, html_tag, leave, help_now;
  };
  std::vector<Expected> pages;
  for (const std::string p : {"index.html", "updates/index.html", "glossary/index.html",
                              "help/index.html", "what-to-expect/index.html",
                              "plans/midlothian-2021-24/indicators/index.html", "404.html"}) {
    pages.push_back(
        {p, "<html lang=\"en-GB\" dir=\"ltr\">", "Leave this site", "Need help now?"});
    pages.push_back({"gd/" + p, "<html lang=\"gd\" dir=\"ltr\">", "Fàg an làrach seo",
                     "Feum air cuideachadh an-dràsta?"});
    pages.push_back({"ar/" + p, "<html lang=\"ar\" dir=\"rtl\">", "غادر هذا الموقع",
                     "هل تحتاج إلى مساعدة الآن؟"});
  }
  for (const auto& [p, html_tag, leave, help_now] : pages) {
    std::string html = page(p);
    ASSERT_FALSE(html.empty()) << p;
    EXPECT_NE(html.find(html_tag), std::string::npos) << p;
    EXPECT_NE(html.find("<link rel=\"canonical\" href=\"https://promise.example.org/"),
              std::string::npos)
        << p;
    EXPECT_NE(html.find("<meta property=\"og:title\""), std::string::npos) << p;
    EXPECT_EQ(std::count(html.begin(), html.end(), '\0'), 0) << p;
    std::size_t h1 = 0;
    for (std::size_t f = html.find("<h1"); f != std::string::npos; f = html.find("<h1", f + 1))
      ++h1;
    EXPECT_EQ(h1, 1u) << p;
    EXPECT_NE(html.find(leave), std::string::npos) << p;
    EXPECT_NE(html.find(help_now), std::string::npos) << p;
  }
}

TEST_F(ExampleSite, MarkdownExtensionsRender) {
  std::string all;
  for (const auto& u : site_->updates) all += page("updates/" + u.slug + "/index.html");
  EXPECT_NE(all.find("<table>"), std::string::npos) << "GFM tables";
  EXPECT_NE(all.find("data-footnotes"), std::string::npos) << "footnotes";
  // A list in an update's body (the layout has lists of its own, so look for the item's words).
  EXPECT_NE(
      page("updates/2022-12-14-family-group-decision-making/index.html").find("<li>We set up "),
      std::string::npos)
      << "a Markdown list in an update";
}

TEST_F(ExampleSite, GlossaryTermsAreExplainedWhereTheyStand) {
  std::string glossary = page("glossary/index.html");
  for (const auto& e : site_->glossary) {
    EXPECT_NE(glossary.find("id=\"" + e.slug + "\""), std::string::npos) << e.term.value;
  }
  std::string all;
  for (const auto& u : site_->updates) all += page("updates/" + u.slug + "/index.html");
  EXPECT_NE(all.find("<abbr title=\""), std::string::npos);
  EXPECT_NE(all.find("<a class=\"term\" href=\"/glossary/#"), std::string::npos);
  // Never inside headings.
  std::regex abbr_in_heading("<h[1-6][^>]*>[^<]*(<[^/h][^>]*>[^<]*)*<abbr");
  EXPECT_FALSE(std::regex_search(all, abbr_in_heading));
}

}  // namespace
}  // namespace promisehub
