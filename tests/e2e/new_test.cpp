// `promisehub new`: the binary, run on a copy of the example site. The file it writes is a draft
// that `check` and `build` accept; it never writes over a file; a promise that does not exist is
// an error that says which ones do.
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>
#include <boost/filesystem.hpp>

#include "support/temp_site.h"

#include "load/loaders.h"

namespace fs = boost::filesystem;

namespace promisehub {
namespace {

struct Result {
  int exit_code = -1;
  std::string out, err;
};

std::string read(const fs::path& p) {
  std::ifstream in(p.string(), std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Runs the binary with `args`, its output in files, and an optional SOURCE_DATE_EPOCH.
Result run(const fs::path& scratch, const std::vector<std::string>& args,
           const std::string& source_date_epoch = {}) {
  fs::path out = scratch / "stdout.txt", err = scratch / "stderr.txt";
  pid_t pid = ::fork();
  if (pid == 0) {
    if (!std::freopen(out.c_str(), "w", stdout) || !std::freopen(err.c_str(), "w", stderr))
      _exit(127);
    if (source_date_epoch.empty()) {
      ::unsetenv("SOURCE_DATE_EPOCH");
    } else {
      ::setenv("SOURCE_DATE_EPOCH", source_date_epoch.c_str(), 1);
    }
    std::vector<char*> argv{const_cast<char*>(PROMISEHUB_BINARY)};
    for (const auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    ::execv(PROMISEHUB_BINARY, argv.data());
    _exit(127);
  }
  int status = 0;
  ::waitpid(pid, &status, 0);
  Result r;
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  r.out = read(out);
  r.err = read(err);
  return r;
}

class NewCommand : public ::testing::Test {
 protected:
  void SetUp() override {
    root_ = fs::temp_directory_path() / fs::unique_path("promisehub-new-%%%%-%%%%-%%%%");
    site_ = root_ / "site";
    testing::copy_example_site(site_.string());
  }
  void TearDown() override {
    boost::system::error_code ec;
    fs::remove_all(root_, ec);
  }
  Result promisehub(std::vector<std::string> args, const std::string& source_date_epoch = {}) {
    return run(root_, args, source_date_epoch);
  }
  std::string site() const { return site_.string(); }

  fs::path root_, site_;
};

TEST_F(NewCommand, WritesADraftUpdateThatCheckAndBuildAccept) {
  Result made =
      promisehub({"new", "update", "--site", site(), "--plan", "midlothian-2021-24", "--actions",
                  "1.1, 2.2", "--date", "2024-07-01", "Family time: what's new?"});
  ASSERT_EQ(made.exit_code, 0) << made.err;
  fs::path file = site_ / "content/updates/2024-07-01-family-time-whats-new.md";
  EXPECT_NE(made.out.find(file.string()), std::string::npos)
      << "it should print the path: " << made.out;
  std::string text = read(file);
  EXPECT_NE(text.find("draft: true"), std::string::npos);
  EXPECT_NE(text.find("plan: \"midlothian-2021-24\""), std::string::npos);
  EXPECT_NE(text.find("actions: [\"1.1\", \"2.2\"]"), std::string::npos);
  EXPECT_NE(text.find("reading age"), std::string::npos) << "hints for plain words";
  EXPECT_NE(text.find("# status:"), std::string::npos)
      << "the status change example, commented out";

  // What the loader reads back is what was asked for.
  Diagnostics diags;
  auto source = read_source_file(file.string(), "content/updates/x.md", diags);
  ASSERT_TRUE(source);
  auto update = load_update(*source, "2024-07-01-family-time-whats-new", diags);
  ASSERT_TRUE(update);
  EXPECT_EQ(update->title.value, "Family time: what's new?");
  EXPECT_TRUE(update->draft);
  EXPECT_TRUE(update->status_changes.empty());

  Result check = promisehub({"check", "--site", site(), "--drafts"});
  EXPECT_EQ(check.exit_code, 0) << check.err;
  EXPECT_EQ(check.err.find("2024-07-01-family-time-whats-new.md"), std::string::npos)
      << "the new file has problems:\n"
      << check.err;

  fs::path out = root_ / "out";
  Result build = promisehub(
      {"build", "--site", site(), "--drafts", "--out", out.string(), "--now", "2024-07-02"});
  ASSERT_EQ(build.exit_code, 0) << build.err;
  EXPECT_TRUE(fs::exists(out / "updates/2024-07-01-family-time-whats-new/index.html"));
  fs::path published = root_ / "published";
  Result without_drafts =
      promisehub({"build", "--site", site(), "--out", published.string(), "--now", "2024-07-02"});
  ASSERT_EQ(without_drafts.exit_code, 0) << without_drafts.err;
  EXPECT_FALSE(fs::exists(published / "updates/2024-07-01-family-time-whats-new"))
      << "a new update is a draft: it must stay off the site";
}

TEST_F(NewCommand, TheDateComesFromSourceDateEpochWhenNotGiven) {
  Result made = promisehub({"new", "update", "--site", site(), "--plan", "midlothian-2021-24",
                            "--actions", "1.1", "Summer camp"},
                           "1719792000");  // 2024-07-01 00:00 UTC
  ASSERT_EQ(made.exit_code, 0) << made.err;
  EXPECT_TRUE(fs::exists(site_ / "content/updates/2024-07-01-summer-camp.md")) << made.out;
}

TEST_F(NewCommand, NeverWritesOverAFile) {
  std::vector<std::string> args{
      "new",       "update", "--site", site(),       "--plan",     "midlothian-2021-24",
      "--actions", "1.1",    "--date", "2024-07-01", "Summer camp"};
  ASSERT_EQ(promisehub(args).exit_code, 0);
  fs::path file = site_ / "content/updates/2024-07-01-summer-camp.md";
  std::ofstream(file.string(), std::ios::app) << "Words someone wrote.\n";
  std::string before = read(file);
  Result again = promisehub(args);
  EXPECT_EQ(again.exit_code, 1);
  EXPECT_NE(again.err.find("already exists"), std::string::npos) << again.err;
  EXPECT_EQ(read(file), before);

  ASSERT_EQ(promisehub({"new", "page", "--site", site(), "Our team"}).exit_code, 0);
  Result page_again = promisehub({"new", "page", "--site", site(), "Our team"});
  EXPECT_EQ(page_again.exit_code, 1);
  EXPECT_NE(page_again.err.find("already exists"), std::string::npos) << page_again.err;
}

TEST_F(NewCommand, AnUnknownPromiseIsAnErrorWithAHint) {
  Result made = promisehub({"new", "update", "--site", site(), "--plan", "midlothian-2021-24",
                            "--actions", "1.1,1.99", "--date", "2024-07-01", "Summer camp"});
  EXPECT_EQ(made.exit_code, 1);
  EXPECT_NE(made.err.find("no action `1.99`"), std::string::npos) << made.err;
  EXPECT_NE(made.err.find("did you mean `1.9`?"), std::string::npos) << made.err;
  EXPECT_FALSE(fs::exists(site_ / "content/updates/2024-07-01-summer-camp.md"));
}

TEST_F(NewCommand, AnUnknownPlanIsAnErrorWithAHint) {
  Result made = promisehub({"new", "update", "--site", site(), "--plan", "midlothian-2021-25",
                            "--actions", "1.1", "Summer camp"});
  EXPECT_EQ(made.exit_code, 1);
  EXPECT_NE(made.err.find("there is no plan `midlothian-2021-25`"), std::string::npos) << made.err;
  EXPECT_NE(made.err.find("did you mean `midlothian-2021-24`?"), std::string::npos) << made.err;
}

TEST_F(NewCommand, AnyTitleIsWrittenSafely) {
  std::string title = "Our \"big\" news: #1 & <more> \\ done";
  Result made = promisehub({"new", "page", "--site", site(), title});
  ASSERT_EQ(made.exit_code, 0) << made.err;
  fs::path file = site_ / "content/pages/our-big-news-1-more-done.md";
  Diagnostics diags;
  auto source = read_source_file(file.string(), "content/pages/x.md", diags);
  ASSERT_TRUE(source);
  auto page = load_page(*source, "our-big-news-1-more-done", diags);
  ASSERT_TRUE(page) << read(file);
  EXPECT_EQ(page->title.value, title);
  EXPECT_TRUE(page->draft) << "a new page starts as a draft, as a new update does";
  EXPECT_EQ(page->menu, "footer") << "a new page is linked from every page";
  EXPECT_NE(read(file).find("`draft: true` keeps this page off the site"), std::string::npos);
  EXPECT_FALSE(diags.has_errors());
  Result check = promisehub({"check", "--site", site()});
  EXPECT_EQ(check.exit_code, 0) << check.err;
}

// A new page starts as a draft and, once published, every page links to it from its foot (or
// from the menu at the top, with `menu: navigation`).
TEST_F(NewCommand, ANewPageIsADraftAndOncePublishedEveryPageLinksToIt) {
  Result made = promisehub({"new", "page", "--site", site(), "Our team"});
  ASSERT_EQ(made.exit_code, 0) << made.err;
  EXPECT_NE(made.out.find("It stays off the site until you change `draft: true` to "
                          "`draft: false`."),
            std::string::npos)
      << made.out;
  fs::path file = site_ / "content/pages/our-team.md";
  std::string text = read(file);
  ASSERT_EQ(promisehub({"build", "--site", site(), "--now", "2026-01-01"}).exit_code, 0);
  EXPECT_FALSE(fs::exists(site_ / "public/our-team/index.html")) << "a draft is not published";
  EXPECT_EQ(read(site_ / "public/index.html").find("our-team/"), std::string::npos);

  text.replace(text.find("\ndraft: true\n"), 13, "\ndraft: false\n");
  std::ofstream(file.string()) << text << "We are the people who help.\n";
  ASSERT_EQ(promisehub({"build", "--site", site(), "--now", "2026-01-01"}).exit_code, 0);
  std::string home = read(site_ / "public/index.html");
  std::size_t footer = home.find("<footer");
  ASSERT_NE(footer, std::string::npos);
  EXPECT_NE(home.find("<a href=\"/our-team/\">Our team</a>", footer), std::string::npos) << home;

  text.replace(text.find("\nmenu: footer\n"), 14, "\nmenu: navigation\n");
  std::ofstream(file.string()) << text << "We are the people who help.\n";
  ASSERT_EQ(promisehub({"build", "--site", site(), "--now", "2026-01-01"}).exit_code, 0);
  home = read(site_ / "public/index.html");
  std::size_t nav = home.find("<nav class=\"site-nav\"");
  ASSERT_NE(nav, std::string::npos);
  std::size_t link = home.find("<a href=\"/our-team/\">Our team</a>", nav);
  EXPECT_LT(link, home.find("</nav>", nav)) << home;
  std::string own = read(site_ / "public/our-team/index.html");
  EXPECT_NE(own.find("<a href=\"/our-team/\" aria-current=\"page\">Our team</a>"),
            std::string::npos);
}

TEST_F(NewCommand, AMenuThatIsNeitherNavigationNorFooterIsAnError) {
  std::ofstream((site_ / "content/pages/our-team.md").string())
      << "---\ntitle: Our team\nmenu: header\n---\nWho we are.\n";
  Result r = promisehub({"check", "--site", site()});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("content/pages/our-team.md:3:7: error: `menu` should be `navigation` or "
                       "`footer`, not `header` \xE2\x80\x94 `menu: navigation` links to the page "
                       "from the menu at the top of every page"),
            std::string::npos)
      << r.err;
}

TEST_F(NewCommand, APageNameTheSiteUsesIsRefused) {
  Result made = promisehub({"new", "page", "--site", site(), "Search"});
  EXPECT_EQ(made.exit_code, 1);
  EXPECT_NE(made.err.find("used by the site itself"), std::string::npos) << made.err;
  EXPECT_FALSE(fs::exists(site_ / "content/pages/search.md"));
}

TEST_F(NewCommand, MistakesInTheCommandAreUsageErrors) {
  EXPECT_EQ(
      promisehub({"new", "update", "--site", site(), "--actions", "1.1", "Summer camp"}).exit_code,
      2)
      << "--plan is needed";
  EXPECT_EQ(promisehub({"new", "post", "--site", site(), "Summer camp"}).exit_code, 2);
  EXPECT_EQ(promisehub({"new", "page", "--site", site()}).exit_code, 2) << "a title is needed";
  EXPECT_EQ(promisehub({"new", "update", "--site", site(), "--plan", "midlothian-2021-24", "--date",
                        "2024-13-01", "Summer camp"})
                .exit_code,
            2);
}

}  // namespace
}  // namespace promisehub
