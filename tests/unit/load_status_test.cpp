// A status is read once, at load: the same message for a bad status in a plan, in either form of
// an update's status changes, and in site.yaml's words; nothing downstream checks again.
#include <gtest/gtest.h>

#include "core/text.h"
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

}  // namespace
}  // namespace promisehub
