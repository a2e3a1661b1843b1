// Updates in a folder per organisation (spec §11): content/updates/<folder>/<date>-<slug>.md
// keeps the address /updates/<date>-<slug>/, two updates with one address are an error naming
// both files, and `serve` (a session given a watcher's paths) picks up files in the folders.
#include <gtest/gtest.h>

#include <chrono>
#include <thread>

#include "core/text.h"
#include "session.h"
#include "support/temp_site.h"

namespace promisehub {
namespace {

using testing::TempSite;

std::string news(const std::string& title) {
  return "---\ntitle: " + title +
         "\nplain: We have news for you.\ndate: 2025-01-10\nplan: test-plan\nactions: "
         "[\"1.1\"]\n---\nSome news.\n";
}

TEST(UpdateFolders, AnUpdateInAFolderKeepsItsAddress) {
  TempSite site;
  site.add_themes();
  site.write("content/updates/dundee/2025-01-10-dundee-news.md", news("Dundee news"));
  SiteSession session(testing::session_options(site));
  Diagnostics diags;
  ASSERT_TRUE(session.refresh(diags).ok) << join(site.messages(), "\n");
  EXPECT_FALSE(diags.has_errors());
  const OutputFile* page = session.pages()->find("updates/2025-01-10-dundee-news/index.html");
  ASSERT_NE(page, nullptr);
  EXPECT_NE(page->content().find("Dundee news"), std::string::npos);
  EXPECT_EQ(session.pages()->find("updates/dundee/2025-01-10-dundee-news/index.html"), nullptr);
  // The update is the plan's, as one in content/updates/ itself would be.
  EXPECT_NE(session.pages()->find("plans/test-plan/1.1/index.html")->content().find("Dundee news"),
            std::string::npos);

  Diagnostics load_diags;
  auto loaded = site.load(load_diags);
  ASSERT_TRUE(loaded);
  bool found = false;
  for (const auto& u : loaded->updates) {
    if (u.slug != "2025-01-10-dundee-news") continue;
    found = true;
    EXPECT_EQ(u.path, "content/updates/dundee/2025-01-10-dundee-news.md");
  }
  EXPECT_TRUE(found);
}

TEST(UpdateFolders, TwoUpdatesWithOneAddressAreAnErrorNamingBoth) {
  TempSite site;
  site.write("content/updates/dundee/2025-01-10-news.md", news("Dundee news"));
  site.write("content/updates/fife/2025-01-10-news.md", news("Fife news"));
  // And one beside the folders, with the address of the test site's own update.
  site.write("content/updates/fife/2024-06-30-brothers-and-sisters.md", news("Again"));
  auto messages = site.messages();
  EXPECT_TRUE(testing::any_message_has(
      messages, {"content/updates/fife/2025-01-10-news.md:1:1: error: this update has the same "
                 "address as content/updates/dundee/2025-01-10-news.md: both would be "
                 "/updates/2025-01-10-news/",
                 "rename one of the two files"}))
      << join(messages, "\n");
  EXPECT_TRUE(testing::any_message_has(
      messages, {"content/updates/fife/2024-06-30-brothers-and-sisters.md:1:1: error: this "
                 "update has the same address as "
                 "content/updates/2024-06-30-brothers-and-sisters.md"}))
      << join(messages, "\n");
  EXPECT_EQ(messages.size(), 2u) << join(messages, "\n");
}

TEST(UpdateFolders, ServePicksUpFilesInFoldersFromTheWatchersPaths) {
  TempSite site;
  site.add_themes();
  site.write("content/updates/dundee/2025-01-10-first.md", news("First news"));
  SiteSession session(testing::session_options(site));
  Diagnostics d1;
  ASSERT_TRUE(session.refresh(d1).ok);
  const std::string folder = site.dir() + "/content/updates/dundee/";

  std::this_thread::sleep_for(std::chrono::milliseconds(20));  // a new mtime
  site.write("content/updates/dundee/2025-01-10-first.md", news("First news, edited"));
  site.write("content/updates/dundee/2025-01-11-second.md", news("Second news"));
  std::vector<std::string> seen{folder + "2025-01-10-first.md", folder + "2025-01-11-second.md",
                                folder + ".2025-01-11-second.md.swp"};
  Diagnostics d2;
  auto r = session.refresh(d2, &seen);
  ASSERT_TRUE(r.ok);
  EXPECT_FALSE(r.full);
  EXPECT_EQ(r.files_read, 2u);  // only the two updates: content/ was not listed again
  const OutputFile* first = session.pages()->find("updates/2025-01-10-first/index.html");
  const OutputFile* second = session.pages()->find("updates/2025-01-11-second/index.html");
  ASSERT_NE(first, nullptr);
  ASSERT_NE(second, nullptr);
  EXPECT_NE(first->content().find("First news, edited"), std::string::npos);
  EXPECT_NE(second->content().find("Second news"), std::string::npos);

  // A copy in another folder takes an address already used: an error, and the last good site
  // stays.
  site.write("content/updates/fife/2025-01-11-second.md", news("Second news again"));
  std::vector<std::string> copied{site.dir() + "/content/updates/fife/2025-01-11-second.md"};
  Diagnostics d3;
  EXPECT_FALSE(session.refresh(d3, &copied).ok);
  bool named = false;
  for (const auto& d : d3.all())
    named |= d.where.path == "content/updates/fife/2025-01-11-second.md" &&
             d.message.find("content/updates/dundee/2025-01-11-second.md") != std::string::npos;
  EXPECT_TRUE(named);
  EXPECT_NE(session.pages()->find("updates/2025-01-11-second/index.html"), nullptr);
}

}  // namespace
}  // namespace promisehub
