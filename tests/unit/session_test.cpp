// SiteSession: after a change, only the dependent pages are rendered, and the result is the same
// as a full build.
#include <gtest/gtest.h>

#include <unistd.h>

#include <thread>

#include "core/text.h"
#include "session.h"
#include "support/temp_site.h"

namespace promisehub {
namespace {

using testing::TempSite;

std::string update_md(const std::string& title, const std::string& action,
                      const std::string& status) {
  return "---\ntitle: " + title + "\ndate: 2025-01-10\nplan: test-plan\nactions: [\"" + action +
         "\"]\nstatus:\n  \"" + action + "\": " + status +
         "\n---\nSome news.[^1]\n\n[^1]: A note.\n";
}

// Files written this soon after the last read get a new mtime.
void tick() {
  std::this_thread::sleep_for(std::chrono::milliseconds(20));
}

// content/updates/2025-01-10-news-<i>.md for i < count, "News <i>", on actions 1.1 and 1.2.
void write_news(const TempSite& site, int count, bool alternate_actions = false) {
  for (int i = 0; i < count; ++i)
    site.write("content/updates/2025-01-10-news-" + std::to_string(i) + ".md",
               update_md("News " + std::to_string(i),
                         alternate_actions && i % 2 == 0 ? "1.2" : "1.1", "underway"));
}

TEST(SiteSession, EditingOneUpdateRendersOnlyItsPagesAndMatchesAFullBuild) {
  TempSite site;
  site.add_themes();
  write_news(site, 30, /*alternate_actions=*/true);
  SiteSession session(testing::session_options(site));
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

  tick();
  site.write("content/updates/2025-01-10-news-3.md",
             update_md("News three, corrected", "1.1", "done"));
  Diagnostics d3;
  auto changed = session.refresh(d3);
  ASSERT_TRUE(changed.ok) << (d3.all().empty() ? std::string("no diagnostics")
                                               : d3.all()[0].message);
  EXPECT_FALSE(changed.full);
  EXPECT_EQ(changed.files_read, 1u);
  EXPECT_LT(changed.rendered, total / 2) << "rendered " << changed.rendered << " of " << total;
  const OutputFile* page = session.pages()->find("updates/2025-01-10-news-3/index.html");
  ASSERT_NE(page, nullptr);
  EXPECT_NE(page->content().find("News three, corrected"), std::string::npos);

  // A full build of the same content gives exactly the same files.
  SiteSession fresh(testing::session_options(site));
  Diagnostics d4;
  ASSERT_TRUE(fresh.refresh(d4).ok);
  auto a = testing::page_bytes(*session.pages()), b = testing::page_bytes(*fresh.pages());
  ASSERT_EQ(a.size(), b.size());
  for (const auto& [path, bytes] : b) EXPECT_EQ(a[path], bytes) << path;
}

// Only the update's own page and the feeds show its text: an edit to the text alone renders
// that page (the feeds are always made again), and the site is still a full build's, byte for
// byte, feeds included.
TEST(SiteSession, EditingOnlyAnUpdatesTextRendersOnlyItsOwnPage) {
  TempSite site;
  site.add_themes();
  write_news(site, 12);
  SiteSession session(testing::session_options(site));
  Diagnostics d1;
  ASSERT_TRUE(session.refresh(d1).ok);
  auto same_as_a_full_build = [&] {
    SiteSession fresh(testing::session_options(site));
    Diagnostics d;
    ASSERT_TRUE(fresh.refresh(d).ok);
    auto a = testing::page_bytes(*session.pages()), b = testing::page_bytes(*fresh.pages());
    ASSERT_EQ(a.size(), b.size());
    ASSERT_EQ(b.count("feed.xml"), 1u);
    for (const auto& [path, bytes] : b) EXPECT_EQ(a[path], bytes) << path;
  };
  tick();
  std::string edited = update_md("News 4", "1.1", "underway");
  edited.replace(edited.find("Some news."), 10, "Some news about the kayak club.");
  site.write("content/updates/2025-01-10-news-4.md", edited);
  Diagnostics d2;
  auto changed = session.refresh(d2);
  ASSERT_TRUE(changed.ok);
  EXPECT_EQ(changed.rendered, 1u);
  const OutputFile* page = session.pages()->find("updates/2025-01-10-news-4/index.html");
  ASSERT_NE(page, nullptr);
  EXPECT_NE(page->content().find("kayak club"), std::string::npos);
  EXPECT_NE(session.pages()->find("feed.xml")->content().find("kayak club"), std::string::npos);
  same_as_a_full_build();

  // A change to what other pages show (the title) renders them again.
  tick();
  site.write("content/updates/2025-01-10-news-4.md", update_md("News four", "1.1", "underway"));
  Diagnostics d3;
  auto retitled = session.refresh(d3);
  ASSERT_TRUE(retitled.ok);
  EXPECT_GT(retitled.rendered, 3u);
  same_as_a_full_build();
}

TEST(SiteSession, ABrokenFileKeepsTheLastGoodSite) {
  TempSite site;
  site.add_themes();
  SiteSession session(testing::session_options(site));
  Diagnostics d1;
  ASSERT_TRUE(session.refresh(d1).ok);
  tick();
  site.write("content/updates/2024-06-30-brothers-and-sisters.md", "---\ntitle: [broken\n---\n");
  Diagnostics d2;
  EXPECT_FALSE(session.refresh(d2).ok);
  EXPECT_TRUE(d2.has_errors());
  ASSERT_NE(session.pages(), nullptr);
  EXPECT_NE(session.pages()->find("updates/2024-06-30-brothers-and-sisters/index.html"), nullptr);
  // Fixing it brings the site back.
  tick();
  site.write("content/updates/2024-06-30-brothers-and-sisters.md", TempSite::kUpdateMd);
  Diagnostics d3;
  EXPECT_TRUE(session.refresh(d3).ok);
}

// The files of a full build of the site as it is now, by a new session.
std::map<std::string, std::string> full_build(const TempSite& site) {
  SiteSession fresh(testing::session_options(site));
  Diagnostics d;
  auto r = fresh.refresh(d);
  EXPECT_TRUE(r.ok);
  return r.ok ? testing::page_bytes(*fresh.pages()) : std::map<std::string, std::string>{};
}

void expect_same_files(const std::map<std::string, std::string>& got,
                       const std::map<std::string, std::string>& want) {
  EXPECT_EQ(got.size(), want.size());
  for (const auto& [path, bytes] : want) {
    auto it = got.find(path);
    ASSERT_NE(it, got.end()) << path;
    EXPECT_EQ(it->second, bytes) << path;
  }
}

TEST(SiteSession, WatcherHintsForUpdatesGiveTheSameSiteAsAFullListing) {
  TempSite site;
  site.add_themes();
  write_news(site, 10);
  SiteSession session(testing::session_options(site));
  Diagnostics d1;
  ASSERT_TRUE(session.refresh(d1).ok);
  auto before = session.shared_pages();
  const std::string updates = site.dir() + "/content/updates/";

  // The watcher saw one update edited, one added and one deleted (plus an editor's swap file).
  tick();
  site.write("content/updates/2025-01-10-news-3.md",
             update_md("News three, edited", "1.2", "done"));
  site.write("content/updates/2025-02-01-brand-new.md", update_md("Brand new", "1.1", "done"));
  site.remove("content/updates/2025-01-10-news-5.md");
  std::vector<std::string> seen{updates + "2025-01-10-news-3.md", updates + ".news-3.md.swp",
                                updates + "2025-02-01-brand-new.md",
                                updates + "2025-01-10-news-5.md"};
  Diagnostics d2;
  auto r = session.refresh(d2, &seen);
  ASSERT_TRUE(r.ok);
  EXPECT_FALSE(r.full);
  EXPECT_EQ(r.files_read, 2u);
  EXPECT_EQ(session.pages()->find("updates/2025-01-10-news-5/index.html"), nullptr);
  ASSERT_NE(session.pages()->find("updates/2025-02-01-brand-new/index.html"), nullptr);
  expect_same_files(testing::page_bytes(*session.pages()), full_build(site));

  // Pages handed out before (to requests `serve` is answering) are not changed underneath.
  const OutputFile* old = before->find("updates/2025-01-10-news-3/index.html");
  ASSERT_NE(old, nullptr);
  EXPECT_NE(old->content().find("News 3"), std::string::npos);
  EXPECT_EQ(old->content().find("News three, edited"), std::string::npos);
  EXPECT_NE(before->find("updates/2025-01-10-news-5/index.html"), nullptr);
}

TEST(SiteSession, AHintOutsideTheUpdatesListsAndRendersEverything) {
  TempSite site;
  site.add_themes();
  SiteSession session(testing::session_options(site));
  Diagnostics d1;
  ASSERT_TRUE(session.refresh(d1).ok);
  tick();
  std::string plan = TempSite::kPlanYaml;
  plan = replace_all(plan, "Test Plan 2024", "Renamed Plan 2024");
  site.write("content/plans/test-plan.yaml", plan);
  std::vector<std::string> seen{site.dir() + "/content/plans/test-plan.yaml"};
  Diagnostics d2;
  auto r = session.refresh(d2, &seen);
  ASSERT_TRUE(r.ok);
  EXPECT_TRUE(r.full);
  expect_same_files(testing::page_bytes(*session.pages()), full_build(site));
  EXPECT_NE(session.pages()->find("index.html")->content().find("Renamed Plan 2024"),
            std::string::npos);
}

TEST(SiteSession, ChangesSeenByAFailedRefreshReachTheNextGoodSite) {
  TempSite site;
  site.add_themes();
  write_news(site, 3);
  SiteSession session(testing::session_options(site));
  Diagnostics d1;
  ASSERT_TRUE(session.refresh(d1).ok);

  // One good edit and one broken file in the same save: nothing is published.
  tick();
  site.write("content/updates/2025-01-10-news-0.md", update_md("News zero, edited", "1.2", "done"));
  site.write("content/updates/2025-01-10-news-1.md", "---\ntitle: [broken\n---\n");
  Diagnostics d2;
  EXPECT_FALSE(session.refresh(d2).ok);

  // Fixing the broken file publishes both changes, as a full build would.
  tick();
  site.write("content/updates/2025-01-10-news-1.md", update_md("News 1", "1.1", "underway"));
  Diagnostics d3;
  auto r = session.refresh(d3);
  ASSERT_TRUE(r.ok);
  EXPECT_FALSE(r.full);
  expect_same_files(testing::page_bytes(*session.pages()), full_build(site));
  EXPECT_NE(session.pages()
                ->find("updates/2025-01-10-news-0/index.html")
                ->content()
                .find("News zero, edited"),
            std::string::npos);
}

std::string upd(const std::string& title, const std::string& date, const std::string& action,
                const std::string& extra = "", const std::string& body = "Some news.\n") {
  return "---\ntitle: " + title + "\ndate: " + date + "\nplan: test-plan\nactions: [\"" + action +
         "\"]\n" + extra + "---\n" + body;
}

TEST(SiteSession, AllowHtmlChangeRendersUpdateBodiesAgain) {
  TempSite site;
  site.add_themes();
  site.write("content/updates/2025-01-10-raw.md",
             upd("Raw", "2025-01-10", "1.1", "", "Hi <mark>x</mark>.\n"));
  SiteSession session(testing::session_options(site));
  Diagnostics d1;
  ASSERT_TRUE(session.refresh(d1).ok);
  tick();
  site.write("content/site.yaml", std::string(TempSite::kSiteYaml) + "allow_html: true\n");
  Diagnostics d2;
  ASSERT_TRUE(session.refresh(d2).ok);
  expect_same_files(testing::page_bytes(*session.pages()), full_build(site));
  EXPECT_NE(session.pages()->find("updates/2025-01-10-raw/index.html")->content().find("<mark>"),
            std::string::npos);
}

TEST(SiteSession, AllowExternalImagesChangeRendersUpdateBodiesAgain) {
  TempSite site;
  site.add_themes();
  site.write(
      "content/updates/2025-01-10-pic.md",
      upd("Pic", "2025-01-10", "1.1", "", "A ![photo](https://images.example.org/a.png).\n"));
  SiteSession session(testing::session_options(site));
  Diagnostics d1;
  ASSERT_TRUE(session.refresh(d1).ok);
  const char* page = "updates/2025-01-10-pic/index.html";
  EXPECT_EQ(session.pages()->find(page)->content().find("images.example.org"), std::string::npos);
  tick();
  site.write("content/site.yaml",
             std::string(TempSite::kSiteYaml) + "allow_external_images: [images.example.org]\n");
  Diagnostics d2;
  ASSERT_TRUE(session.refresh(d2).ok);
  expect_same_files(testing::page_bytes(*session.pages()), full_build(site));
  EXPECT_NE(session.pages()->find(page)->content().find("https://images.example.org/a.png"),
            std::string::npos);
}

TEST(SiteSession, HiddenUpdatesAreCheckedAgainWhenAPlanChanges) {
  for (const std::string& hidden : {std::string("draft: true\n"), std::string()}) {
    TempSite site;
    site.add_themes();
    // A draft, or an update dated after the build date.
    site.write("content/updates/2026-03-01-hidden.md",
               upd("Hidden", hidden.empty() ? "2026-03-01" : "2025-03-01", "1.2", hidden));
    SiteSession session(testing::session_options(site));
    Diagnostics d1;
    ASSERT_TRUE(session.refresh(d1).ok);
    tick();
    std::string plan = TempSite::kPlanYaml;
    site.write("content/plans/test-plan.yaml", plan.substr(0, plan.find("  - id: \"1.2\"")));
    SiteSession fresh(testing::session_options(site));
    Diagnostics df;
    EXPECT_FALSE(fresh.refresh(df).ok);
    Diagnostics d2;
    EXPECT_FALSE(session.refresh(d2).ok) << "the session must fail as a full build does";
  }
}

TEST(SiteSession, WatcherHintsForAFileWithAProblemListEverythingAgain) {
  TempSite site;
  site.add_themes();
  SiteSession session(testing::session_options(site));
  Diagnostics d1;
  ASSERT_TRUE(session.refresh(d1).ok);
  // A link leading out of content/ is refused; deleting it clears the error.
  std::string link = site.dir() + "/content/updates/2025-01-11-evil.md";
  ASSERT_EQ(::symlink("/etc/hostname", link.c_str()), 0);
  std::vector<std::string> seen{link};
  Diagnostics d2;
  EXPECT_FALSE(session.refresh(d2, &seen).ok);
  ::unlink(link.c_str());
  Diagnostics d3;
  EXPECT_TRUE(session.refresh(d3, &seen).ok);

  // A file ignored for its name, renamed to an update: its warning goes.
  site.write("content/updates/2025-01-12-notes.txt", upd("Notes", "2025-01-12", "1.1"));
  Diagnostics d4;
  ASSERT_TRUE(session.refresh(d4).ok);
  EXPECT_FALSE(d4.all().empty());
  std::string from = site.dir() + "/content/updates/2025-01-12-notes.txt";
  std::string to = site.dir() + "/content/updates/2025-01-12-notes.md";
  ASSERT_EQ(::rename(from.c_str(), to.c_str()), 0);
  std::vector<std::string> renamed{from, to};
  Diagnostics d5;
  ASSERT_TRUE(session.refresh(d5, &renamed).ok);
  EXPECT_TRUE(d5.all().empty());
  expect_same_files(testing::page_bytes(*session.pages()), full_build(site));
}

TEST(SiteSession, AnUpdateLinkedUnderAnotherNameFollowsItsTargetWithHints) {
  TempSite site;
  site.add_themes();
  site.write("content/updates/2025-01-10-real.md", upd("Real v1", "2025-01-10", "1.1"));
  ASSERT_EQ(::symlink("2025-01-10-real.md",
                      (site.dir() + "/content/updates/2025-01-10-alias.md").c_str()),
            0);
  SiteSession session(testing::session_options(site));
  Diagnostics d1;
  ASSERT_TRUE(session.refresh(d1).ok);
  tick();
  site.write("content/updates/2025-01-10-real.md", upd("Real v2", "2025-01-10", "1.1"));
  std::vector<std::string> seen{site.dir() + "/content/updates/2025-01-10-real.md"};
  Diagnostics d2;
  ASSERT_TRUE(session.refresh(d2, &seen).ok);
  expect_same_files(testing::page_bytes(*session.pages()), full_build(site));
}

}  // namespace
}  // namespace promisehub
