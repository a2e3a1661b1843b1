// Atomic and reproducible output (spec §9), with the real binary on a site big enough that writing
// it takes a while: a build killed (SIGKILL, SIGTERM, SIGINT) while it writes leaves the previous
// public/ complete and unchanged, or the new one complete; the next build leaves nothing beside
// public/; builds with --jobs 1 and --jobs 8 give the same bytes.
#include <signal.h>
#include <sys/stat.h>

#include <gtest/gtest.h>

#include <chrono>
#include <random>
#include <thread>

#include "hostile/html_safety.h"
#include "hostile/process.h"
#include "hostile/site_files.h"

namespace promisehub::hostile {
namespace {

// A plan with many promises and many updates: a few thousand pages. `edition` changes every
// page's words, so the old and the new site differ in every file.
void write_big_site(const fs::path& site, int edition) {
  const int actions = 700, updates = 80;
  std::string plan = "title: Big Plan, edition " + std::to_string(edition) +
                     "\nplain: Many promises.\ngroups:\n  - id: home\n    title: Home\nactions:\n";
  for (int i = 0; i < actions; ++i) {
    std::string n = std::to_string(i);
    plan += "  - id: \"a" + n + "\"\n    group: home\n    title: We will do thing " + n +
            " for you (edition " + std::to_string(edition) + ").\n    plain: We do thing " + n +
            ".\n    status: underway\n    for: [young-people]\n";
  }
  write_bytes(site / "content/plans/big.yaml", plan);
  fs::remove_all(site / "content/updates");
  for (int j = 0; j < updates; ++j) {
    char name[64];
    std::snprintf(name, sizeof name, "content/updates/2024-01-01-update-%03d.md", j);
    write_bytes(site / name, "---\ntitle: Update " + std::to_string(j) + " (edition " +
                                 std::to_string(edition) +
                                 ")\ndate: 2024-01-01\nplan: big\nactions: [\"a" +
                                 std::to_string(j) + "\"]\n---\nWhat happened, in words.\n");
  }
}

class Atomic : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    root_ = fs::temp_directory_path() / fs::unique_path("promisehub-atomic-%%%%-%%%%");
    site_ = root_ / "site";
    copy_tree(fs::path(PROMISEHUB_SOURCE_DIR) / "tests/hostile/base/content", site_ / "content");
    fs::remove(site_ / "content/plans/test-plan.yaml");
    copy_tree(fs::path(PROMISEHUB_SOURCE_DIR) / "themes", site_ / "themes");
    // The two complete sites every state of public/ is compared with.
    for (int edition : {1, 2}) {
      write_big_site(site_, edition);
      fs::path out = root_ / ("reference-" + std::to_string(edition));
      ProcessResult r = build(out, 2);
      ASSERT_TRUE(r.exited && r.exit_code == 0) << r.err;
      reference_[edition] = snapshot(out);
    }
  }
  static void TearDownTestSuite() {
    boost::system::error_code ec;
    fs::remove_all(root_, ec);
  }

  static ProcessResult build(const fs::path& out, int jobs, double timeout = 300) {
    return run_process(PROMISEHUB_BINARY,
                       {"build", "--site", site_.string(), "--out", out.string(), "--now",
                        "2025-01-01", "--jobs", std::to_string(jobs)},
                       (root_ / "log").string(), timeout);
  }

  static inline fs::path root_, site_;
  static inline std::map<int, std::map<std::string, std::string>> reference_;
};

enum class KillAt { temp_folder_appears, while_writing, after_swap };

struct KillCase {
  int signal;
  KillAt when;
};

std::string describe(const KillCase& k) {
  std::string s = k.signal == SIGKILL ? "SIGKILL" : k.signal == SIGTERM ? "SIGTERM" : "SIGINT";
  s += k.when == KillAt::temp_folder_appears ? " as the temporary folder appears"
       : k.when == KillAt::while_writing     ? " while writing"
                                             : " after the swap";
  return s;
}

ino_t inode_of(const fs::path& p) {
  struct stat st {};
  return ::stat(p.c_str(), &st) == 0 ? st.st_ino : 0;
}

TEST_F(Atomic, KilledBuildLeavesAWholeSiteAndTheNextBuildCleansUp) {
  fs::path out = root_ / "public";
  write_big_site(site_, 1);
  ProcessResult first = build(out, 2);
  ASSERT_TRUE(first.exited && first.exit_code == 0) << first.err;
  int current = 1;  // the edition public/ holds

  std::mt19937 random(20261123);
  std::vector<KillCase> cases;
  for (int sig : {SIGKILL, SIGTERM, SIGINT})
    for (KillAt when : {KillAt::temp_folder_appears, KillAt::while_writing, KillAt::after_swap})
      cases.push_back({sig, when});

  int killed_mid_write = 0;
  for (const KillCase& k : cases) {
    SCOPED_TRACE(describe(k));
    int next = 3 - current;
    write_big_site(site_, next);
    ino_t before = inode_of(out);
    // Real timing, no hooks: watch the folder beside public/ and the inode of public/ itself.
    bool hit = false;
    ProcessResult r;
    for (int attempt = 0; attempt < 5 && !hit; ++attempt) {
      ChildProcess child(PROMISEHUB_BINARY,
                         {"build", "--site", site_.string(), "--out", out.string(), "--now",
                          "2025-01-01", "--jobs", "2"},
                         (root_ / "killed").string());
      bool writing = false;
      while (!child.poll()) {
        if (!writing && !leftovers_beside(out).empty()) {
          writing = true;
          if (k.when == KillAt::while_writing) {
            int ms = std::uniform_int_distribution<int>(5, 150)(random);
            std::this_thread::sleep_for(std::chrono::milliseconds(ms));
          }
        }
        bool swapped = inode_of(out) != before;
        if ((k.when == KillAt::after_swap && swapped) ||
            (k.when != KillAt::after_swap && writing)) {
          child.signal(k.signal);
          hit = true;
          break;
        }
        ASSERT_LT(child.elapsed(), 300) << "the build did not finish";
        std::this_thread::sleep_for(std::chrono::microseconds(500));
      }
      r = child.wait(60);
      ASSERT_FALSE(r.timed_out);
      if (!hit) {
        // It finished before we could catch it: public/ is now the other edition; go back.
        ASSERT_TRUE(r.exited && r.exit_code == 0) << r.err;
        current = next;
        next = 3 - current;
        write_big_site(site_, next);
        before = inode_of(out);
      }
    }
    ASSERT_TRUE(hit) << "could not catch the build in the act five times";

    // public/ holds one whole site: the previous one until the swap, the new one after it.
    bool swapped = inode_of(out) != before;
    auto now = snapshot(out);
    EXPECT_EQ(first_difference(now, reference_[swapped ? next : current]), "")
        << (swapped ? "after the swap" : "before the swap") << ", killed: " << !r.exited;
    if (!r.exited && !swapped) ++killed_mid_write;

    // The next build finishes the job and leaves nothing beside public/.
    ProcessResult again = build(out, 2);
    ASSERT_TRUE(again.exited && again.exit_code == 0) << again.err;
    auto left = leftovers_beside(out);
    EXPECT_TRUE(left.empty()) << left.front();
    EXPECT_EQ(first_difference(snapshot(out), reference_[next]), "");
    current = next;
  }
  EXPECT_GE(killed_mid_write, 3) << "too few builds were killed while writing";
}

TEST_F(Atomic, ConcurrentBuildsIntoOneFolderBothFinishWhole) {
  fs::path out = root_ / "concurrent";
  write_big_site(site_, 2);
  std::vector<std::unique_ptr<ChildProcess>> children;
  for (int i = 0; i < 2; ++i) {
    children.push_back(std::make_unique<ChildProcess>(
        PROMISEHUB_BINARY,
        std::vector<std::string>{"build", "--site", site_.string(), "--out", out.string(), "--now",
                                 "2025-01-01", "--jobs", "1"},
        (root_ / ("concurrent-" + std::to_string(i))).string()));
  }
  for (auto& child : children) {
    ProcessResult r = child->wait(300);
    ASSERT_TRUE(r.exited) << r.err;
    EXPECT_EQ(r.exit_code, 0) << r.err;
  }
  EXPECT_EQ(first_difference(snapshot(out), reference_[2]), "");
  EXPECT_TRUE(leftovers_beside(out).empty());
}

TEST_F(Atomic, OneJobAndEightJobsGiveTheSameBytes) {
  write_big_site(site_, 1);
  std::map<int, std::map<std::string, std::string>> sites;
  for (int jobs : {1, 8}) {
    fs::path out = root_ / ("jobs-" + std::to_string(jobs));
    ProcessResult r = build(out, jobs);
    ASSERT_TRUE(r.exited && r.exit_code == 0) << r.err;
    sites[jobs] = snapshot(out);
  }
  EXPECT_GT(sites[1].size(), 700u);
  EXPECT_EQ(first_difference(sites[1], sites[8]), "");
  EXPECT_EQ(first_difference(sites[1], reference_[1]), "");
}

TEST(Reproducible, ExampleSiteIsTheSameWithOneOrEightJobs) {
  fs::path root = fs::temp_directory_path() / fs::unique_path("promisehub-repro-%%%%-%%%%");
  fs::create_directories(root);
  std::map<int, std::map<std::string, std::string>> sites;
  for (int jobs : {1, 8}) {
    fs::path out = root / ("jobs-" + std::to_string(jobs));
    ProcessResult r = run_process(PROMISEHUB_BINARY,
                                  {"build", "--site", PROMISEHUB_SOURCE_DIR, "--out", out.string(),
                                   "--now", "2026-11-23", "--jobs", std::to_string(jobs)},
                                  (root / "log").string(), 300);
    ASSERT_TRUE(r.exited && r.exit_code == 0) << r.err;
    sites[jobs] = snapshot(out);
  }
  EXPECT_GT(sites[1].size(), 50u);
  EXPECT_EQ(first_difference(sites[1], sites[8]), "");
  boost::system::error_code ec;
  fs::remove_all(root, ec);
}

}  // namespace
}  // namespace promisehub::hostile
