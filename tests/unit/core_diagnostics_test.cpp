// Diagnostics as people read them: the source line and a caret, from files read once.
#include "core/diagnostics.h"

#include <gtest/gtest.h>

#include "support/temp_site.h"

namespace promisehub {
namespace {

Diagnostic warning_at(int line, int column) {
  return {Severity::warning, {"content/x.yaml", line, column}, "a finding", "", ""};
}

TEST(SourceLines, EachFileReadOnceForEveryFinding) {
  testing::TempSite site;
  site.write("content/x.yaml", "title: x\r\nplain: We offer respite. Respite too.\n");
  SourceLines sources(site.dir());
  EXPECT_EQ(format_with_source(warning_at(2, 19), sources),
            "content/x.yaml:2:19: warning: a finding\n"
            "    plain: We offer respite. Respite too.\n"
            "                      ^\n");
  // Read already: a change to the file after the first finding is not seen.
  site.write("content/x.yaml", "changed\n");
  EXPECT_EQ(format_with_source(warning_at(2, 28), sources),
            "content/x.yaml:2:28: warning: a finding\n"
            "    plain: We offer respite. Respite too.\n"
            "                               ^\n");
  EXPECT_EQ(*sources.line("content/x.yaml", 1), "title: x");  // without its \r
  EXPECT_EQ(sources.line("content/x.yaml", 3), nullptr);
  EXPECT_EQ(sources.line("content/missing.yaml", 1), nullptr);
  EXPECT_EQ(format_with_source(warning_at(9, 1), sources),
            "content/x.yaml:9:1: warning: a finding\n");
  // The one-off form reads the file as it is now.
  EXPECT_EQ(format_with_source(warning_at(1, 1), site.dir()),
            "content/x.yaml:1:1: warning: a finding\n    changed\n    ^\n");
}

}  // namespace
}  // namespace promisehub
