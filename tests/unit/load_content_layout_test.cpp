// What content/ and site.yaml hold, said plainly: a base_url whose path a browser rewrites (serve
// used to redirect for ever), a link that leads round in a loop (it was called "a link to
// something outside content/"), and folders and files that are never read (they were skipped
// without a word).
#include <gtest/gtest.h>

#include <boost/filesystem.hpp>

#include "core/text.h"
#include "support/temp_site.h"

namespace fs = boost::filesystem;

namespace promisehub {
namespace {

using testing::TempSite;

std::string with_base_url(const std::string& url) {
  std::string yaml = TempSite::kSiteYaml;
  return replace_all(yaml, "base_url: https://hub.example.org/", "base_url: " + url);
}

TEST(BaseUrl, PathTricksAreErrorsAtTheValue) {
  for (const char* url : {"https://hub.example.org/a/../b/", "https://hub.example.org/./",
                          "https://hub.example.org/%2E%2e/", "https://hub.example.org//",
                          "https://hub.example.org/a//b/", "https://x@hub.example.org/",
                          "https://hub.example.org/a%2fb/", "https://hub.example.org/.."}) {
    TempSite site;
    site.write("content/site.yaml", with_base_url(url));
    auto messages = site.messages();
    EXPECT_TRUE(testing::any_message_has(
        messages, {"content/site.yaml:2:11: error: `base_url` should be the site's address as "
                   "readers see it, but it has"}))
        << url << "\n"
        << join(messages, "\n");
  }
}

TEST(BaseUrl, PlainAddressesPass) {
  for (const char* url :
       {"https://hub.example.org", "https://hub.example.org/",
        "https://www.example.gov.uk/promise/", "http://localhost:8080/a_b/c-d.e~f/"}) {
    TempSite site;
    site.write("content/site.yaml", with_base_url(url));
    EXPECT_TRUE(site.messages().empty()) << url << "\n" << join(site.messages(), "\n");
  }
}

TEST(ContentLinks, ALoopIsCalledALoopAndANowhereLinkSaysSo) {
  TempSite site;
  fs::create_symlink("loop.yaml", fs::path(site.dir()) / "content/plans/loop.yaml");
  fs::create_directories(fs::path(site.dir()) / "content/static");
  fs::create_symlink("b", fs::path(site.dir()) / "content/static/a");
  fs::create_symlink("a", fs::path(site.dir()) / "content/static/b");
  fs::create_symlink("glossary-old.yaml", fs::path(site.dir()) / "content/glossary.yaml");
  auto messages = site.messages();
  EXPECT_TRUE(testing::any_message_has(
      messages, {"content/plans/loop.yaml: error: this link leads round in a loop"}))
      << join(messages, "\n");
  EXPECT_TRUE(testing::any_message_has(
      messages, {"content/static/a: error: this link leads round in a loop", "content/static/"}));
  EXPECT_TRUE(testing::any_message_has(
      messages,
      {"content/glossary.yaml: error: this link leads to something that does not exist"}));
  for (const auto& m : messages) EXPECT_EQ(m.find("outside content/"), std::string::npos) << m;
}

TEST(ContentFolders, FoldersAndFilesThatAreNotReadAreWarnings) {
  TempSite site;
  site.write("content/updates/dundee/old/2024-07-01-news.md", TempSite::kUpdateMd);
  site.write("content/update/2024-07-02-more.md", TempSite::kUpdateMd);
  site.write("content/glossary.yml", "- term: CEYP\n  plain: Young people in care.\n");
  site.write("content/README.md", "Notes for the team.\n");
  auto messages = site.messages();
  EXPECT_EQ(messages.size(), 3u) << join(messages, "\n");
  EXPECT_TRUE(testing::any_message_has(
      messages, {"content/updates/dundee/old: warning: this folder is not read: Markdown updates "
                 "are read from content/updates/dundee/ itself",
                 "move its files up into content/updates/dundee/"}))
      << join(messages, "\n");
  EXPECT_TRUE(testing::any_message_has(
      messages, {"content/update: warning: this folder is not read", "did you mean updates/?"}));
  EXPECT_TRUE(testing::any_message_has(
      messages,
      {"content/glossary.yml:1:1: warning: this file is not read", "did you mean glossary.yaml?"}));
}

}  // namespace
}  // namespace promisehub
