// Organisations, areas and contributes_to (spec §11): what a content author sees when the files
// are right and when they are wrong (file:line:col, what to do), and what the pages show.
#include <gtest/gtest.h>

#include <chrono>
#include <set>
#include <thread>

#include "core/text.h"
#include "lint/site_lint.h"
#include "model/areas.h"
#include "session.h"
#include "support/temp_site.h"

namespace promisehub {
namespace {

using testing::any_message_has;
using testing::TempSite;

const char* const kCouncil =
    "name: Test Council\nshort_name: Test\nkind: council\nareas: [midlothian]\n"
    "plain: The council for the test area.\nwebsite: https://www.test.gov.uk/\n"
    "contact: { phone: \"0131 555 0100\", email: promise@test.gov.uk, url: "
    "https://www.test.gov.uk/contact }\n";

// A site with organisations: the test plan belongs to test-council.
void make_hub(const TempSite& site) {
  site.write("content/organisations/test-council.yaml", kCouncil);
  std::string plan = TempSite::kPlanYaml;
  site.write("content/plans/test-plan.yaml", "organisation: test-council\n" + plan);
}

TEST(Areas, ThirtyTwoCouncilAreasAndScotlandEachOnItsOwnTile) {
  int councils = 0;
  std::set<std::pair<int, int>> places;
  for (const auto& a : areas()) {
    EXPECT_FALSE(a.name.empty());
    EXPECT_FALSE(a.gaelic.empty()) << a.id;
    if (!a.council()) continue;
    ++councils;
    EXPECT_LT(a.column, kAreaMapColumns);
    EXPECT_LT(a.row, kAreaMapRows);
    EXPECT_TRUE(places.insert({a.column, a.row}).second) << a.id << " shares a tile";
    EXPECT_EQ(a.code.size(), 3u) << a.id;
  }
  EXPECT_EQ(councils, 32);
  ASSERT_NE(find_area("scotland"), nullptr);
  EXPECT_FALSE(find_area("scotland")->council());
  EXPECT_EQ(find_area("midlothian")->gaelic, "Meadhan Lodainn");
  EXPECT_EQ(find_area("glasgow-city")->gaelic, "Glaschu");
  EXPECT_EQ(find_area("na-h-eileanan-siar")->name, "Na h-Eileanan Siar");
  // North of Midlothian is Edinburgh, and Shetland is the most northern.
  EXPECT_LT(find_area("city-of-edinburgh")->row, find_area("midlothian")->row);
  EXPECT_EQ(find_area("shetland-islands")->row, 0);
}

TEST(Organisations, AHubWithOrganisationsLoadsThem) {
  TempSite site;
  make_hub(site);
  Diagnostics diags;
  auto loaded = site.load(diags);
  ASSERT_TRUE(loaded) << join(site.messages(), "\n");
  EXPECT_TRUE(loaded->has_organisations);
  ASSERT_EQ(loaded->organisations.size(), 1u);
  const Organisation& o = loaded->organisations[0];
  EXPECT_EQ(o.id, "test-council");
  EXPECT_EQ(o.name, "Test Council");
  EXPECT_EQ(o.label(), "Test");
  EXPECT_EQ(o.kind, "council");
  EXPECT_EQ(o.areas, std::vector<std::string>{"midlothian"});
  EXPECT_EQ(o.phone, "0131 555 0100");
  EXPECT_EQ(o.email, "promise@test.gov.uk");
  EXPECT_EQ(o.contact_url, "https://www.test.gov.uk/contact");
}

TEST(Organisations, ThePlainWordsAboutAnOrganisationAreCheckedLikeEveryPlainText) {
  TempSite site;
  make_hub(site);
  site.write("content/language.yaml",
             "words:\n  - avoid: [looked after]\n    say: care experienced\n");
  site.write("content/organisations/test-council.yaml",
             "name: Test Council\nkind: council\nareas: [midlothian]\n"
             "plain: We help children who are looked after.\n");
  Diagnostics diags;
  auto loaded = site.load(diags);
  ASSERT_TRUE(loaded);
  Diagnostics lint;
  lint_site(*loaded, lint);
  bool found = false;
  for (const auto& d : lint.all())
    found |= d.where.path == "content/organisations/test-council.yaml" && d.where.line == 4 &&
             d.message.find("\"looked after\"") != std::string::npos;
  EXPECT_TRUE(found);
}

TEST(Organisations, ASiteWithoutTheFolderIsOneOrganisationAsBefore) {
  TempSite site;  // its plan has no `organisation:` at all
  Diagnostics diags;
  auto loaded = site.load(diags);
  ASSERT_TRUE(loaded);
  EXPECT_FALSE(loaded->has_organisations);
  EXPECT_TRUE(site.messages().empty()) << join(site.messages(), "\n");
}

TEST(Organisations, RequiredKeysUnknownKeysKindsAndAreasAreErrorsWithLocations) {
  TempSite site;
  make_hub(site);
  site.write("content/organisations/broken.yaml",
             "name: Broken\nkind: charity\nareas: [midlothain, scotland]\ncolour: blue\n");
  site.write("content/organisations/empty-areas.yaml", "name: Nowhere\nkind: other\n");
  auto m = site.messages();
  EXPECT_TRUE(any_message_has(m, {"content/organisations/broken.yaml:2:7: error: unknown kind "
                                  "`charity`",
                                  "council, health-board, partnership, third-sector, national"}))
      << join(m, "\n");
  EXPECT_TRUE(any_message_has(m, {"content/organisations/broken.yaml:3:9: error: there is no "
                                  "council area `midlothain`",
                                  "did you mean `midlothian`?"}))
      << join(m, "\n");
  EXPECT_TRUE(
      any_message_has(m, {"content/organisations/broken.yaml:4:1: error: unknown key `colour`",
                          "Allowed keys:", "short_name"}))
      << join(m, "\n");
  EXPECT_TRUE(any_message_has(m, {"content/organisations/empty-areas.yaml:1:1: error: the "
                                  "organisation has no `areas:`",
                                  "areas: [scotland]"}))
      << join(m, "\n");
}

TEST(Organisations, APlanNamingAnUnknownOrganisationIsAnErrorWithASuggestion) {
  TempSite site;
  make_hub(site);
  std::string plan = TempSite::kPlanYaml;
  site.write("content/plans/test-plan.yaml", "organisation: test-counsil\n" + plan);
  site.write("content/plans/other-plan.yaml", plan);  // says nothing
  auto m = site.messages();
  EXPECT_TRUE(any_message_has(m, {"content/plans/test-plan.yaml:1:15: error: there is no "
                                  "organisation `test-counsil`",
                                  "did you mean `test-council`?"}))
      << join(m, "\n");
  EXPECT_TRUE(any_message_has(m, {"content/plans/other-plan.yaml:1:1: error: the plan does not "
                                  "say whose it is",
                                  "organisation: test-council"}))
      << join(m, "\n");
}

TEST(Contributions, UnknownPlansAndActionsAreErrorsAtTheLineWithASuggestion) {
  TempSite site;
  std::string plan = TempSite::kPlanYaml;
  std::string local = plan;
  local.replace(local.find("    leads: [Head of Service]"), 0,
                "    contributes_to: [\"test-plan/1.3\", \"tset-plan/1.1\", \"1.1\"]\n");
  site.write("content/plans/local-plan.yaml", local);
  auto m = site.messages();
  EXPECT_TRUE(any_message_has(m, {"content/plans/local-plan.yaml:12:22: error: action 1.1 "
                                  "contributes to action 1.3, which is not in plan test-plan",
                                  "1.1, 1.2"}))
      << join(m, "\n");
  EXPECT_TRUE(any_message_has(m, {"content/plans/local-plan.yaml:12:39: error: action 1.1 "
                                  "contributes to plan `tset-plan`",
                                  "did you mean `test-plan`?"}))
      << join(m, "\n");
  EXPECT_TRUE(
      any_message_has(m, {"local-plan.yaml:12:56: error:", "not written as <plan>/<action>"}))
      << join(m, "\n");
}

TEST(Contributions, ThePromiseListsTheLocalWorkByOrganisationWithCounts) {
  TempSite site;
  site.add_themes();
  make_hub(site);
  site.write("content/organisations/national-body.yaml",
             "name: National Body\nkind: national\nareas: [scotland]\n");
  std::string plan = TempSite::kPlanYaml;
  std::string national = plan;
  site.write("content/plans/national.yaml", "organisation: national-body\n" + national);
  std::string local = "organisation: test-council\n" + plan;
  local.replace(local.find("    leads: [Head of Service]"), 0,
                "    contributes_to: [national/1.1]\n");
  local.replace(local.find("    due: Every 3 months"), 0, "    contributes_to: [national/1.1]\n");
  site.write("content/plans/test-plan.yaml", local);
  SiteSession session(testing::session_options(site));
  Diagnostics diags;
  ASSERT_TRUE(session.refresh(diags).ok) << join(site.messages(), "\n");
  const OutputFile* page = session.pages()->find("plans/national/1.1/index.html");
  ASSERT_NE(page, nullptr);
  std::string html = page->content();
  EXPECT_NE(html.find("Local work for this promise"), std::string::npos);
  EXPECT_NE(html.find("2 pieces of local work help to keep this promise"), std::string::npos);
  EXPECT_NE(html.find("<a href=\"/organisations/test-council/\">Test Council</a> · Midlothian"),
            std::string::npos);
  EXPECT_NE(html.find("href=\"/plans/test-plan/1.2/\""), std::string::npos);
  // The local promise itself does not claim local work for it.
  EXPECT_EQ(session.pages()
                ->find("plans/test-plan/1.1/index.html")
                ->content()
                .find("Local work for this promise"),
            std::string::npos);
}

TEST(Contributions, ServeRemakesTheNationalPromiseWhenALocalStatusChanges) {
  TempSite site;
  site.add_themes();
  make_hub(site);
  site.write("content/organisations/national-body.yaml",
             "name: National Body\nkind: national\nareas: [scotland]\n");
  std::string plan = TempSite::kPlanYaml;
  site.write("content/plans/national.yaml", "organisation: national-body\n" + plan);
  std::string local = "organisation: test-council\n" + plan;
  local.replace(local.find("    due: Every 3 months"), 0, "    contributes_to: [national/1.1]\n");
  site.write("content/plans/test-plan.yaml", local);
  SiteSession session(testing::session_options(site));
  Diagnostics d1;
  ASSERT_TRUE(session.refresh(d1).ok) << join(site.messages(), "\n");
  auto national = [&] { return session.pages()->find("plans/national/1.1/index.html")->content(); };
  EXPECT_EQ(national().find("tag tag-done"), std::string::npos);

  std::this_thread::sleep_for(std::chrono::milliseconds(20));  // a new mtime
  site.write("content/updates/2025-02-01-checked.md",
             "---\ntitle: We checked every home\nplain: We did it.\ndate: 2025-02-01\n"
             "plan: test-plan\nactions: [\"1.2\"]\nstatus:\n  \"1.2\": done\n---\nDone.\n");
  std::vector<std::string> seen{site.dir() + "/content/updates/2025-02-01-checked.md"};
  Diagnostics d2;
  auto r = session.refresh(d2, &seen);
  ASSERT_TRUE(r.ok);
  EXPECT_FALSE(r.full);
  EXPECT_NE(national().find("tag tag-done"), std::string::npos)
      << "the national promise shows the local promise's new status";
  // The organisation's page lists the new update; the map counts the promise as done.
  EXPECT_NE(session.pages()
                ->find("organisations/test-council/index.html")
                ->content()
                .find("We checked every home"),
            std::string::npos);
  EXPECT_NE(session.pages()
                ->find("areas/index.html")
                ->content()
                .find("aria-label=\"Midlothian, MLN 2/2 promises done.\""),
            std::string::npos);
  // An update that changes no status is on its organisation's page without remaking the map.
  std::this_thread::sleep_for(std::chrono::milliseconds(20));
  site.write("content/updates/2025-02-02-news.md",
             "---\ntitle: More news\nplain: We have news.\ndate: 2025-02-02\n"
             "plan: test-plan\nactions: [\"1.2\"]\n---\nNews.\n");
  std::vector<std::string> news{site.dir() + "/content/updates/2025-02-02-news.md"};
  Diagnostics d3;
  auto r3 = session.refresh(d3, &news);
  ASSERT_TRUE(r3.ok);
  EXPECT_NE(
      session.pages()->find("organisations/test-council/index.html")->content().find("More news"),
      std::string::npos);
  EXPECT_LT(r3.rendered, r.rendered) << "the map and the area pages were not made again";
  // Nor does a new title for the update that changed a status: its status change is the same.
  std::this_thread::sleep_for(std::chrono::milliseconds(20));
  site.write("content/updates/2025-02-01-checked.md",
             "---\ntitle: We visited every home\nplain: We did it.\ndate: 2025-02-01\n"
             "plan: test-plan\nactions: [\"1.2\"]\nstatus:\n  \"1.2\": done\n---\nDone.\n");
  Diagnostics d5;
  auto r5 = session.refresh(d5, &seen);
  ASSERT_TRUE(r5.ok);
  EXPECT_NE(session.pages()
                ->find("organisations/test-council/index.html")
                ->content()
                .find("We visited every home"),
            std::string::npos);
  EXPECT_LT(r5.rendered, r.rendered) << "the map and the area pages were not made again";
  // And what serve has now is what a fresh build makes.
  SiteSession fresh(testing::session_options(site));
  Diagnostics d4;
  ASSERT_TRUE(fresh.refresh(d4).ok);
  EXPECT_TRUE(testing::page_bytes(*fresh.pages()) == testing::page_bytes(*session.pages()));
}

TEST(OrganisationPages, TheHubHasDirectoryMapAndAreaPages) {
  TempSite site;
  site.add_themes();
  make_hub(site);
  SiteSession session(testing::session_options(site));
  Diagnostics diags;
  ASSERT_TRUE(session.refresh(diags).ok) << join(site.messages(), "\n");
  const PageSet& pages = *session.pages();
  for (const char* path :
       {"organisations/index.html", "organisations/test-council/index.html",
        "organisations/kind/council/index.html", "organisations/area/midlothian/index.html",
        "areas/index.html", "areas/midlothian/index.html", "areas/scotland/index.html",
        "areas/fife/index.html"})
    EXPECT_NE(pages.find(path), nullptr) << path;
  EXPECT_EQ(pages.find("organisations/kind/health-board/index.html"), nullptr);  // none of it
  std::string home = pages.find("index.html")->content();
  EXPECT_LT(home.find("Find your area"), home.find("What is The Promise?"));
  std::string org = pages.find("organisations/test-council/index.html")->content();
  EXPECT_NE(org.find("<a href=\"tel:01315550100\">0131 555 0100</a>"), std::string::npos);
  EXPECT_NE(org.find("Test Plan 2024"), std::string::npos);
  std::string fife = pages.find("areas/fife/index.html")->content();
  EXPECT_NE(fife.find("No organisation in Fife has put its plan on this site yet."),
            std::string::npos);
  EXPECT_NE(fife.find("lang=\"gd\">Fìobha<"), std::string::npos);
  std::string map = pages.find("areas/index.html")->content();
  EXPECT_NE(map.find("aria-label=\"Midlothian, MLN 1/2 promises done.\""), std::string::npos);
  EXPECT_NE(map.find("aria-label=\"Fife, FIF no plan on this site yet.\""), std::string::npos);
  std::string sitemap = pages.find("sitemap.xml")->content();
  EXPECT_NE(sitemap.find("/areas/midlothian/"), std::string::npos);
  EXPECT_NE(sitemap.find("/organisations/test-council/"), std::string::npos);
  // The plan page names its organisation, not its id, and links its page.
  EXPECT_NE(pages.find("plans/test-plan/index.html")
                ->content()
                .find("<dd class=\"standalone\"><a href=\"/organisations/test-council/\">Test "
                      "Council</a></dd>"),
            std::string::npos);
}

TEST(OrganisationPages, ASiteWithoutOrganisationsHasNoneOfThem) {
  TempSite site;
  site.add_themes();
  SiteSession session(testing::session_options(site));
  Diagnostics diags;
  ASSERT_TRUE(session.refresh(diags).ok);
  EXPECT_EQ(session.pages()->find("areas/index.html"), nullptr);
  EXPECT_EQ(session.pages()->find("organisations/index.html"), nullptr);
  EXPECT_EQ(session.pages()->find("index.html")->content().find("Find your area"),
            std::string::npos);
}

}  // namespace
}  // namespace promisehub
