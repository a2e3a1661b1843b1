// `promisehub build` makes the search index itself (Pagefind, from node_modules, fed from memory)
// into the new site before it is swapped in: the same bytes whatever --jobs, nothing written when
// nothing changed, the rest of the site built with a one-line message where Node.js or Pagefind
// is missing, and the live site left as it was when Pagefind fails.
#include <gtest/gtest.h>

#include <fstream>
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

// The files that differ between two trees, by name: "" when they are the same.
std::string differing(const std::map<std::string, std::string>& a,
                      const std::map<std::string, std::string>& b) {
  std::string names;
  for (const auto& [path, bytes] : a) {
    auto it = b.find(path);
    if (it == b.end() || it->second != bytes) names += path + " ";
  }
  for (const auto& [path, bytes] : b)
    if (!a.count(path)) names += path + " ";
  return names;
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

// Pagefind takes several times as long as the rest of a build, so a build whose searched pages
// give it the same input keeps the live site's index: Pagefind is not even started. A page that
// changed, or an index file that changed on disk, makes a new index.
TEST_F(SearchIndex, ABuildThatChangesNoSearchedPageKeepsTheIndexWithoutRunningPagefind) {
  use_real_pagefind();
  std::string out = site_.dir() + "/public", fresh = site_.dir() + "/fresh";
  const std::string record = site_.dir() + "/.public.promisehub-search";
  auto timed = [&](std::vector<std::string> extra = {}) {
    std::vector<std::string> args = {"build", "--site", site_.dir(),  "--out",
                                     out,     "--now",  "2026-01-01", "--timings"};
    args.insert(args.end(), extra.begin(), extra.end());
    return run(site_, args);
  };
  const std::string kept = "search index: kept the live site's";
  auto r = timed();
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err.find(kept), std::string::npos) << r.err;
  EXPECT_TRUE(fs::exists(record));
  auto first = files_under(out);

  // From here Pagefind fails if it is started: a build that succeeds did not start it. Its
  // package (name and version) is the same, so only its input decides.
  const std::string package = read_file((kNodeModules / "pagefind/package.json").string());
  auto break_pagefind = [&] {
    fs::remove(site_.dir() + "/node_modules");
    fs::create_directory(site_.dir() + "/node_modules");
    for (fs::directory_iterator it(kNodeModules), end; it != end; ++it)
      if (it->path().filename() != "pagefind")
        fs::create_symlink(it->path(),
                           fs::path(site_.dir()) / "node_modules" / it->path().filename());
    site_.write("node_modules/pagefind/package.json", package);
    site_.write("node_modules/pagefind/lib/index.js",
                "export const createIndex = async () => ({ errors: ['started'] });\n");
  };
  auto mend_pagefind = [&] {
    fs::remove_all(site_.dir() + "/node_modules");
    use_real_pagefind();
  };
  break_pagefind();
  r = timed();
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find(kept), std::string::npos) << r.err;
  EXPECT_NE(r.out.find("(0 written,"), std::string::npos) << r.out;
  EXPECT_EQ(differing(files_under(out), first), "");

  // An index file changed on disk is never served again: the build makes a new index.
  std::string entry = out + "/pagefind/pagefind-entry.json";
  std::string entry_bytes = read_file(entry);
  {
    std::ofstream f(entry, std::ios::app);
    f << " ";
  }
  r = timed();
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_NE(r.err.find("Pagefind did not start: started"), std::string::npos) << r.err;

  // A changed update changes what readers search: a new index.
  mend_pagefind();
  ASSERT_EQ(timed().exit_code, 0);
  EXPECT_EQ(read_file(entry), entry_bytes);
  break_pagefind();
  std::string update = site_.dir() + "/content/updates/2024-06-30-brothers-and-sisters.md";
  site_.write("content/updates/2024-06-30-brothers-and-sisters.md",
              read_file(update) + "\nA new sentence about kayaks.\n");
  r = timed();
  EXPECT_EQ(r.exit_code, 1) << r.err;
  mend_pagefind();
  r = timed();
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err.find(kept), std::string::npos) << r.err;
  // The index made from the changed pages is the one a build into a new folder makes.
  ASSERT_EQ(build(site_, fresh).exit_code, 0);
  auto now = files_under(out), clean = files_under(fresh);
  EXPECT_EQ(differing(now, clean), "");
  EXPECT_NE(now["pagefind/pagefind-entry.json"], first["pagefind/pagefind-entry.json"]);

  // Built without search, the site has no index and nothing is kept about one.
  ASSERT_EQ(timed({"--no-search"}).exit_code, 0);
  EXPECT_FALSE(fs::exists(out + "/pagefind"));
  EXPECT_FALSE(fs::exists(record));
}

}  // namespace
}  // namespace promisehub
