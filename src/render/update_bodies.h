// Update bodies as HTML, rendered only where a page or feed needs them and reused from a
// BodyCache when their Markdown and the site's allow_html are unchanged.
#pragma once

#include <string>
#include <vector>

#include "i18n/catalog.h"
#include "model/site.h"
#include "render/page_set.h"

namespace promisehub {

// The bodies of site.updates, by index: "" for the updates no one asked for. `wanted[i]` says
// a page being rendered shows update i; the site feed's updates are always rendered, and those of
// each plan whose feed is made (`plan_feeds`, by plan index). With a cache, bodies are taken from
// and kept in it (and updates that are gone are forgotten).
std::vector<std::string> render_update_bodies(const Site& site, const Catalog& words,
                                              std::vector<char> wanted,
                                              const std::vector<char>& plan_feeds, BodyCache* cache,
                                              int jobs);

}  // namespace promisehub
