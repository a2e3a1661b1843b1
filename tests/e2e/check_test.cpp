// `promisehub check` checks what will be published next: a draft's problems are found while it is
// still a draft, and the drafts and future updates it checked are named.
#include <gtest/gtest.h>

#include <string>

#include "hostile/process.h"
#include "support/temp_site.h"

namespace promisehub {
namespace {

using testing::TempSite;

hostile::ProcessResult check(const TempSite& site, const std::vector<std::string>& more = {}) {
  std::vector<std::string> args{"check", "--site", site.dir(), "--now", "2026-01-01"};
  args.insert(args.end(), more.begin(), more.end());
  hostile::ChildProcess child(PROMISEHUB_BINARY, args, site.dir() + "/check");
  return child.wait(60);
}

const char* const kDraft = R"(---
title: More help at home
date: 2025-12-01
plan: test-plan
actions: ["1.1"]
draft: true
---
We will make sure every child who is looked after has a placement near their school.
)";

TEST(Check, ADraftIsCheckedAndNamedBeforeItIsPublished) {
  TempSite site;
  site.add_themes();
  site.write("content/language.yaml",
             "words:\n  - avoid: [looked after]\n    say: care experienced\n"
             "  - avoid: [placement]\n    say: home\n");
  site.write("content/updates/2025-12-01-more-help.md", kDraft);
  auto r = check(site, {"--strict"});
  ASSERT_TRUE(r.exited) << r.err;
  EXPECT_EQ(r.exit_code, 1) << r.out << r.err;
  EXPECT_NE(r.err.find("content/updates/2025-12-01-more-help.md:8:"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("looked after"), std::string::npos) << r.err;
  EXPECT_NE(r.out.find("Checked too, though not on the site yet:\n"
                       "  content/updates/2025-12-01-more-help.md (a draft)\n"),
            std::string::npos)
      << r.out;
}

TEST(Check, AFutureUpdateIsCheckedAndSaysWhenItAppears) {
  TempSite site;
  site.add_themes();
  std::string future = kDraft;
  future.replace(future.find("draft: true"), 11, "draft: false");
  future.replace(future.find("date: 2025-12-01"), 16, "date: 2026-07-01");
  future.replace(future.find("We will make sure"), std::string::npos,
                 "We will help you stay near your school.\n");
  site.write("content/updates/2026-07-01-more-help.md", future);
  auto r = check(site);
  ASSERT_TRUE(r.exited) << r.err;
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_NE(r.out.find("  content/updates/2026-07-01-more-help.md (appears on 2026-07-01)\n"),
            std::string::npos)
      << r.out;
}

}  // namespace
}  // namespace promisehub
