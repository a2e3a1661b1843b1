// Pictures from other sites (`![x](https://tracker.example/pixel.gif)`, raw <img src=https://…>)
// make readers' browsers ask that site for them, telling it who reads the page: pages promise no
// third-party requests. They are left out of pages and feeds (where Markdown becomes HTML) and
// reported at file:line:col by build, check and serve, unless `allow_external_images` allows
// them. Before this, they were published and `check --strict` was silent.
#include <gtest/gtest.h>

#include "core/text.h"
#include "hostile/process.h"
#include "model/site.h"
#include "render/markdown.h"
#include "render/raw_html.h"
#include "support/temp_site.h"

namespace promisehub {
namespace {

using testing::TempSite;

std::string md(const std::string& text, bool allow_html = false, ImageRule images = {}) {
  MarkdownOptions o;
  o.allow_html = allow_html;
  o.images = std::move(images);
  return render_markdown(text, o);
}

std::vector<std::string> found(const std::string& text, bool allow_html = false) {
  MarkdownOptions o;
  o.allow_html = allow_html;
  o.images.hosts = {"hub.example.org"};
  std::vector<std::string> out;
  for (const auto& i : external_images(text, o))
    out.push_back(std::to_string(i.line) + ":" + std::to_string(i.column) + " " + i.url);
  return out;
}

TEST(ExternalImages, TheHostIsReadAsABrowserReadsIt) {
  EXPECT_EQ(other_site_of("https://Tracker.Example./p.gif"), "tracker.example");
  EXPECT_EQ(other_site_of("//cdn.example.net/a.png"), "cdn.example.net");
  EXPECT_EQ(other_site_of("/\\evil.example/a.gif"), "evil.example") << "browsers read /\\ as //";
  EXPECT_EQ(other_site_of("\\\\evil.example/a.gif"), "evil.example");
  EXPECT_EQ(other_site_of("https:////user:pw@%65vil.example:8443/x"), "evil.example");
  EXPECT_EQ(other_site_of("http://[::1]:80/x"), "[::1]");
  EXPECT_EQ(other_site_of(" h\tttps://a.example/"), "a.example");
  EXPECT_EQ(other_site_of("/static/a.png"), std::nullopt);
  EXPECT_EQ(other_site_of("static/a.png"), std::nullopt);
  EXPECT_EQ(other_site_of("mailto:a@b.example"), std::nullopt);
}

TEST(ExternalImages, MarkdownPicturesFromOtherSitesAreLeftOut) {
  EXPECT_EQ(md("a ![x](https://tracker.example/pixel.gif) b"), "<p>a  b</p>\n");
  EXPECT_EQ(md("![r][p]\n\n[p]: //cdn.example.net/p.gif"), "<p></p>\n");
  EXPECT_EQ(md("![x](/\\evil.example/p.gif)"), "<p></p>\n") << "browsers read /\\ as //";
  EXPECT_EQ(md("[![x](https://t.example/p.gif)](https://ok.example/)"),
            "<p><a href=\"https://ok.example/\"></a></p>\n");
  EXPECT_EQ(md("![ok](/static/files/a.png)"),
            "<p><img src=\"/static/files/a.png\" alt=\"ok\" /></p>\n");
  EXPECT_EQ(md("a [link](https://other.example/) stays"),
            "<p>a <a href=\"https://other.example/\">link</a> stays</p>\n");
}

TEST(ExternalImages, TheSiteCanAllowSomeHostsOrAll) {
  ImageRule some;
  some.hosts = {"images.example.org"};
  EXPECT_EQ(md("![x](https://images.example.org/a.png)", false, some),
            "<p><img src=\"https://images.example.org/a.png\" alt=\"x\" /></p>\n");
  EXPECT_EQ(md("![x](https://tracker.example/a.png)", false, some), "<p></p>\n");
  ImageRule all;
  all.any_site = true;
  EXPECT_EQ(md("![x](https://tracker.example/a.png)", false, all),
            "<p><img src=\"https://tracker.example/a.png\" alt=\"x\" /></p>\n");
}

TEST(ExternalImages, RawHtmlLosesOnlyTheTagsThatFetchFromOtherSites) {
  EXPECT_EQ(md("<p class=\"x\">Raw <img src=\"https://t.example/p.gif\" alt=\"\"> and <b>b</b></p>",
               true),
            "<p class=\"x\">Raw  and <b>b</b></p>\n");
  EXPECT_EQ(md("<picture>\n<source srcset=\"/a.webp 1x, https://t.example/a.webp 2x\">\n"
               "<img src=\"/a.png\" alt=\"kept\">\n</picture>",
               true),
            "<picture>\n\n<img src=\"/a.png\" alt=\"kept\">\n</picture>\n");
  EXPECT_EQ(md("x <img src=&#x2F;&#x2F;evil.example/x.gif> y", true), "<p>x  y</p>\n");
  EXPECT_EQ(md("<video poster=\"https://t.example/p.jpg\" src=\"/v.mp4\"></video>", true),
            "<p></video></p>\n");
  EXPECT_EQ(md("<table background=\"https://t.example/b.gif\"><tr><td>x</td></tr></table>", true),
            "<tr><td>x</td></tr></table>\n");
  EXPECT_EQ(md("<a href=\"/help/\" ping=\"https://t.example/hit\">help</a>", true),
            "<p>help</a></p>\n");
  EXPECT_EQ(md("<img src=\"/static/a.png\" alt=\"ours\">", true),
            "<img src=\"/static/a.png\" alt=\"ours\">\n");
}

TEST(ExternalImages, EachIsFoundAtItsLineAndColumnInCharacters) {
  EXPECT_EQ(found("Café ![x](https://t.example/p.gif)\n\nok ![y](/a.png)\n"
                  "own ![z](https://hub.example.org/b.png)"),
            (std::vector<std::string>{"1:6 https://t.example/p.gif"}));
  EXPECT_EQ(found("<p>\n  <img src=\"https://t.example/p.gif\">\n</p>", true),
            (std::vector<std::string>{"2:13 https://t.example/p.gif"}));
  EXPECT_EQ(found("<img src=\"https://t.example/p.gif\">"), std::vector<std::string>{})
      << "raw HTML is left out whole when allow_html is off";
  EXPECT_EQ(found("no pictures, only a [link](https://other.example/)"),
            std::vector<std::string>{});
}

TEST(ExternalImages, BuildAndCheckWarnAtTheFileAndLeaveThemOutOfPagesAndFeeds) {
  TempSite site;
  site.add_themes();
  site.write("content/updates/2024-06-30-brothers-and-sisters.md",
             std::string(TempSite::kUpdateMd) +
                 "\nThe camp ![pixel](https://tracker.example/pixel.gif) was fun.\n");
  auto messages = site.messages();
  ASSERT_EQ(messages.size(), 1u) << join(messages, "\n");
  EXPECT_NE(messages[0].find("content/updates/2024-06-30-brothers-and-sisters.md:12:10: warning: "
                             "a picture from another site (tracker.example) in this update is "
                             "left out of the site"),
            std::string::npos)
      << messages[0];
  EXPECT_NE(messages[0].find("allow_external_images: [tracker.example]"), std::string::npos);

  auto run = [&](std::vector<std::string> args) {
    args.insert(args.end(), {"--site", site.dir(), "--now", "2026-01-01"});
    return hostile::ChildProcess(PROMISEHUB_BINARY, args, site.dir() + "/run").wait(60);
  };
  auto strict = run({"check", "--strict"});
  EXPECT_EQ(strict.exit_code, 1) << strict.err;
  EXPECT_NE(strict.err.find(":12:10: warning: a picture from another site"), std::string::npos);
  auto build = run({"build"});
  EXPECT_EQ(build.exit_code, 0) << build.err;
  EXPECT_NE(build.err.find(":12:10: warning: a picture from another site"), std::string::npos);
  for (const char* file : {"/public/updates/2024-06-30-brothers-and-sisters/index.html",
                           "/public/feed.xml", "/public/plans/test-plan/feed.xml"}) {
    std::string out = testing::read_file(site.dir() + file);
    EXPECT_NE(out.find("The camp"), std::string::npos) << file;
    EXPECT_EQ(out.find("tracker.example"), std::string::npos) << file;
  }
}

TEST(ExternalImages, SiteYamlListsAllowedHostsByName) {
  TempSite site;
  site.write("content/site.yaml",
             std::string(TempSite::kSiteYaml) +
                 "allow_external_images: [images.example.org, \"https://cdn.example.net/\"]\n");
  site.write("content/pages/about.md",
             "---\ntitle: About\n---\n![a](https://images.example.org/a.png)\n");
  auto messages = site.messages();
  ASSERT_EQ(messages.size(), 1u) << join(messages, "\n");
  EXPECT_NE(messages[0].find("content/site.yaml:10:45: error: `https://cdn.example.net/` in "
                             "`allow_external_images` should be a host name"),
            std::string::npos)
      << messages[0];
  site.write("content/site.yaml",
             std::string(TempSite::kSiteYaml) + "allow_external_images: true\n");
  site.write("content/pages/about.md",
             "---\ntitle: About\n---\n![a](https://anywhere.example/a.png)\n");
  EXPECT_TRUE(site.messages().empty()) << join(site.messages(), "\n");
}

}  // namespace
}  // namespace promisehub
