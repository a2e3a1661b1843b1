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
// Whether the plan has ended (and the plan after it) and when the next update is due.
mstch::map plan_time_view(const ViewContext& ctx, const Plan& plan);
// What a promise taking longer than planned says, in words that agree with its status.
std::string late_sentence(const ViewContext& ctx, const Action& a, const Plan& plan);
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
// What a feed is, and the site's feeds: every update, and each plan's.
mstch::map feeds_view(const ViewContext& ctx);
// "If a promise is not kept": who to tell (`complaints:` in site.yaml), then the page's text.
mstch::map not_kept_view(const ViewContext& ctx);
// A contact's name and ways to reach it, for the templates (help lines and `complaints:`).
mstch::map contact_view(const HelpLine& line);

// The page "If a promise is not kept" is made when site.yaml names who to tell or the site has
// content/pages/if-a-promise-is-not-kept.md.
inline const char* kNotKeptSlug = "if-a-promise-is-not-kept";
bool has_not_kept_page(const Site& site);

// A text of the site's own (intro, summaries, page bodies) as HTML, with the site's settings.
std::string site_markdown(const Site& site, const Catalog& words, const std::string& text,
                          const std::string& id_prefix = {});
const Page* find_page(const Site& site, const std::string& slug);
std::vector<const Action*> all_actions(const Plan& plan);

}  // namespace promisehub
