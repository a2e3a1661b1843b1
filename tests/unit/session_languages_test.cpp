// `serve` with languages: an edit to a translation, or to an original that other languages show,
// renders their pages again, and the result is what a fresh build gives.
#include <gtest/gtest.h>

#include <thread>

#include "session.h"
#include "support/temp_site.h"

namespace promisehub {
namespace {

using testing::TempSite;

void tick() {
  std::this_thread::sleep_for(std::chrono::milliseconds(20));
}

const char* const kUpdate = "content/updates/2024-06-30-brothers-and-sisters.md";
const char* const kUpdateGd = "content/updates/2024-06-30-brothers-and-sisters.gd.md";
const char* const kGdPage = "gd/updates/2024-06-30-brothers-and-sisters/index.html";

void expect_same_as_fresh_build(const TempSite& site, const SiteSession& session) {
  SiteSession fresh(testing::session_options(site));
  Diagnostics diags;
  ASSERT_TRUE(fresh.refresh(diags).ok);
  auto a = testing::page_bytes(*session.pages()), b = testing::page_bytes(*fresh.pages());
  ASSERT_EQ(a.size(), b.size());
  for (const auto& [path, bytes] : b) EXPECT_EQ(a[path], bytes) << path;
}

std::string content_of(const SiteSession& session, const std::string& path) {
  const OutputFile* f = session.pages()->find(path);
  return f ? f->content() : "(no " + path + ")";
}

TEST(SiteSessionLanguages, EditingATranslationRendersItsPagesAgain) {
  TempSite site;
  site.add_themes();
  site.write("content/site.yaml", std::string(TempSite::kSiteYaml) + "languages: [gd]\n");
  site.write(kUpdateGd, "---\ntitle: Bràithrean is peathraichean\n---\nRinn sinn e.\n");
  SiteSession session(testing::session_options(site));
  Diagnostics d1;
  ASSERT_TRUE(session.refresh(d1).ok);
  EXPECT_NE(content_of(session, kGdPage).find("Bràithrean is peathraichean"), std::string::npos);

  // The translation changes, as the watcher reports it.
  tick();
  site.write(kUpdateGd, "---\ntitle: Còmhla a-rithist\n---\nRinn sinn e.\n");
  std::vector<std::string> changed{site.dir() + "/" + kUpdateGd};
  Diagnostics d2;
  ASSERT_TRUE(session.refresh(d2, &changed).ok);
  EXPECT_NE(content_of(session, kGdPage).find("Còmhla a-rithist"), std::string::npos);
  EXPECT_NE(content_of(session, "gd/feed.xml").find("<title>Còmhla a-rithist</title>"),
            std::string::npos);
  expect_same_as_fresh_build(site, session);

  // The original changes: only updates changed, so pages are rendered incrementally, in every
  // language. The Gaelic page keeps its title and shows the new plain sentence in English.
  tick();
  std::string md = TempSite::kUpdateMd;
  md.replace(md.find("More children"), 13, "Many more children");
  site.write(kUpdate, md);
  std::vector<std::string> original{site.dir() + "/" + kUpdate};
  Diagnostics d3;
  auto result = session.refresh(d3, &original);
  ASSERT_TRUE(result.ok);
  EXPECT_FALSE(result.full);
  std::string gd = content_of(session, kGdPage);
  EXPECT_NE(gd.find("Còmhla a-rithist"), std::string::npos);
  EXPECT_NE(gd.find("<span lang=\"en-GB\">Many more children"), std::string::npos) << gd;
  expect_same_as_fresh_build(site, session);
}

}  // namespace
}  // namespace promisehub
