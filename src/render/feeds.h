// Atom feeds (site and per plan), sitemap.xml and robots.txt.
#pragma once

#include <string>
#include <vector>

#include "model/site.h"
#include "render/urls.h"

namespace promisehub {

struct FeedEntry {
  const Update* update = nullptr;
  std::string html;  // the rendered body
};

std::string atom_feed(const Site& site, const Urls& urls, const std::string& title,
                      const std::string& self_url, const std::string& page_url,
                      const std::vector<FeedEntry>& entries_newest_first);

std::string sitemap_xml(const Urls& urls, const std::vector<std::string>& page_urls);
std::string robots_txt(const Urls& urls);

}  // namespace promisehub
