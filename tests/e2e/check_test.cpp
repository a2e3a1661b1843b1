// `promisehub check` checks what will be published next: a draft's problems are found while it is
// still a draft, and the drafts and future updates it checked are named. And every command says
// so when it is given a word it does not take, instead of ignoring it.
#include <gtest/gtest.h>

#include <string>

#include <boost/filesystem.hpp>

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
  EXPECT_NE(r.err.find("content/updates/2025-12-01-more-help.md:8:38: warning: in a draft: "
                       "\"looked after\" in this update is a word to avoid \xE2\x80\x94 say "
                       "\"care experienced\" instead"),
            std::string::npos)
      << r.err;
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

TEST(Commands, AStrayWordIsAUsageErrorNamingTheCommand) {
  TempSite site;
  for (const char* command : {"build", "check", "serve"}) {
    hostile::ChildProcess child(PROMISEHUB_BINARY, {command, "public", "--site", site.dir()},
                                site.dir() + "/stray");
    auto r = child.wait(60);
    ASSERT_TRUE(r.exited) << command;
    EXPECT_EQ(r.exit_code, 2) << command << r.err;
    EXPECT_NE(r.err.find(std::string("promisehub ") + command +
                         ": `public` is not an option of `promisehub " + command +
                         "` (options start with --, e.g. --site DIR)"),
              std::string::npos)
        << r.err;
  }
  hostile::ChildProcess jobs(PROMISEHUB_BINARY, {"build", "--jobs", "x", "--site", site.dir()},
                             site.dir() + "/jobs");
  auto r = jobs.wait(60);
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("promisehub build: --jobs should be a whole number from 1 to 256"),
            std::string::npos)
      << r.err;
  EXPECT_FALSE(boost::filesystem::exists(site.dir() + "/public")) << "nothing is built";
}

// A figure dated before the indicator's last one: build leaves the draft out today, so only
// check can say that build will stop on it once the draft is published.
TEST(Check, SaysPlainlyWhatBecomesABuildErrorOncePublished) {
  TempSite site;
  site.add_themes();
  std::string plan = TempSite::kPlanYaml;
  plan +=
      "indicators:\n"
      "  - id: children-in-care\n"
      "    title: Children in care\n"
      "    plain: How many children live in care.\n"
      "    unit: children\n"
      "    better: lower\n"
      "    values:\n"
      "      - { date: 2025-03-01, value: 170 }\n";
  site.write("content/plans/test-plan.yaml", plan);
  site.write("content/updates/2025-12-01-fewer.md",
             "---\ntitle: Fewer children in care\nplain: Fewer children live in care now.\n"
             "date: 2025-12-01\nplan: test-plan\ndraft: true\nindicators:\n"
             "  children-in-care: { date: 2024-03-01, value: 160 }\n---\n"
             "We will help you stay with your family.\n");
  auto r = check(site);
  ASSERT_TRUE(r.exited) << r.err;
  EXPECT_EQ(r.exit_code, 1) << r.out << r.err;
  EXPECT_NE(r.err.find("content/updates/2025-12-01-fewer.md:8:21: error: in a draft (build will "
                       "stop here once it is published): the value of indicator children-in-care "
                       "for 1 March 2024 is not newer than its latest value (1 March 2025)"),
            std::string::npos)
      << r.err;
  EXPECT_NE(r.out.find("  content/updates/2025-12-01-fewer.md (a draft)\n"), std::string::npos)
      << r.out;

  // Build today leaves the draft out, and builds.
  hostile::ChildProcess build(PROMISEHUB_BINARY,
                              {"build", "--site", site.dir(), "--now", "2026-01-01"},
                              site.dir() + "/build");
  auto b = build.wait(60);
  EXPECT_EQ(b.exit_code, 0) << b.err;
}

// An error build stops on today is not said to wait for publishing, even in a draft.
TEST(Check, AnErrorBuildHasTodayIsMarkedOnlyAsInADraft) {
  TempSite site;
  site.add_themes();
  std::string draft = kDraft;
  draft.replace(draft.find("\"1.1\""), 5, "\"1.9\"");
  site.write("content/updates/2025-12-01-more-help.md", draft);
  auto r = check(site);
  ASSERT_TRUE(r.exited) << r.err;
  EXPECT_EQ(r.exit_code, 1) << r.out << r.err;
  EXPECT_NE(r.err.find("content/updates/2025-12-01-more-help.md:5:11: error: in a draft: there is "
                       "no action 1.9 in plan test-plan"),
            std::string::npos)
      << r.err;
}

// An example address left in site.yaml would send feeds, the sitemap and shared links to a site
// nobody owns: check says so, and --strict fails; a real address passes.
TEST(Check, StrictRefusesAnExampleBaseUrl) {
  TempSite site;
  site.add_themes();
  site.write("content/site.yaml", std::string(TempSite::kSiteYaml));
  auto r = check(site, {"--strict"});
  ASSERT_TRUE(r.exited) << r.err;
  EXPECT_EQ(r.exit_code, 1) << r.out << r.err;
  EXPECT_NE(r.err.find("content/site.yaml:2:11: warning: `base_url` is an example address "
                       "(hub.example.org): feeds, the sitemap and links people share would point "
                       "there, not at your site \xE2\x80\x94 set it to the address readers will "
                       "use, e.g. https://promise.yourcouncil.gov.uk/"),
            std::string::npos)
      << r.err;

  std::string yaml = TempSite::kSiteYaml;
  yaml.replace(yaml.find("https://hub.example.org/"), 24, "https://promise.midlothian.gov.uk/");
  site.write("content/site.yaml", yaml);
  r = check(site, {"--strict"});
  EXPECT_EQ(r.err.find("example address"), std::string::npos) << r.err;
}

// An action id with two digits swapped is suggested as the id the writer meant.
TEST(Check, AnActionIdWithSwappedDigitsSuggestsTheIdMeant) {
  TempSite site;
  std::string plan = TempSite::kPlanYaml;
  for (const char* id : {"1.6", "1.16"})
    plan += std::string("  - id: \"") + id +
            "\"\n    group: home\n    title: We will help.\n    plain: We will help you.\n"
            "    status: underway\n";
  site.write("content/plans/test-plan.yaml", plan);
  std::string update = TempSite::kUpdateMd;
  update.replace(update.find("actions: [\"1.1\"]"), 16, "actions: [\"1.61\"]");
  site.write("content/updates/2024-06-30-brothers-and-sisters.md", update);
  auto messages = site.messages();
  ASSERT_EQ(messages.size(), 1u);
  EXPECT_EQ(messages[0],
            "content/updates/2024-06-30-brothers-and-sisters.md:6:11: error: there is no action "
            "1.61 in plan test-plan \xE2\x80\x94 did you mean `1.16`? actions: 1.1, 1.2, 1.6, "
            "1.16");
}

}  // namespace
}  // namespace promisehub

namespace promisehub {
namespace {

// Reading age is English's: a site in more languages is told which texts had none.
TEST(Check, SaysReadingAgeIsMeasuredForEnglishOnly) {
  TempSite site;
  site.add_themes();
  auto r = check(site);
  ASSERT_TRUE(r.exited) << r.err;
  EXPECT_EQ(r.out.find("Reading age is measured"), std::string::npos) << r.out;
  site.write("content/site.yaml", std::string(TempSite::kSiteYaml) + "languages: [gd, ar]\n");
  site.write("content/plans/test-plan.gd.yaml", "title: Plana Deuchainn 2024\n");
  r = check(site);
  ASSERT_TRUE(r.exited) << r.err;
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_NE(r.out.find("Reading age is measured for English texts only. Texts in gd, ar were "
                       "checked for words to avoid"),
            std::string::npos)
      << r.out;
}

// The example content, with its Gaelic and Arabic translations, passes `check --strict` once its
// address is a real one (the example address is the one warning the example is meant to give).
TEST(Check, TheExampleWithItsTranslationsPassesStrict) {
  TempSite site;
  boost::filesystem::remove_all(site.dir() + "/content");
  testing::copy_example_site(site.dir());
  std::string yaml = testing::read_file(site.dir() + "/content/site.yaml");
  ASSERT_NE(yaml.find("languages: [gd, ar]"), std::string::npos);
  yaml.replace(yaml.find("https://promise.example.org/"), 28, "https://promise.midlothian.gov.uk/");
  site.write("content/site.yaml", yaml);
  auto r = check(site, {"--strict"});
  ASSERT_TRUE(r.exited) << r.err;
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_NE((r.out + r.err).find("Texts in gd, ar were checked"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace promisehub
