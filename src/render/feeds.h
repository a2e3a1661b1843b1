// Atom feeds (site and per plan), sitemap.xml and robots.txt.
#pragma once

#include <string>
#include <vector>

#include "model/site.h"
#include "render/page_deps.h"
#include "render/page_set.h"
#include "render/urls.h"

namespace promisehub {

// Updates in each feed: the newest first.
constexpr std::size_t kFeedSize = 50;

struct FeedEntry {
  const Update* update = nullptr;
  std::string html;  // the rendered body
};

// A feed in `lang`, the language of its texts.
std::string atom_feed(const Site& site, const Urls& urls, const std::string& lang,
                      const std::string& title, const std::string& self_url,
                      const std::string& page_url,
                      const std::vector<FeedEntry>& entries_newest_first);

// A language of the site for the sitemap: its code and its folder ("" for the main one).
struct SitemapLanguage {
  std::string code, folder;
};
// Every page of `page_urls` (addresses in the main language), in each of `languages`, each with
// its addresses in all of them (xhtml:link alternates, and x-default: the first, the main
// language). Without `languages`, the pages alone.
std::string sitemap_xml(const Urls& urls, const std::vector<std::string>& page_urls,
                        const std::vector<SitemapLanguage>& languages = {});
std::string robots_txt(const Urls& urls);

// With `previous` and `scope`, the plan's feed of `previous` when the scope does not name the
// plan (its feed shows only its own updates); null when the feed is to be made.
const OutputFile* kept_plan_feed(const Plan& plan, const Urls& urls, const PageSet* previous,
                                 const RenderScope* scope);

// One language's feeds: the site's and each plan's, under `urls`' folder; a plan's feed is taken
// from `previous` where kept_plan_feed says.
std::vector<OutputFile> language_feeds(const Site& site, const Urls& urls, const std::string& lang,
                                       const std::vector<std::string>& update_html,
                                       const PageSet* previous, const RenderScope* scope, int jobs);
// sitemap.xml (see sitemap_xml) and robots.txt.
std::vector<OutputFile> site_indexes(const Urls& urls, std::vector<std::string> page_urls,
                                     const std::vector<SitemapLanguage>& languages);

// For a site in one language: its feeds (language_feeds), sitemap.xml (of `page_urls`) and
// robots.txt, from the update bodies by index.
std::vector<OutputFile> feeds_and_indexes(const Site& site, const Urls& urls,
                                          const std::vector<std::string>& update_html,
                                          std::vector<std::string> page_urls,
                                          const PageSet* previous, const RenderScope* scope,
                                          int jobs);

}  // namespace promisehub
