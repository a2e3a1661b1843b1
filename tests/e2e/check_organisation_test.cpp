// `promisehub check --organisation <id>` (spec §11): one organisation's reviewers see the
// problems in its own files (its file, its plans, its updates), checked against the whole site,
// and are told which organisation was checked and that other problems were left out.
#include <gtest/gtest.h>

#include <string>

#include "hostile/process.h"
#include "support/temp_site.h"

namespace promisehub {
namespace {

using testing::TempSite;

hostile::ProcessResult check(const TempSite& site, const std::vector<std::string>& more) {
  std::vector<std::string> args{"check", "--site", site.dir(), "--now", "2026-01-01"};
  args.insert(args.end(), more.begin(), more.end());
  hostile::ChildProcess child(PROMISEHUB_BINARY, args, site.dir() + "/check");
  return child.wait(60);
}

// Two organisations: Dundee's plan is fine but names a promise of Fife's plan that is not there;
// Fife's file has a mistake of its own.
void make_hub(const TempSite& site) {
  site.add_themes();
  site.write("content/organisations/dundee.yaml",
             "name: Dundee City Council\nkind: council\nareas: [dundee-city]\n");
  site.write("content/organisations/fife.yaml",
             "name: Fife Council\nkind: council\nareas: [fife]\nwebsite: www.fife.gov.uk\n");
  std::string plan = TempSite::kPlanYaml;
  std::string dundee = "organisation: dundee\n" + plan;
  dundee.replace(dundee.find("    leads:"), 0, "    contributes_to: [fife-plan/9.9]\n");
  site.write("content/plans/test-plan.yaml", dundee);
  site.write("content/plans/fife-plan.yaml", "organisation: fife\n" + plan);
}

TEST(CheckOrganisation, ShowsOnlyThatOrganisationsProblemsAndSaysWhichItChecked) {
  TempSite site;
  make_hub(site);
  auto r = check(site, {"--organisation", "dundee"});
  ASSERT_TRUE(r.exited) << r.err;
  EXPECT_EQ(r.exit_code, 1) << r.out << r.err;
  EXPECT_NE(r.out.find("Checked Dundee City Council (dundee): its file, 1 plan and 1 update, and "
                       "what they refer to."),
            std::string::npos)
      << r.out;
  EXPECT_NE(r.err.find("content/plans/test-plan.yaml:13:22: error: action 1.1 contributes to "
                       "action 9.9, which is not in plan fife-plan"),
            std::string::npos)
      << r.err;
  EXPECT_EQ(r.err.find("content/organisations/fife.yaml"), std::string::npos) << r.err;
  EXPECT_NE(r.out.find("1 problem in another file of the site is not shown"), std::string::npos)
      << r.out;
}

TEST(CheckOrganisation, AnOrganisationWithNoProblemsPassesWhateverTheOthersHave) {
  TempSite site;
  make_hub(site);
  site.write("content/plans/test-plan.yaml",
             "organisation: dundee\n" + std::string(TempSite::kPlanYaml));
  auto r = check(site, {"--organisation", "dundee"});
  ASSERT_TRUE(r.exited) << r.err;
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_NE(r.out.find("No problems found."), std::string::npos) << r.out;
  auto fife = check(site, {"--organisation", "fife"});
  EXPECT_EQ(fife.exit_code, 1) << fife.out << fife.err;
  EXPECT_NE(fife.err.find("content/organisations/fife.yaml:4:10: error: `website` is not a web "
                          "address"),
            std::string::npos)
      << fife.err;
}

TEST(CheckOrganisation, AnUnknownIdIsAnErrorWithASuggestion) {
  TempSite site;
  make_hub(site);
  auto r = check(site, {"--organisation", "dundea"});
  ASSERT_TRUE(r.exited) << r.err;
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("there is no organisation `dundea`"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("did you mean `dundee`?"), std::string::npos) << r.err;
  TempSite plain;  // no organisations/ at all
  auto p = check(plain, {"--organisation", "dundee"});
  EXPECT_EQ(p.exit_code, 2);
  EXPECT_NE(p.err.find("has no content/organisations/ folder"), std::string::npos) << p.err;
}

}  // namespace
}  // namespace promisehub
