// SiteSession under random sequences of edits: after every edit, what the session holds equals a
// fresh full build of the same content, byte for byte. Edits cover updates (add, change, delete,
// rename, draft, future date), plan fields, the glossary, site.yaml, pages, static files, and
// the theme's templates and assets; refreshes come with and without a file watcher's hints.
#include <gtest/gtest.h>

#include <map>
#include <random>
#include <thread>

#include "session.h"
#include "support/temp_site.h"

namespace promisehub {
namespace {

using testing::TempSite;

struct UpdateFile {
  std::string date = "2025-01-10", title, action = "1.1", status = "underway", body;
  bool draft = false;
};

// The content of the site as the test has written it, so each edit can be a valid one.
class Edits {
 public:
  Edits(const TempSite& site, unsigned seed) : site_(site), random_(seed) {
    for (int i = 0; i < 60; ++i) {  // more than one page of the list of updates
      UpdateFile u;
      u.date = "2025-0" + std::to_string(1 + i % 9) + "-1" + std::to_string(i % 10);
      u.title = "News " + std::to_string(i);
      u.action = i % 3 ? "1.1" : "1.2";
      u.body = "Body " + std::to_string(i) + " about the Promise.[^1]\n\n[^1]: A note.\n";
      put_update("news-" + std::to_string(i), u);
    }
    site_.write("content/glossary.yaml", glossary());
  }

  // Makes one random edit; returns the paths changed, as a file watcher names them.
  std::vector<std::string> any() {
    std::uniform_int_distribution<int> pick(0, 11);
    switch (pick(random_)) {
      case 0: {  // add an update
        UpdateFile u;
        u.title = "Added " + std::to_string(next_++);
        u.date = "2025-1" + std::to_string(number(0, 1)) + "-0" + std::to_string(number(1, 9));
        u.action = number(0, 1) ? "1.1" : "1.2";
        u.body = "New text.";
        return {put_update("added-" + std::to_string(next_), u)};
      }
      case 1:
      case 2: {  // change an update's title, body or status
        auto& [name, u] = some_update();
        int what = number(0, 2);
        if (what == 0) u.title += " again";
        if (what == 1) u.body += "\nOne more line about the Promise.\n";
        if (what == 2) u.status = u.status == "underway" ? "done" : "underway";
        return {put_update(name, u)};
      }
      case 3: {  // delete an update
        if (updates_.size() < 3) return {};
        std::string name = some_update().first;
        std::string path = file_of(name);
        site_.remove(path);
        updates_.erase(name);
        return {site_.dir() + "/" + path};
      }
      case 4: {  // rename an update (its slug changes)
        std::string name = some_update().first;
        std::string old_path = file_of(name);
        UpdateFile u = updates_.at(name);
        site_.remove(old_path);
        updates_.erase(name);
        return {site_.dir() + "/" + old_path, put_update(name + "-renamed", u)};
      }
      case 5: {  // make an update a draft, or publish it, or date it after the build day
        auto& [name, u] = some_update();
        if (number(0, 1))
          u.draft = !u.draft;
        else
          u.date = u.date.rfind("2027", 0) == 0 ? "2025-05-05" : "2027-03-03";
        std::string moved;
        std::string path = put_update(name, u, &moved);
        if (moved.empty()) return {path};
        return {moved, path};
      }
      case 6:  // a plan field
        plan_title_ += "!";
        site_.write("content/plans/test-plan.yaml", plan_yaml());
        return {site_.dir() + "/content/plans/test-plan.yaml"};
      case 7:  // the glossary
        terms_.push_back("Term" + std::to_string(next_++));
        site_.write("content/glossary.yaml", glossary());
        return {site_.dir() + "/content/glossary.yaml"};
      case 8:  // site.yaml
        site_title_ += " Hub";
        site_.write("content/site.yaml", std::string("title: ") + site_title_ +
                                             std::string(TempSite::kSiteYaml).substr(15));
        return {site_.dir() + "/content/site.yaml"};
      case 9:  // a page, or a static file
        if (number(0, 1)) {
          site_.write("content/pages/about.md", "---\ntitle: About " + std::to_string(next_++) +
                                                    "\nplain: Who we are.\n---\nWe are here.\n");
          return {site_.dir() + "/content/pages/about.md"};
        }
        site_.write("content/static/note.txt", "note " + std::to_string(next_++));
        return {site_.dir() + "/content/static/note.txt"};
      case 10: {  // a theme template
        std::string path = "themes/promise/templates/update.mustache";
        site_.write(path, testing::read_file(site_.dir() + "/" + path) + "<!-- edit -->\n");
        return {site_.dir() + "/" + path};
      }
      default: {  // a theme asset
        std::string path = "themes/promise/assets/style.css";
        site_.write(path, testing::read_file(site_.dir() + "/" + path) + "/* edit */\n");
        return {site_.dir() + "/" + path};
      }
    }
  }

  int number(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(random_); }

 private:
  std::string file_of(const std::string& name) const {
    return "content/updates/" + updates_.at(name).date + "-" + name + ".md";
  }

  // Writes the update's file; a new date moves it to a new file (also returned, by `moved`).
  std::string put_update(const std::string& name, const UpdateFile& u,
                         std::string* moved = nullptr) {
    auto old = updates_.find(name);
    if (old != updates_.end() && old->second.date != u.date) {
      if (moved) *moved = site_.dir() + "/" + file_of(name);
      site_.remove(file_of(name));
    }
    updates_[name] = u;
    std::string path = file_of(name);
    site_.write(path, "---\ntitle: " + u.title + "\ndate: " + u.date +
                          "\nplan: test-plan\nactions: [\"" + u.action + "\"]\nstatus:\n  \"" +
                          u.action + "\": " + u.status + (u.draft ? "\ndraft: true" : "") +
                          "\n---\n" + u.body);
    return site_.dir() + "/" + path;
  }

  std::pair<const std::string, UpdateFile>& some_update() {
    auto it = updates_.begin();
    std::advance(it, number(0, static_cast<int>(updates_.size()) - 1));
    return *it;
  }

  std::string plan_yaml() const {
    std::string yaml = TempSite::kPlanYaml;
    return "title: " + plan_title_ + yaml.substr(yaml.find('\n'));
  }

  std::string glossary() const {
    std::string out = "terms:\n  - term: Promise\n    plain: What we said we would do.\n";
    for (const auto& t : terms_) out += "  - term: " + t + "\n    plain: A word we use.\n";
    return out;
  }

  const TempSite& site_;
  std::mt19937 random_;
  std::map<std::string, UpdateFile> updates_;
  std::vector<std::string> terms_;
  std::string plan_title_ = "Test Plan 2024", site_title_ = "Test Hub";
  int next_ = 0;
};

void tick() {  // files written this soon after the last read get a new mtime
  std::this_thread::sleep_for(std::chrono::milliseconds(15));
}

class RandomEdits : public ::testing::TestWithParam<unsigned> {};

TEST_P(RandomEdits, EverySessionRefreshEqualsAFreshBuild) {
  TempSite site;
  site.add_themes();
  site.remove("content/updates/2024-06-30-brothers-and-sisters.md");
  Edits edits(site, GetParam());
  SiteSession session(testing::session_options(site));
  Diagnostics first;
  ASSERT_TRUE(session.refresh(first).ok);
  std::size_t incremental = 0;
  for (int step = 0; step < 30; ++step) {
    tick();
    std::vector<std::string> changed = edits.any();
    tick();
    bool hinted = edits.number(0, 1) == 1;
    Diagnostics d;
    auto result = session.refresh(d, hinted ? &changed : nullptr);
    SiteSession fresh(testing::session_options(site));
    Diagnostics fd;
    auto full = fresh.refresh(fd);
    SCOPED_TRACE("seed " + std::to_string(GetParam()) + ", step " + std::to_string(step) +
                 (hinted ? ", with hints" : "") + ", changed " +
                 (changed.empty() ? std::string("nothing") : changed[0]));
    ASSERT_EQ(result.ok, full.ok) << (fd.all().empty() ? "" : fd.all()[0].message);
    if (!full.ok) continue;
    incremental += result.full ? 0 : 1;
    auto a = testing::page_bytes(*session.pages()), b = testing::page_bytes(*fresh.pages());
    ASSERT_EQ(a.size(), b.size());
    for (const auto& [path, bytes] : b) ASSERT_EQ(a[path], bytes) << path;
  }
  // Most edits are to updates: the session took its incremental path for some of them.
  EXPECT_GT(incremental, 0u);
}

INSTANTIATE_TEST_SUITE_P(Seeds, RandomEdits, ::testing::Values(1u, 2u, 3u, 4u));

}  // namespace
}  // namespace promisehub
