// Which pages the search index holds: what readers look for, not lists and filter pages.
#include <gtest/gtest.h>

#include "search/search_index.h"

namespace promisehub {
namespace {

TEST(SearchPages, ReadersPagesAreIndexed) {
  for (const char* path :
       {"index.html", "help/index.html", "glossary/index.html", "about/index.html",
        "updates/2024-06-30-brothers-and-sisters/index.html", "plans/care-plan/index.html",
        "plans/care-plan/1-1/index.html", "cy/index.html", "cy/updates/x/index.html",
        "cy/plans/p/1-1/index.html", "organisations/midlothian-council/index.html",
        "areas/midlothian/index.html"})
    EXPECT_TRUE(is_searched_page(path)) << path;
}

TEST(SearchPages, ListsFilterPagesAndOtherFilesAreNot) {
  for (const char* path :
       {"updates/page/2/index.html", "plans/care-plan/status/done/index.html",
        "plans/care-plan/for/young-people/index.html", "plans/care-plan/theme/voice/index.html",
        "cy/updates/page/2/index.html", "404.html", "feed.xml", "assets/site.js",
        "plans/care-plan/1-1/data.json", "sitemap.xml", "organisations/kind/council/index.html",
        "organisations/area/fife/index.html"})
    EXPECT_FALSE(is_searched_page(path)) << path;
}

}  // namespace
}  // namespace promisehub
