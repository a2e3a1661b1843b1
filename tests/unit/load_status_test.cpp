// A status is read once, at load: the same message for a bad status in a plan, in either form of
// an update's status changes, and in site.yaml's words; nothing downstream checks again.
#include <gtest/gtest.h>

#include "core/text.h"
#include "model/status.h"
#include "support/temp_site.h"

namespace promisehub {
namespace {

using testing::TempSite;

std::string with(std::string text, const std::string& from, const std::string& to) {
  text.replace(text.find(from), from.size(), to);
  return text;
}

TEST(Status, OneMessageWhereverABadStatusIsWritten) {
  TempSite site;
  site.write("content/plans/test-plan.yaml",
             with(TempSite::kPlanYaml, "status: underway", "status: complete"));
  site.write(
      "content/updates/2024-07-01-map.md",
      "---\ntitle: Map\ndate: 2024-07-01\nplan: test-plan\nstatus:\n  \"1.2\": donee\n---\nX\n");
  site.write("content/updates/2024-07-02-list.md",
             "---\ntitle: List\ndate: 2024-07-02\nplan: test-plan\nstatus:\n  - action: \"1.2\"\n"
             "    to: in progress\n---\nX\n");
  site.write("content/site.yaml",
             std::string(TempSite::kSiteYaml) + "statuses:\n  finished: { label: All done }\n");
  auto messages = site.messages();
  std::string all = join(messages, "\n");
  EXPECT_TRUE(testing::any_message_has(
      messages, {"content/plans/test-plan.yaml:14:13: error: unknown status `complete` in action",
                 "`complete` is written `done` here", "Statuses are: "}))
      << all;
  EXPECT_TRUE(testing::any_message_has(
      messages, {"2024-07-01-map.md:6:10: error: unknown status `donee` for action 1.2",
                 "did you mean `done`?"}))
      << all;
  EXPECT_TRUE(testing::any_message_has(
      messages, {"2024-07-02-list.md", "unknown status `in progress` for action 1.2",
                 "written `underway` here"}))
      << all;
  EXPECT_TRUE(testing::any_message_has(
      messages, {"content/site.yaml", "unknown status `finished` in `statuses`", "`done`"}))
      << all;
  // Each is reported once: no second check further down says it again.
  std::size_t unknown = 0;
  for (const auto& m : messages) unknown += m.find("unknown status") != std::string::npos;
  EXPECT_EQ(unknown, 4u) << all;
}

// Sites look a status's words up by the Status itself, so the words must come in the type's order,
// and every key a plan can write must name the one status it reads as.
TEST(Status, KeysAndWordsFollowTheTypesOrder) {
  ASSERT_EQ(default_statuses().size(), kAllStatuses.size());
  std::vector<std::string> keys;
  for (std::size_t i = 0; i < kAllStatuses.size(); ++i) {
    Status s = kAllStatuses[i];
    EXPECT_EQ(index_of(s), i);
    EXPECT_EQ(default_statuses()[i].status, s);
    ASSERT_TRUE(status_from_key(status_key(s)));
    EXPECT_EQ(*status_from_key(status_key(s)), s);
    keys.push_back(status_key(s));
  }
  EXPECT_EQ(join(keys, " "), "not-started little-progress needs-more underway ongoing done");
  EXPECT_FALSE(status_from_key("Done"));
  EXPECT_FALSE(status_from_key(""));
}

TEST(Status, AnActionsStatusBeforeAnyUpdateIsThePlans) {
  TempSite site;
  Diagnostics diags;
  auto loaded = site.load(diags);
  ASSERT_TRUE(loaded);
  for (const auto& a : loaded->plans.at(0).actions) {
    if (!a.history.empty()) continue;
    EXPECT_EQ(status_key(a.current_status), status_key(a.status.value)) << a.id;
  }
}

}  // namespace
}  // namespace promisehub
