// render/'s pieces on their own: addresses, the page list and its dependencies, and feeds.
#include <gtest/gtest.h>

#include <set>

#include "core/text.h"
#include "i18n/catalog_loader.h"
#include "render/feeds.h"
#include "render/page_deps.h"
#include "render/page_list.h"
#include "render/urls.h"
#include "support/temp_site.h"

namespace promisehub {
namespace {

using testing::TempSite;

TEST(Urls, EveryAddressSitsUnderTheBasePath) {
  Urls urls("https://council.gov.uk/promise");
  EXPECT_EQ(urls.home(), "/promise/");
  EXPECT_EQ(urls.updates_page(1), "/promise/updates/");
  EXPECT_EQ(urls.updates_page(3), "/promise/updates/page/3/");
  EXPECT_EQ(urls.not_found(), "/promise/404.html");
  EXPECT_EQ(urls.sitemap(), "/promise/sitemap.xml");
  EXPECT_EQ(urls.admin(), "/promise/admin/");
  EXPECT_EQ(urls.plan_filter("p", "for", "young-people"), "/promise/plans/p/for/young-people/");
  EXPECT_EQ(urls.absolute(urls.update("a")), "https://council.gov.uk/promise/updates/a/");
  EXPECT_EQ(Urls::file_for(urls.site_path(urls.action("p", "1.1"))), "plans/p/1.1/index.html");
  EXPECT_EQ(Urls::file_for(urls.site_path(urls.not_found())), "404.html");
}

TEST(UpdatesList, PagesAreCountedAndFoundNewestFirst) {
  EXPECT_EQ(updates_list_pages(0), 1u);  // one page, which says there are none yet
  EXPECT_EQ(updates_list_pages(50), 1u);
  EXPECT_EQ(updates_list_pages(51), 2u);
  EXPECT_EQ(updates_list_pages(120), 3u);
  // Oldest first in the site, newest first on the list.
  EXPECT_EQ(updates_list_page_of(119, 120), 1u);
  EXPECT_EQ(updates_list_page_of(70, 120), 1u);
  EXPECT_EQ(updates_list_page_of(69, 120), 2u);
  EXPECT_EQ(updates_list_page_of(0, 120), 3u);
}

TEST(PageDeps, AChangedUpdateNamesOnlyTheListPageShowingIt) {
  std::vector<std::string> order;
  for (int i = 0; i < 120; ++i) order.push_back("u" + std::to_string(i));
  RenderScope scope;
  add_update_list_pages(order, order, {10}, scope);
  EXPECT_EQ(scope.deps, (std::set<PageDep>{PageDep::updates_list(3)}));

  // A new order (an update added) renders every page of the list, and the one it grows into.
  RenderScope grown;
  std::vector<std::string> more = order;
  more.push_back("new");
  add_update_list_pages(order, more, {120}, grown);
  for (std::size_t n = 1; n <= 3; ++n) EXPECT_TRUE(grown.covers(PageDep::updates_list(n))) << n;
  EXPECT_FALSE(grown.covers(PageDep::update_page("new")));
}

TEST(PageDeps, AnUpdateNamesItsPagesItsPlanAndThePromisesItsFiguresMeasure) {
  TempSite site;
  site.write("content/plans/test-plan.yaml", std::string(TempSite::kPlanYaml) + R"(indicators:
  - id: together
    title: Brothers and sisters together
    unit: percent
    better: higher
    actions: ["1.2"]
    values:
      - { date: 2024-03-31, value: 70 }
)");
  site.write("content/updates/2024-07-01-figures.md",
             "---\ntitle: Figures\ndate: 2024-07-01\nplan: test-plan\nactions: [\"1.1\"]\n"
             "indicators: { together: { date: 2024-06, value: 75 } }\n---\nNew "
             "figures.\n");
  Diagnostics diags;
  auto s = site.load(diags);
  ASSERT_TRUE(s) << join(site.messages(), "\n");
  const Update* u = nullptr;
  for (const auto& x : s->updates)
    if (x.slug == "2024-07-01-figures") u = &x;
  ASSERT_NE(u, nullptr);
  RenderScope scope;
  add_update_pages(*u, *s, scope);
  EXPECT_EQ(scope.deps, (std::set<PageDep>{PageDep::update_page("2024-07-01-figures"),
                                           PageDep::plan_pages("test-plan"),
                                           PageDep::action_page("test-plan", "1.1"),
                                           PageDep::action_page("test-plan", "1.2")}));
}

TEST(PageList, EveryPageHasOneAddressAndSaysWhatItShows) {
  TempSite site;
  Diagnostics diags;
  auto s = site.load(diags);
  ASSERT_TRUE(s);
  Theme theme;
  Urls urls(s->config.base_url);
  std::vector<std::string> bodies(s->updates.size());
  auto words = make_catalog("en", {{"en.yaml", builtin_english()}}, std::nullopt, diags);
  ASSERT_TRUE(words);
  std::vector<StatusWords> statuses = status_words(*words, s->config);
  ViewContext ctx{*s, theme, urls, bodies, *words, statuses};
  std::vector<PageSpec> pages = list_pages(ctx);
  std::set<std::string> addresses;
  for (const auto& p : pages) EXPECT_TRUE(addresses.insert(p.url).second) << p.url;
  auto find = [&](const std::string& url) -> const PageSpec& {
    for (const auto& p : pages)
      if (p.url == url) return p;
    ADD_FAILURE() << "no page " << url;
    return pages.front();
  };
  EXPECT_EQ(find("/").dep, PageDep::index());
  EXPECT_EQ(find("/what-to-expect/").dep, PageDep::index());
  EXPECT_EQ(find("/updates/").dep, PageDep::updates_list(1));
  const PageSpec& update = find("/updates/2024-06-30-brothers-and-sisters/");
  EXPECT_EQ(update.dep, PageDep::update_page("2024-06-30-brothers-and-sisters"));
  EXPECT_EQ(update.update, 0u);
  EXPECT_EQ(find("/plans/test-plan/status/done/").dep, PageDep::plan_pages("test-plan"));
  EXPECT_EQ(find("/plans/test-plan/1.2/").dep, PageDep::action_page("test-plan", "1.2"));
  EXPECT_EQ(find("/glossary/").dep, PageDep::site_wide());
  EXPECT_FALSE(find("/404.html").in_sitemap);
  EXPECT_TRUE(find("/help/").in_sitemap);
}

TEST(Feeds, APlanFeedIsKeptUnlessItsPlanChanged) {
  TempSite site;
  Diagnostics diags;
  auto s = site.load(diags);
  ASSERT_TRUE(s);
  Urls urls(s->config.base_url);
  std::vector<std::string> bodies(s->updates.size(), "<p>Body</p>");
  PageSet previous;
  previous.files.push_back({"plans/test-plan/feed.xml", "old feed", {}});
  RenderScope elsewhere;
  elsewhere.deps.insert(PageDep::plan_pages("another-plan"));
  auto kept = feeds_and_indexes(*s, urls, bodies, {"/", "/help/"}, &previous, &elsewhere, 1);
  std::map<std::string, std::string> files;
  for (const auto& f : kept) files[f.path] = f.content();
  EXPECT_EQ(files["plans/test-plan/feed.xml"], "old feed");
  EXPECT_NE(files["feed.xml"].find("&lt;p&gt;Body&lt;/p&gt;"), std::string::npos) << "escaped";
  EXPECT_NE(files["sitemap.xml"].find("https://hub.example.org/help/"), std::string::npos);
  EXPECT_NE(files["robots.txt"].find("Disallow: /admin/"), std::string::npos);

  RenderScope this_plan;
  this_plan.deps.insert(PageDep::plan_pages("test-plan"));
  bool made_again = false;
  for (const auto& f : feeds_and_indexes(*s, urls, bodies, {}, &previous, &this_plan, 1)) {
    if (f.path != "plans/test-plan/feed.xml") continue;
    made_again = f.content().find("Brothers and sisters") != std::string::npos;
  }
  EXPECT_TRUE(made_again);
}

}  // namespace
}  // namespace promisehub
