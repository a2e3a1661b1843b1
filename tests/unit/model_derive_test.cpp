// The model's derived facts: status history, current status, taking longer, counts.
#include <gtest/gtest.h>

#include "core/text.h"
#include "model/derive.h"
#include "support/temp_site.h"

namespace promisehub {
namespace {

using testing::TempSite;

const Action& action(const Site& site, const std::string& id) {
  return *site.plans.at(0).find_action(id);
}

std::string update(const std::string& date, const std::string& status_lines, bool draft = false) {
  return "---\ntitle: An update\ndate: " + date +
         "\nplan: test-plan\nactions: [\"1.1\"]\nstatus:\n" + status_lines +
         (draft ? "draft: true\n" : "") + "---\nBody.\n";
}

TEST(DeriveStatus, PlanStatusWhenNoUpdateChangesIt) {
  TempSite site;
  site.remove("content/updates/2024-06-30-brothers-and-sisters.md");
  Diagnostics diags;
  auto s = site.load(diags);
  ASSERT_TRUE(s);
  EXPECT_EQ(status_key(action(*s, "1.1").current_status), "underway");
  EXPECT_TRUE(action(*s, "1.1").history.empty());
}

TEST(DeriveStatus, NewestUpdateWinsByDateThenFileName) {
  TempSite site;
  site.write("content/updates/2024-07-01-a.md", update("2024-07-01", "  \"1.1\": needs-more\n"));
  site.write("content/updates/2024-07-01-b.md", update("2024-07-01", "  \"1.1\": ongoing\n"));
  site.write("content/updates/2024-03-01-old.md",
             update("2024-03-01", "  \"1.1\": little-progress\n"));
  Diagnostics diags;
  auto s = site.load(diags);
  ASSERT_TRUE(s) << join(site.messages(), "\n");
  const Action& a = action(*s, "1.1");
  EXPECT_EQ(status_key(a.current_status), "ongoing");
  ASSERT_EQ(a.history.size(), 4u);
  EXPECT_EQ(status_key(a.history[0].from), "underway");
  EXPECT_EQ(status_key(a.history[0].to), "little-progress");
  EXPECT_EQ(status_key(a.history[1].to), "done");  // 2024-06-30
  EXPECT_EQ(status_key(a.history[2].to), "needs-more");
  EXPECT_EQ(status_key(a.history[3].from), "needs-more");
}

TEST(DeriveStatus, DraftsAndFutureUpdatesStayOffUnlessAsked) {
  TempSite site;
  site.write("content/updates/2024-07-01-draft.md",
             update("2024-07-01", "  \"1.1\": needs-more\n", true));
  site.write("content/updates/2027-01-01-future.md",
             update("2027-01-01", "  \"1.1\": little-progress\n"));
  Diagnostics diags;
  auto s = site.load(diags, "2026-01-01");
  ASSERT_TRUE(s);
  EXPECT_EQ(s->updates.size(), 1u);
  EXPECT_EQ(status_key(action(*s, "1.1").current_status), "done");

  BuildOptions with_drafts;
  with_drafts.site_dir = site.dir();
  with_drafts.now = parse_date("2026-01-01");
  with_drafts.drafts = true;
  Diagnostics d2;
  auto all = load_site(with_drafts, d2);
  ASSERT_TRUE(all);
  EXPECT_EQ(all->updates.size(), 3u);
  EXPECT_EQ(status_key(action(*all, "1.1").current_status), "little-progress");
}

TEST(DeriveStatus, TakingLongerWhenDueHasPassedAndNotDone) {
  TempSite site;
  site.remove("content/updates/2024-06-30-brothers-and-sisters.md");
  Diagnostics diags;
  auto before = site.load(diags, "2024-12-31");
  ASSERT_TRUE(before);
  EXPECT_FALSE(action(*before, "1.1").taking_longer) << "due 2024-12 covers the whole month";
  auto after = site.load(diags, "2025-01-01");
  ASSERT_TRUE(after);
  EXPECT_TRUE(action(*after, "1.1").taking_longer);
  EXPECT_FALSE(action(*after, "1.2").taking_longer) << "a text due date is never late";
}

TEST(DeriveStatus, DoneAndOngoingAreNeverLate) {
  Action a;
  a.due = Date{2020, 1, 1};
  a.current_status = Status::done;
  EXPECT_FALSE(is_taking_longer(a, Date{2025, 1, 1}));
  a.current_status = Status::ongoing;
  EXPECT_FALSE(is_taking_longer(a, Date{2025, 1, 1}));
  a.current_status = Status::needs_more;
  EXPECT_TRUE(is_taking_longer(a, Date{2025, 1, 1}));
}

TEST(DeriveStatus, CountsCoverEveryKey) {
  TempSite site;
  Diagnostics diags;
  auto s = site.load(diags);
  ASSERT_TRUE(s);
  std::vector<const Action*> all;
  for (const auto& a : s->plans[0].actions) all.push_back(&a);
  auto counts = count_statuses(all);
  EXPECT_EQ(counts[index_of(Status::done)], 1);
  EXPECT_EQ(counts[index_of(Status::not_started)], 1);
  EXPECT_EQ(counts[index_of(Status::underway)], 0);
}

}  // namespace
}  // namespace promisehub
