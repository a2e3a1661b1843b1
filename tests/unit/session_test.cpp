// SiteSession: after a change, only the dependent pages are rendered, and the result is the same
// as a full build.
#include <gtest/gtest.h>

#include <thread>

#include "core/text.h"
#include "session.h"
#include "support/temp_site.h"

namespace promisehub {
namespace {

using testing::TempSite;

BuildOptions options_for(const TempSite& site) {
  BuildOptions o;
  o.site_dir = site.dir();
  o.now = Date{2026, 1, 1};
  o.jobs = 2;
  return o;
}

std::string update_md(const std::string& title, const std::string& action,
                      const std::string& status) {
  return "---\ntitle: " + title + "\ndate: 2025-01-10\nplan: test-plan\nactions: [\"" + action +
         "\"]\nstatus:\n  \"" + action + "\": " + status +
         "\n---\nSome news.[^1]\n\n[^1]: A note.\n";
}

// Bytes of every file, for comparing two page sets.
std::map<std::string, std::string> contents(const PageSet& set) {
  std::map<std::string, std::string> out;
  for (const auto& f : set.files)
    out[f.path] = f.copy_from.empty() ? f.content : "copy:" + f.copy_from;
  return out;
}

TEST(SiteSession, EditingOneUpdateRendersOnlyItsPagesAndMatchesAFullBuild) {
  TempSite site;
  site.add_themes();
  for (int i = 0; i < 30; ++i) {
    site.write("content/updates/2025-01-10-news-" + std::to_string(i) + ".md",
               update_md("News " + std::to_string(i), i % 2 ? "1.1" : "1.2", "underway"));
  }
  SiteSession session(options_for(site));
  Diagnostics d1;
  auto first = session.refresh(d1);
  ASSERT_TRUE(first.ok) << d1.all().size();
  EXPECT_TRUE(first.full);
  std::size_t total = session.pages()->files.size();

  // Nothing changed: nothing is read or rendered but the indexes.
  Diagnostics d2;
  auto again = session.refresh(d2);
  ASSERT_TRUE(again.ok);
  EXPECT_EQ(again.files_read, 0u);

  std::this_thread::sleep_for(std::chrono::milliseconds(20));  // a new mtime
  site.write("content/updates/2025-01-10-news-3.md",
             update_md("News three, corrected", "1.1", "done"));
  Diagnostics d3;
  auto changed = session.refresh(d3);
  ASSERT_TRUE(changed.ok);
  EXPECT_FALSE(changed.full);
  EXPECT_EQ(changed.files_read, 1u);
  EXPECT_LT(changed.rendered, total / 2) << "rendered " << changed.rendered << " of " << total;
  const OutputFile* page = session.pages()->find("updates/2025-01-10-news-3/index.html");
  ASSERT_NE(page, nullptr);
  EXPECT_NE(page->content.find("News three, corrected"), std::string::npos);

  // A full build of the same content gives exactly the same files.
  SiteSession fresh(options_for(site));
  Diagnostics d4;
  ASSERT_TRUE(fresh.refresh(d4).ok);
  auto a = contents(*session.pages()), b = contents(*fresh.pages());
  ASSERT_EQ(a.size(), b.size());
  for (const auto& [path, bytes] : b) EXPECT_EQ(a[path], bytes) << path;
}

TEST(SiteSession, ABrokenFileKeepsTheLastGoodSite) {
  TempSite site;
  site.add_themes();
  SiteSession session(options_for(site));
  Diagnostics d1;
  ASSERT_TRUE(session.refresh(d1).ok);
  std::this_thread::sleep_for(std::chrono::milliseconds(20));
  site.write("content/updates/2024-06-30-brothers-and-sisters.md", "---\ntitle: [broken\n---\n");
  Diagnostics d2;
  EXPECT_FALSE(session.refresh(d2).ok);
  EXPECT_TRUE(d2.has_errors());
  ASSERT_NE(session.pages(), nullptr);
  EXPECT_NE(session.pages()->find("updates/2024-06-30-brothers-and-sisters/index.html"), nullptr);
  // Fixing it brings the site back.
  std::this_thread::sleep_for(std::chrono::milliseconds(20));
  site.write("content/updates/2024-06-30-brothers-and-sisters.md", TempSite::kUpdateMd);
  Diagnostics d3;
  EXPECT_TRUE(session.refresh(d3).ok);
}

}  // namespace
}  // namespace promisehub
