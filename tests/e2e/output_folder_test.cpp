// `--out` never replaces a folder of someone else's files, nor the site's own sources: a build
// replaces its output folder whole, so taking the wrong folder for an old build would delete it.
#include <gtest/gtest.h>

#include <sys/stat.h>

#include <string>
#include <vector>

#include <boost/filesystem.hpp>

#include "hostile/process.h"
#include "hostile/site_files.h"
#include "support/temp_site.h"

namespace fs = boost::filesystem;

namespace promisehub {
namespace {

using hostile::slurp;
using hostile::write_bytes;
using testing::TempSite;

class OutputFolder : public ::testing::Test {
 protected:
  OutputFolder() {
    site_.add_themes();
    logs_ = fs::temp_directory_path() / fs::unique_path("promisehub-outlogs-%%%%-%%%%");
    fs::create_directories(logs_);
  }
  ~OutputFolder() override {
    boost::system::error_code ec;
    fs::remove_all(logs_, ec);
  }
  hostile::ProcessResult build(const fs::path& out) {
    std::vector<std::string> args{"build",      "--site", site_.dir(), "--out",
                                  out.string(), "--now",  "2026-01-01"};
    hostile::ChildProcess child(PROMISEHUB_BINARY, args, (logs_ / "build").string());
    return child.wait(120);
  }
  fs::path dir() const { return fs::path(site_.dir()); }

  TempSite site_;
  fs::path logs_;
};

TEST_F(OutputFolder, TheSiteFolderItselfIsNeverTheOutput) {
  write_bytes(dir() / "index.html", "<p>a page someone made by hand</p>");
  auto r = build(dir());
  EXPECT_NE(r.exit_code, 0);
  EXPECT_NE(r.err.find("holds the site itself"), std::string::npos) << r.err;
  EXPECT_TRUE(fs::exists(dir() / "content/site.yaml"));
  EXPECT_TRUE(fs::is_directory(dir() / "themes"));
  // Nor a folder the site lies in.
  r = build(dir().parent_path());
  EXPECT_NE(r.exit_code, 0);
  EXPECT_TRUE(fs::exists(dir() / "content/site.yaml"));
}

TEST_F(OutputFolder, NothingInsideContentOrThemes) {
  for (const char* inside : {"content", "content/static/site", "themes/promise"}) {
    auto r = build(dir() / inside);
    EXPECT_NE(r.exit_code, 0) << inside;
    EXPECT_NE(r.err.find("is inside the site's"), std::string::npos) << r.err;
  }
  EXPECT_FALSE(fs::exists(dir() / "content/static/site"));
  EXPECT_TRUE(fs::exists(dir() / "themes/promise"));
}

TEST_F(OutputFolder, AFolderOfOtherFilesIsRefusedEvenWithAnIndexPage) {
  // A GitHub Pages docs/ folder: its own index.html, a manual and a repository.
  fs::path docs = logs_ / "docs";
  write_bytes(docs / "index.html", "<h1>Our manual</h1>");
  write_bytes(docs / "manual.pdf", "%PDF years of work");
  write_bytes(docs / ".git/HEAD", "ref: refs/heads/main\n");
  auto r = build(docs);
  EXPECT_NE(r.exit_code, 0);
  EXPECT_NE(r.err.find("already holds files Promise Hub did not make"), std::string::npos) << r.err;
  EXPECT_EQ(slurp((docs / "manual.pdf").string()), "%PDF years of work");
  EXPECT_EQ(slurp((docs / "index.html").string()), "<h1>Our manual</h1>");
  EXPECT_TRUE(fs::exists(docs / ".git/HEAD"));
}

TEST_F(OutputFolder, ABuiltFolderIsMarkedAndReplacedWithWhatWasAddedAfterTheBuild) {
  fs::path out = logs_ / "public";
  auto r = build(out);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(fs::is_regular_file(out / ".promisehub-site"));
  // A file someone dropped in by hand is replaced: the marker says the whole folder is the
  // build's; so is a search index another tool left there (the build makes its own).
  write_bytes(out / "pagefind/pagefind.js", "index");
  write_bytes(out / "notes.txt", "dropped here");
  r = build(out);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_FALSE(fs::exists(out / "notes.txt"));
  EXPECT_TRUE(fs::exists(out / "index.html"));
  EXPECT_FALSE(fs::exists(out / "pagefind/pagefind.js"));
}

TEST_F(OutputFolder, ABuildFromBeforeTheMarkerIsStillReplaced) {
  fs::path out = logs_ / "public";
  ASSERT_EQ(build(out).exit_code, 0);
  fs::remove(out / ".promisehub-site");
  write_bytes(out / "pagefind/pagefind.js", "index");
  auto r = build(out);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(fs::is_regular_file(out / ".promisehub-site"));
  // But not once it holds a file no build makes.
  fs::remove(out / ".promisehub-site");
  write_bytes(out / "thesis.docx", "years of work");
  r = build(out);
  EXPECT_NE(r.exit_code, 0);
  EXPECT_EQ(slurp((out / "thesis.docx").string()), "years of work");
}

dev_t device_of(const fs::path& p) {
  struct stat st {};
  return ::stat(p.c_str(), &st) == 0 ? st.st_dev : 0;
}

// An output on another file system than the site (a tmpfs, a mounted volume, a CI cache): files
// are copied, not linked, and the second build keeps every unchanged file.
TEST_F(OutputFolder, AnOutputOnAnotherFileSystemBuildsAndRebuilds) {
  fs::path shm("/dev/shm");
  if (!fs::is_directory(shm) || ::access(shm.c_str(), W_OK) != 0 ||
      device_of(shm) == device_of(dir()))
    GTEST_SKIP() << "needs a writable /dev/shm on another file system than " << dir();
  write_bytes(dir() / "content/static/leaflet.txt", "A leaflet.");
  fs::path out = shm / fs::unique_path("promisehub-out-%%%%-%%%%");
  auto first = build(out);
  EXPECT_EQ(first.exit_code, 0) << first.err;
  EXPECT_EQ(slurp((out / "static/leaflet.txt").string()), "A leaflet.");
  EXPECT_TRUE(fs::exists(out / "admin/config.yml")) << "the theme's static files are copied too";
  auto second = build(out);
  EXPECT_EQ(second.exit_code, 0) << second.err;
  EXPECT_NE(second.out.find("(0 written"), std::string::npos) << second.out;
  boost::system::error_code ec;
  fs::remove_all(out, ec);
}

// A mount point cannot be renamed: the build says so, and what to do, before touching anything.
TEST_F(OutputFolder, AMountPointIsRefusedWithWhatToDo) {
  fs::path shm("/dev/shm");
  if (!fs::is_directory(shm) || device_of(shm) == device_of(shm.parent_path()))
    GTEST_SKIP() << "needs /dev/shm to be a mount point";
  auto r = build(shm);
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("another disk or volume is mounted"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("--out /dev/shm/site"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace promisehub
