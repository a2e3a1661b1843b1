// The pages of a hub with organisations (spec §11) as a reader meets them: plans that have ended
// are marked and left out of the totals, area pages link each organisation, a local promise
// names the national promise it serves, the map's tiles say each fact once, and "Who made it"
// leads to the organisation.
#include <gtest/gtest.h>

#include <string>

#include "core/text.h"
#include "session.h"
#include "support/temp_site.h"

namespace promisehub {
namespace {

using testing::any_message_has;
using testing::TempSite;

const char* const kCouncil =
    "name: Test Council\nshort_name: Test\nkind: council\nareas: [midlothian]\n";
const char* const kNational = "name: National Body\nkind: national\nareas: [scotland]\n";

// Test Council has a current plan (test-plan) and one that ended in 2024 (old-plan, whose two
// promises are done); National Body has the national plan. The build is for 2026-01-01.
void make_hub(const TempSite& site) {
  site.add_themes();
  site.write("content/organisations/test-council.yaml", kCouncil);
  site.write("content/organisations/national-body.yaml", kNational);
  std::string plan = TempSite::kPlanYaml;
  site.write("content/plans/national.yaml", "organisation: national-body\n" + plan);
  std::string local = "organisation: test-council\n" + plan;
  local.replace(local.find("    leads: [Head of Service]"), 0,
                "    contributes_to: [national/1.1, national/1.2]\n");
  site.write("content/plans/test-plan.yaml", local);
  std::string old = "organisation: test-council\nperiod: { from: 2021-01, to: 2024-12 }\n" + plan;
  old.replace(old.find("title: Test Plan 2024"), 21, "title: Old Plan 2021");
  for (auto at = old.find("status: "); at != std::string::npos; at = old.find("status: ", at + 1))
    old.replace(at, old.find('\n', at) - at, "status: done");
  site.write("content/plans/old-plan.yaml", old);
}

struct Hub {
  TempSite site;
  SiteSession session;
  Hub() : session((make_hub(site), testing::session_options(site))) {
    Diagnostics diags;
    ok = session.refresh(diags).ok;
  }
  std::string page(const std::string& path) const {
    const OutputFile* f = session.pages()->find(path);
    return f ? f->content() : std::string();
  }
  bool ok = false;
};

TEST(NationalPages, TheMapCountsOnlyPlansThatHaveNotEnded) {
  Hub hub;
  ASSERT_TRUE(hub.ok) << join(hub.site.messages(), "\n");
  std::string map = hub.page("areas/index.html");
  // test-plan's 2 promises count (one done by the update); old-plan's 2 done promises do not.
  EXPECT_NE(map.find("aria-label=\"Midlothian, MLN 1/2 promises done.\""), std::string::npos)
      << map;
  EXPECT_NE(map.find(">1/2</text>"), std::string::npos);
  EXPECT_NE(map.find("2 promises, 1 done"), std::string::npos);
  // The tile's name is said once: no <title> inside the link repeats it as a description.
  EXPECT_EQ(map.find("<title>Midlothian"), std::string::npos);
  EXPECT_NE(map.find("aria-label=\"Fife, FIF no plan on this site yet.\""), std::string::npos);
}

TEST(NationalPages, AnAreaWhosePlansHaveAllEndedSaysSo) {
  TempSite site;
  make_hub(site);
  site.remove("content/plans/test-plan.yaml");
  site.remove("content/updates/2024-06-30-brothers-and-sisters.md");
  SiteSession session(testing::session_options(site));
  Diagnostics diags;
  ASSERT_TRUE(session.refresh(diags).ok) << join(site.messages(), "\n");
  std::string map = session.pages()->find("areas/index.html")->content();
  EXPECT_NE(map.find("aria-label=\"Midlothian, MLN ended: its plan is over.\""), std::string::npos)
      << map;
  EXPECT_NE(map.find(">ended</text>"), std::string::npos);
  std::string list = session.pages()->find("organisations/index.html")->content();
  EXPECT_NE(list.find("<p>1 plan has ended.</p>"), std::string::npos);
}

TEST(NationalPages, OrganisationAndAreaPagesShowEndedPlansAsEndedAfterTheCurrentOnes) {
  Hub hub;
  ASSERT_TRUE(hub.ok) << join(hub.site.messages(), "\n");
  for (const char* path :
       {"organisations/test-council/index.html", "areas/midlothian/index.html"}) {
    std::string html = hub.page(path);
    auto current = html.find("Test Plan 2024"), old = html.find("Old Plan 2021");
    ASSERT_NE(current, std::string::npos) << path;
    ASSERT_NE(old, std::string::npos) << path;
    EXPECT_LT(current, old) << path << ": the current plan comes first";
    auto note = html.find("<p class=\"plan-ended\">This plan ended in December 2024.");
    EXPECT_NE(note, std::string::npos) << path;
    EXPECT_GT(note, old) << path << ": the note is on the plan that ended";
  }
  // The directory's sentence counts the current plan and says one has ended.
  std::string list = hub.page("organisations/index.html");
  EXPECT_NE(list.find("1 plan with 2 promises: 1 has not started yet and 1 is done. 1 plan has "
                      "ended."),
            std::string::npos)
      << list;
}

TEST(NationalPages, AnAreaPageLinksEachOrganisationNotTheSitesOwnWhatToExpect) {
  Hub hub;
  ASSERT_TRUE(hub.ok);
  std::string area = hub.page("areas/midlothian/index.html");
  EXPECT_EQ(area.find("What you can expect from us"), std::string::npos);
  EXPECT_EQ(area.find("href=\"/what-to-expect/\">What you can expect"), std::string::npos);
  EXPECT_NE(area.find("<a class=\"button button-secondary\" href=\"/organisations/test-council/\">"
                      "What you can expect from Test Council</a>"),
            std::string::npos)
      << area;
}

TEST(NationalPages, ALocalPromiseNamesAndLinksTheNationalPromisesItServes) {
  Hub hub;
  ASSERT_TRUE(hub.ok);
  std::string local = hub.page("plans/test-plan/1.1/index.html");
  auto section =
      local.find("<h2 id=\"serves-title\">The national promises this helps to keep</h2>");
  ASSERT_NE(section, std::string::npos) << local;
  auto first = local.find(
      "<a href=\"/plans/national/1.1/\">We will help you live with your "
      "brothers and sisters.</a>",
      section);
  auto second =
      local.find("<a href=\"/plans/national/1.2/\">We will check every home is good.</a>", section);
  EXPECT_NE(first, std::string::npos);
  EXPECT_NE(second, std::string::npos);
  EXPECT_NE(local.find("<a href=\"/organisations/national-body/\">National Body</a>", section),
            std::string::npos);
  // A promise that serves none says nothing about it, and nor does the national promise.
  EXPECT_EQ(hub.page("plans/test-plan/1.2/index.html").find("serves-title"), std::string::npos);
  EXPECT_EQ(hub.page("plans/national/1.1/index.html").find("serves-title"), std::string::npos);
}

TEST(NationalPages, WhoMadeItLinksTheOrganisationsPage) {
  Hub hub;
  ASSERT_TRUE(hub.ok);
  EXPECT_NE(hub.page("plans/test-plan/index.html")
                .find("<dt>Who made it</dt><dd class=\"standalone\"><a "
                      "href=\"/organisations/test-council/\">Test Council</a></dd>"),
            std::string::npos);
  std::string update = hub.page("updates/2024-06-30-brothers-and-sisters/index.html");
  ASSERT_FALSE(update.empty());
  EXPECT_NE(update.find("<a href=\"/organisations/test-council/\">Test Council</a></p>"),
            std::string::npos)
      << update;
}

TEST(NationalPages, WithoutOrganisationsWhoMadeItIsTheNameAsWritten) {
  TempSite site;
  site.add_themes();
  std::string plan = TempSite::kPlanYaml;
  site.write("content/plans/test-plan.yaml", "organisation: Test Council\n" + plan);
  SiteSession session(testing::session_options(site));
  Diagnostics diags;
  ASSERT_TRUE(session.refresh(diags).ok);
  EXPECT_NE(session.pages()
                ->find("plans/test-plan/index.html")
                ->content()
                .find("<dt>Who made it</dt><dd>Test Council</dd>"),
            std::string::npos);
}

TEST(NationalPages, OrganisationContactsAreCheckedLikeHelpLines) {
  TempSite site;
  site.write("content/organisations/test-council.yaml",
             "name: Test Council\nkind: council\nareas: [midlothian]\n"
             "website: https://www.test.gov.uk/a page\n"
             "contact:\n  phone: ask at the desk\n  email: promise@test\n"
             "  url: \"https://www.test.gov.uk/contact us\"\n");
  std::string plan = TempSite::kPlanYaml;
  site.write("content/plans/test-plan.yaml", "organisation: test-council\n" + plan);
  auto m = site.messages();
  EXPECT_TRUE(any_message_has(m, {"content/organisations/test-council.yaml:4:10: error: "
                                  "`website` is not a web address",
                                  "write it in full, starting with https://"}))
      << join(m, "\n");
  EXPECT_TRUE(any_message_has(m, {"content/organisations/test-council.yaml:7:10: error: `email` "
                                  "in the organisation's `contact` is not an email address",
                                  "write it as name@example.org"}))
      << join(m, "\n");
  EXPECT_TRUE(any_message_has(m, {"content/organisations/test-council.yaml:8:8: error: `url` in "
                                  "the organisation's `contact` is not a web address"}))
      << join(m, "\n");
  EXPECT_TRUE(any_message_has(m, {"content/organisations/test-council.yaml:6:10: error: there is "
                                  "no number to call in the `phone` in the organisation's "
                                  "`contact`"}))
      << join(m, "\n");
}

TEST(NationalPages, AClearedContactFieldIsNoValue) {
  TempSite site;
  site.write("content/organisations/test-council.yaml",
             "name: Test Council\nkind: council\nareas: [midlothian]\nwebsite: \"\"\n"
             "contact: { email: \"\", url: \"\" }\n");
  std::string plan = TempSite::kPlanYaml;
  site.write("content/plans/test-plan.yaml", "organisation: test-council\n" + plan);
  EXPECT_TRUE(site.messages().empty()) << join(site.messages(), "\n");
}

}  // namespace
}  // namespace promisehub
