// The site's pages (spec §8): for each, its address, template, words for the layout, what it
// shows (its dependency) and how to build its template data.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include <mstch/mstch.hpp>

#include "render/page_deps.h"
#include "render/views.h"

namespace promisehub {

struct Crumb {
  std::string label, url;
};

struct PageSpec {
  std::string url;    // the address, e.g. "/plans/x/"
  std::string tmpl;   // template name
  std::string title;  // for <title> and <h1> (templates choose)
  std::string description;
  std::string section;  // which navigation item is current
  std::vector<Crumb> crumbs;
  std::function<mstch::map()> data;
  // When set, the address is a data file (such as promises.csv), not a page: these are its
  // bytes, written as they are, without template or layout.
  std::function<std::string()> file = nullptr;
  bool in_sitemap = true;
  std::string og_type = "website";
  PageDep dep = PageDep::site_wide();  // what the page shows, for incremental renders
  std::size_t update = SIZE_MAX;       // the update an update page shows (index in Site::updates)
};

// Every page of the site, in a fixed order. The specs refer to `ctx` and its site, which must
// outlive them.
std::vector<PageSpec> list_pages(const ViewContext& ctx);

}  // namespace promisehub
