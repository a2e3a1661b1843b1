// `promisehub build` makes the search index itself (Pagefind, from node_modules, fed from memory)
// into the new site before it is swapped in: the same bytes whatever --jobs, nothing written when
// nothing changed, the rest of the site built with a one-line message where Node.js or Pagefind
// is missing, and the live site left as it was when Pagefind fails.
#include <gtest/gtest.h>

#include <map>
#include <string>

#include <boost/filesystem.hpp>

#include "hostile/process.h"
#include "support/temp_site.h"

namespace fs = boost::filesystem;

namespace promisehub {
namespace {

using testing::read_file;
using testing::TempSite;

const fs::path kNodeModules = fs::path(PROMISEHUB_SOURCE_DIR) / "node_modules";

hostile::ProcessResult run(const TempSite& site, std::vector<std::string> args,
                           const std::string& binary = PROMISEHUB_BINARY) {
  hostile::ChildProcess child(binary, args, site.dir() + "/run");
  return child.wait(120);
}

hostile::ProcessResult build(const TempSite& site, const std::string& out,
                             const std::string& jobs = "2") {
  return run(site,
             {"build", "--site", site.dir(), "--out", out, "--now", "2026-01-01", "--jobs", jobs});
}

std::map<std::string, std::string> files_under(const fs::path& dir) {
  std::map<std::string, std::string> files;
  for (fs::recursive_directory_iterator it(dir), end; it != end; ++it)
    if (fs::is_regular_file(it->path()))
      files[it->path().lexically_relative(dir).generic_string()] = read_file(it->path().string());
  return files;
}

class SearchIndex : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!fs::exists(kNodeModules / "pagefind/lib/index.js") || !fs::exists("/usr/bin/node"))
      GTEST_SKIP() << "needs node and the npm packages (npm ci)";
    site_.add_themes();
  }
  void use_real_pagefind() {
    fs::create_directory_symlink(kNodeModules, site_.dir() + "/node_modules");
  }
  TempSite site_;
};

TEST_F(SearchIndex, ABuildWritesTheIndexOfTheReadersPagesAndTheSameBytesEveryTime) {
  use_real_pagefind();
  std::string one = site_.dir() + "/one", two = site_.dir() + "/two";
  auto r = build(site_, one, "1");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err.find("search"), std::string::npos) << r.err;
  for (const char* file :
       {"pagefind-ui.js", "pagefind-ui.css", "pagefind.js", "pagefind-entry.json"})
    EXPECT_TRUE(fs::exists(fs::path(one) / "pagefind" / file)) << file;
  // The home page, the plan, its two promises, the update and the pages one folder down; never
  // the admin page, lists of updates or a plan's filter pages.
  std::string entry = read_file(one + "/pagefind/pagefind-entry.json");
  auto fragments = files_under(fs::path(one) / "pagefind/fragment");
  std::size_t pages = 0;
  for (fs::recursive_directory_iterator it(one), end; it != end; ++it) {
    std::string rel = it->path().lexically_relative(one).generic_string();
    if (it->path().filename() != "index.html" || rel.rfind("pagefind/", 0) == 0) continue;
    bool list = rel.find("/status/") != std::string::npos ||
                rel.find("/for/") != std::string::npos ||
                rel.find("/theme/") != std::string::npos || rel.rfind("updates/page/", 0) == 0 ||
                rel == "admin/index.html";
    if (!list) ++pages;
  }
  EXPECT_NE(entry.find("\"page_count\":" + std::to_string(fragments.size())), std::string::npos)
      << entry;
  EXPECT_LE(fragments.size(), pages);
  EXPECT_GE(fragments.size(), 5u);

  r = build(site_, two, "3");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(files_under(one), files_under(two)) << "--jobs 1 and --jobs 3 differ";
  // Again into the same folder: nothing changed, nothing is written, the index included.
  r = build(site_, one, "2");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("(0 written,"), std::string::npos) << r.out;
  EXPECT_EQ(files_under(one), files_under(two));
}

TEST_F(SearchIndex, WithoutPagefindTheRestOfTheSiteIsBuiltAndTheBuildSaysWhatToDo) {
  auto r = build(site_, site_.dir() + "/public");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("search: Pagefind is not installed (no node_modules/pagefind), so the site "
                       "has no search index and its search page says so; run `npm ci` in the "
                       "site's folder, then build again\n"),
            std::string::npos)
      << r.err;
  EXPECT_TRUE(fs::exists(site_.dir() + "/public/index.html"));
  EXPECT_FALSE(fs::exists(site_.dir() + "/public/pagefind"));
}

TEST_F(SearchIndex, WithoutNodeTheRestOfTheSiteIsBuiltAndTheBuildSaysWhatToDo) {
  use_real_pagefind();
  fs::create_directory(site_.dir() + "/no-programs");
  auto r = run(site_,
               {"PATH=" + site_.dir() + "/no-programs", PROMISEHUB_BINARY, "build", "--site",
                site_.dir(), "--now", "2026-01-01"},
               "/usr/bin/env");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("search: Node.js is not installed (no `node` on the PATH), so the site has "
                       "no search index and its search page says so; install it (sudo apt-get "
                       "install nodejs, or scripts/setup.sh), then build again\n"),
            std::string::npos)
      << r.err;
  EXPECT_TRUE(fs::exists(site_.dir() + "/public/index.html"));
}

TEST_F(SearchIndex, WithoutPagefindsProgramTheRestOfTheSiteIsBuilt) {
  site_.write("node_modules/pagefind/lib/index.js",
              "export const createIndex = async () => { throw new Error('Failed to install "
              "either of [pagefind_extended, pagefind].\\nMore'); };\n");
  auto r = build(site_, site_.dir() + "/public");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("search: Pagefind's program did not start (Failed to install either of "
                       "[pagefind_extended, pagefind].), so the site has no search index and its "
                       "search page says so; run `npm ci` in the site's folder, then build again"),
            std::string::npos)
      << r.err;
  EXPECT_TRUE(fs::exists(site_.dir() + "/public/index.html"));
}

TEST_F(SearchIndex, WhenPagefindFailsNothingIsBuiltAndTheLiveSiteStays) {
  use_real_pagefind();
  std::string out = site_.dir() + "/public";
  ASSERT_EQ(build(site_, out).exit_code, 0);
  auto before = files_under(out);
  fs::remove(site_.dir() + "/node_modules");
  site_.write("node_modules/pagefind/lib/index.js",
              "export const createIndex = async () => ({ errors: ['the disk is full'] });\n");
  site_.write("content/updates/2024-06-30-brothers-and-sisters.md",
              read_file(site_.dir() + "/content/updates/2024-06-30-brothers-and-sisters.md") +
                  "\nA new sentence.\n");
  auto r = build(site_, out);
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_NE(r.err.find("search: Pagefind could not make the search index: Pagefind did not start: "
                       "the disk is full\nTo publish without search, build with --no-search.\n"
                       "The site was not built; the previous site (if any) is unchanged.\n"),
            std::string::npos)
      << r.err;
  EXPECT_EQ(files_under(out), before);
  r = run(site_,
          {"build", "--site", site_.dir(), "--out", out, "--now", "2026-01-01", "--no-search"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err.find("search"), std::string::npos) << r.err;
  EXPECT_FALSE(fs::exists(out + "/pagefind"));
}

}  // namespace
}  // namespace promisehub
