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

std::string atom_feed(const Site& site, const Urls& urls, const std::string& title,
                      const std::string& self_url, const std::string& page_url,
                      const std::vector<FeedEntry>& entries_newest_first);

std::string sitemap_xml(const Urls& urls, const std::vector<std::string>& page_urls);
std::string robots_txt(const Urls& urls);

// With `previous` and `scope`, the plan's feed of `previous` when the scope does not name the
// plan (its feed shows only its own updates); null when the feed is to be made.
const OutputFile* kept_plan_feed(const Plan& plan, const Urls& urls, const PageSet* previous,
                                 const RenderScope* scope);

// The site's feed, each plan's feed, sitemap.xml (of `page_urls`) and robots.txt, from the
// update bodies by index; a plan's feed is taken from `previous` where kept_plan_feed says.
std::vector<OutputFile> feeds_and_indexes(const Site& site, const Urls& urls,
                                          const std::vector<std::string>& update_html,
                                          std::vector<std::string> page_urls,
                                          const PageSet* previous, const RenderScope* scope,
                                          int jobs);

}  // namespace promisehub
