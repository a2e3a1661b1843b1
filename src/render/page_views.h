// The data each kind of page gives its template (spec §8), built from the model with the
// pieces of views.h. One function per kind of page; the page list (page_list.h) calls them.
#pragma once

#include <string>
#include <vector>

#include <mstch/mstch.hpp>

#include "model/site.h"
#include "render/views.h"

namespace promisehub {

mstch::map home_view(const ViewContext& ctx);
// A plan's promises; with `kind` ("status", "for", "theme") only those with that `value`.
mstch::map plan_view(const ViewContext& ctx, const Plan& plan, const std::string& kind,
                     const std::string& value);
mstch::map action_view(const ViewContext& ctx, const Plan& plan, const Action& action);
mstch::map indicators_view(const ViewContext& ctx, const Plan& plan);
// Page `page` (from 1) of `pages` of the list of updates, newest first.
mstch::map updates_view(const ViewContext& ctx, std::size_t page, std::size_t pages);
mstch::map update_view(const ViewContext& ctx, std::size_t update_index);
mstch::map what_to_expect_view(const ViewContext& ctx);
mstch::map glossary_view(const ViewContext& ctx);
mstch::map help_view(const ViewContext& ctx);
mstch::map search_view(const ViewContext& ctx);
mstch::map page_view(const ViewContext& ctx, const Page& page);

// A text of the site's own (intro, summaries, page bodies) as HTML, with the site's settings.
std::string site_markdown(const Site& site, const std::string& text,
                          const std::string& id_prefix = {});
const Page* find_page(const Site& site, const std::string& slug);
std::vector<const Action*> all_actions(const Plan& plan);

}  // namespace promisehub
