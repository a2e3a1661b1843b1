// The atomic writer on its own: confinement, what it carries over from the previous site, and
// what it cleans up after a killed build (the end-to-end kills are in e2e/atomic_test.cpp).
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include <fstream>
#include <map>

#include <boost/filesystem.hpp>

#include "hostile/site_files.h"
#include "write/output_writer.h"

namespace fs = boost::filesystem;

namespace promisehub {
namespace {

using hostile::leftovers_beside;
using hostile::slurp;
using hostile::snapshot;
using hostile::write_bytes;

class Writer : public ::testing::Test {
 protected:
  void SetUp() override {
    root_ = fs::temp_directory_path() / fs::unique_path("promisehub-writer-%%%%-%%%%");
    fs::create_directories(root_);
    out_ = root_ / "public";
  }
  void TearDown() override {
    boost::system::error_code ec;
    fs::remove_all(root_, ec);
  }
  PageSet site(const std::string& words) const {
    PageSet pages;
    pages.files = {{"404.html", "<p>" + words + "</p>", {}},
                   {"index.html", "<h1>" + words + "</h1>", {}},
                   {"plans/x/index.html", "<p>plan " + words + "</p>", {}}};
    return pages;
  }
  fs::path root_, out_;
};

TEST(Confinement, OnlyPlainRelativePathsInsideTheOutputFolder) {
  for (const char* ok : {"index.html", "plans/x/index.html", "a..b/c", "static/My File.pdf"})
    EXPECT_TRUE(is_confined_output_path(ok)) << ok;
  for (const char* bad :
       {"", "/etc/passwd", "../x", "a/../../x", "a/./b", "a//b", "a/", "a\\..\\b", ".."})
    EXPECT_FALSE(is_confined_output_path(bad)) << bad;
  EXPECT_FALSE(is_confined_output_path(std::string("a\0b", 3)));
}

TEST_F(Writer, RefusesAPathOutsideAndLeavesThePreviousSite) {
  Diagnostics diags;
  ASSERT_TRUE(write_site_atomically(site("one"), out_.string(), diags).ok);
  auto before = snapshot(out_);
  PageSet evil = site("two");
  evil.files.push_back({"../escaped.html", "<script>alert(1)</script>", {}});
  EXPECT_FALSE(write_site_atomically(evil, out_.string(), diags).ok);
  EXPECT_FALSE(fs::exists(root_ / "escaped.html"));
  EXPECT_EQ(snapshot(out_), before);
  EXPECT_TRUE(leftovers_beside(out_).empty());
  EXPECT_NE(diags.all().back().message.find(
                "refusing to write outside the output folder: ../escaped.html"),
            std::string::npos);
}

TEST_F(Writer, RefusesAFolderThatIsNotABuiltSite) {
  write_bytes(out_ / "thesis.docx", "years of work");
  Diagnostics diags;
  EXPECT_FALSE(write_site_atomically(site("one"), out_.string(), diags).ok);
  EXPECT_EQ(slurp((out_ / "thesis.docx").string()), "years of work");
}

TEST_F(Writer, UnchangedFilesKeepTheirInodeButALinkIsNeverCarriedOver) {
  Diagnostics diags;
  ASSERT_TRUE(write_site_atomically(site("one"), out_.string(), diags).ok);
  // Someone replaced a file of the built site with a link to a file with the same bytes.
  write_bytes(root_ / "elsewhere.html", "<h1>one</h1>");
  fs::remove(out_ / "index.html");
  fs::create_symlink(root_ / "elsewhere.html", out_ / "index.html");
  WriteResult r = write_site_atomically(site("one"), out_.string(), diags);
  ASSERT_TRUE(r.ok);
  EXPECT_EQ(r.unchanged, 2u);
  EXPECT_EQ(r.written, 1u);
  EXPECT_EQ(fs::symlink_status(out_ / "index.html").type(), fs::regular_file);
  EXPECT_EQ(slurp((out_ / "index.html").string()), "<h1>one</h1>");
}

TEST_F(Writer, StaleTemporaryFoldersAreRemovedAndAMovedAsideSiteIsPutBack) {
  Diagnostics diags;
  ASSERT_TRUE(write_site_atomically(site("one"), out_.string(), diags).ok);
  // A build killed between moving public/ aside and moving the new site in (no renameat2).
  fs::rename(out_, root_ / ".public.promisehub-old-99999-0");
  write_bytes(root_ / ".public.promisehub-tmp-99999-0/index.html", "<h1>half</h1>");
  write_bytes(root_ / ".public.promisehub-tmp-12-3/plans/x/index.html", "<p>half</p>");
  write_bytes(root_ / ".other.promisehub-tmp-1-0/index.html", "not ours");
  remove_stale_temporaries((root_ / "public/").string());
  EXPECT_EQ(slurp((out_ / "index.html").string()), "<h1>one</h1>");
  EXPECT_TRUE(leftovers_beside(out_).empty());
  EXPECT_TRUE(fs::exists(root_ / ".other.promisehub-tmp-1-0"));
}

TEST_F(Writer, AFolderOfABuildStillWritingIsLeftAlone) {
  Diagnostics diags;
  ASSERT_TRUE(write_site_atomically(site("one"), out_.string(), diags).ok);
  write_bytes(root_ / ".public.promisehub-tmp-4242-0/index.html", "<h1>in progress</h1>");
  // Another build holds the parent folder's lock while it writes.
  int fd = ::open(root_.c_str(), O_RDONLY | O_DIRECTORY);
  ASSERT_GE(fd, 0);
  ASSERT_EQ(::flock(fd, LOCK_SH), 0);
  remove_stale_temporaries(out_.string());
  EXPECT_TRUE(fs::exists(root_ / ".public.promisehub-tmp-4242-0/index.html"));
  // And a build running beside it still writes its own site whole.
  ASSERT_TRUE(write_site_atomically(site("two"), out_.string(), diags).ok);
  EXPECT_EQ(slurp((out_ / "index.html").string()), "<h1>two</h1>");
  ::close(fd);
  remove_stale_temporaries(out_.string());
  EXPECT_TRUE(leftovers_beside(out_).empty());
}

// Inode and mtime of every file in a tree: what "left alone" means to rsync, make and deploy tools.
std::map<std::string, std::pair<ino_t, std::int64_t>> stamps(const fs::path& dir) {
  std::map<std::string, std::pair<ino_t, std::int64_t>> found;
  for (fs::recursive_directory_iterator it(dir), end; it != end; ++it) {
    struct stat st {};
    if (::lstat(it->path().c_str(), &st) != 0 || !S_ISREG(st.st_mode)) continue;
    found[fs::relative(it->path(), dir).generic_string()] = {
        st.st_ino, st.st_mtim.tv_sec * 1000000000LL + st.st_mtim.tv_nsec};
  }
  return found;
}

TEST_F(Writer, ABuildThatChangesNothingTouchesNothing) {
  Diagnostics diags;
  for (int i = 0; i < 3; ++i)
    ASSERT_TRUE(write_site_atomically(site("one"), out_.string(), diags).ok);
  auto before = stamps(out_);
  auto bytes = snapshot(out_);
  WriteResult r = write_site_atomically(site("one"), out_.string(), diags);
  ASSERT_TRUE(r.ok);
  EXPECT_EQ(r.written, 0u);
  EXPECT_EQ(r.unchanged, 3u);
  EXPECT_EQ(r.touched, 0u);
  EXPECT_EQ(stamps(out_), before);
  EXPECT_EQ(snapshot(out_), bytes);
  EXPECT_TRUE(leftovers_beside(out_).empty());
}

TEST_F(Writer, ABuildThatChangesOnePageWritesOneFile) {
  Diagnostics diags;
  for (int i = 0; i < 3; ++i)
    ASSERT_TRUE(write_site_atomically(site("one"), out_.string(), diags).ok);
  auto before = stamps(out_);
  PageSet changed = site("one");
  changed.files[1] = {"index.html", "<h1>new words</h1>", {}};
  WriteResult r = write_site_atomically(changed, out_.string(), diags);
  ASSERT_TRUE(r.ok);
  EXPECT_EQ(r.written, 1u);
  EXPECT_EQ(r.unchanged, 2u);
  EXPECT_EQ(r.touched, 1u);
  auto after = stamps(out_);
  EXPECT_EQ(slurp((out_ / "index.html").string()), "<h1>new words</h1>");
  EXPECT_NE(after["index.html"], before["index.html"]);
  EXPECT_EQ(after["404.html"], before["404.html"]);
  EXPECT_EQ(after["plans/x/index.html"], before["plans/x/index.html"]);
  // The same content again: the new page keeps its inode too; the previous generation catches
  // up by one link.
  r = write_site_atomically(changed, out_.string(), diags);
  ASSERT_TRUE(r.ok);
  EXPECT_EQ(r.written, 0u);
  EXPECT_EQ(r.touched, 1u);
  EXPECT_EQ(stamps(out_), after);
}

TEST_F(Writer, WhatSomeoneAddedOrEditedInThePublishedSiteDoesNotComeBack) {
  Diagnostics diags;
  fs::path clean = root_ / "clean";
  ASSERT_TRUE(write_site_atomically(site("one"), clean.string(), diags).ok);
  for (int i = 0; i < 3; ++i)
    ASSERT_TRUE(write_site_atomically(site("one"), out_.string(), diags).ok);
  write_bytes(out_ / "stray.html", "<p>dropped in by hand</p>");
  write_bytes(out_ / "plans/y/index.html", "<p>a plan nobody wrote</p>");
  {
    // Edited in place: the same inode, which the previous generation shares.
    std::ofstream edit((out_ / "plans/x/index.html").string(), std::ios::trunc);
    edit << "<p>edited by hand</p>";
  }
  fs::remove(out_ / "404.html");
  fs::create_directory(out_ / "404.html");
  for (int i = 0; i < 3; ++i) {
    ASSERT_TRUE(write_site_atomically(site("one"), out_.string(), diags).ok);
    EXPECT_EQ(snapshot(out_), snapshot(clean)) << "build " << i;
    EXPECT_FALSE(fs::exists(out_ / "plans/y"));
  }
}

TEST_F(Writer, ASearchIndexTheBuildDidNotMakeIsNotCarriedOver) {
  // The build makes pagefind/ itself (search/search_index.h): one left by another tool in the
  // live site is stale, and goes with the next build.
  Diagnostics diags;
  for (int i = 0; i < 2; ++i)
    ASSERT_TRUE(write_site_atomically(site("one"), out_.string(), diags).ok);
  write_bytes(out_ / "pagefind/pagefind.js", "search();");
  for (const char* words : {"two", "three"}) {
    ASSERT_TRUE(write_site_atomically(site(words), out_.string(), diags).ok);
    EXPECT_FALSE(fs::exists(out_ / "pagefind")) << words;
  }
}

TEST_F(Writer, AFailedWriteLeavesThePreviousSiteAndTheNextBuildWorks) {
  Diagnostics diags;
  for (int i = 0; i < 3; ++i)
    ASSERT_TRUE(write_site_atomically(site("one"), out_.string(), diags).ok);
  auto before = snapshot(out_);
  auto inodes = stamps(out_);
  PageSet broken = site("two");
  broken.files.push_back({"static/gone.pdf", "", (root_ / "no-such-file.pdf").string()});
  EXPECT_FALSE(write_site_atomically(broken, out_.string(), diags).ok);
  EXPECT_EQ(snapshot(out_), before);
  EXPECT_EQ(stamps(out_), inodes);
  EXPECT_TRUE(leftovers_beside(out_).empty());
  ASSERT_TRUE(write_site_atomically(site("two"), out_.string(), diags).ok);
  EXPECT_EQ(slurp((out_ / "index.html").string()), "<h1>two</h1>");
}

TEST_F(Writer, AFolderNamedLikeThePreviousGenerationButNotMadeByABuildIsLeftAlone) {
  write_bytes(root_ / ".public.promisehub-previous/notes.txt", "mine");
  Diagnostics diags;
  for (int i = 0; i < 3; ++i)
    ASSERT_TRUE(write_site_atomically(site("one"), out_.string(), diags).ok);
  EXPECT_EQ(slurp((root_ / ".public.promisehub-previous/notes.txt").string()), "mine");
  EXPECT_EQ(slurp((out_ / "index.html").string()), "<h1>one</h1>");
}

TEST_F(Writer, ADamagedOrOutdatedManifestCostsWorkNeverAWrongPage) {
  Diagnostics diags;
  fs::path manifest = root_ / ".public.promisehub-manifest";
  for (int i = 0; i < 3; ++i)
    ASSERT_TRUE(write_site_atomically(site("one"), out_.string(), diags).ok);
  std::string from_edition_one = slurp(manifest.string());
  ASSERT_TRUE(write_site_atomically(site("two"), out_.string(), diags).ok);
  // A manifest that describes the trees as they were a build ago.
  write_bytes(manifest, from_edition_one);
  ASSERT_TRUE(write_site_atomically(site("three"), out_.string(), diags).ok);
  EXPECT_EQ(slurp((out_ / "index.html").string()), "<h1>three</h1>");
  ASSERT_TRUE(write_site_atomically(site("two"), out_.string(), diags).ok);
  EXPECT_EQ(slurp((out_ / "plans/x/index.html").string()), "<p>plan two</p>");
  for (const char* garbage : {"", "promisehub-manifest 1\nf 1 2 3 zz index.html\n", "\x01\x02"}) {
    write_bytes(manifest, garbage);
    ASSERT_TRUE(write_site_atomically(site("one"), out_.string(), diags).ok);
    EXPECT_EQ(slurp((out_ / "index.html").string()), "<h1>one</h1>");
    EXPECT_EQ(slurp((out_ / "404.html").string()), "<p>one</p>");
    ASSERT_TRUE(write_site_atomically(site("two"), out_.string(), diags).ok);
    EXPECT_EQ(slurp((out_ / "plans/x/index.html").string()), "<p>plan two</p>");
  }
}

}  // namespace
}  // namespace promisehub
