// View models: what templates see, built from the content model. Templates never see the model.
#pragma once

#include <string>
#include <vector>

#include <mstch/mstch.hpp>

#include "model/site.h"
#include "render/theme.h"
#include "render/urls.h"

namespace promisehub {

// Shared state for building views of one site.
struct ViewContext {
  const Site& site;
  const Theme& theme;
  const Urls& urls;
  const std::vector<std::string>& update_html;  // rendered bodies, by update index
};

mstch::map status_view(const ViewContext& ctx, Status status, bool current = false);
mstch::map action_card(const ViewContext& ctx, const Plan& plan, const Action& action);
mstch::map update_card(const ViewContext& ctx, std::size_t update_index);
// Who made the plan: its organisation's name on a site with organisations, else as written; and
// the address of that organisation's page (empty on a site without organisations).
std::string organisation_name(const Site& site, const Plan& plan);
std::string organisation_url(const ViewContext& ctx, const Plan& plan);
mstch::map indicator_view(const ViewContext& ctx, const Plan& plan, const Indicator& indicator);
// Counts per status as a chart, a sentence and a table.
mstch::map progress_view(const ViewContext& ctx, const Plan& plan,
                         const std::vector<const Action*>& actions, const std::string& id);

// "Promise 1.2" for an id that is a number or a short code (1.2, C1, F2.3); nothing for an id
// made of words (brothers-and-sisters), which would read as English: the plain words say it.
std::string promise_label(const std::string& id);

std::string audience_label(const std::string& id);
std::string theme_label(const Site& site, const std::string& id);

// Plain-words sentences, exposed for tests.
std::string indicator_sentence(const Indicator& indicator);
std::string indicator_target_sentence(const Indicator& indicator);
std::string next_update_sentence(const Indicator& indicator, const Date& today);
// "12 promises: 4 are started but need more work, 6 are happening now and 2 are done."
std::string promises_summary(const Site& site, const std::vector<const Action*>& actions);
// "3 of these 12 promises are taking longer than planned.", or nothing when none is.
std::string late_summary(const std::vector<const Action*>& actions);

}  // namespace promisehub
