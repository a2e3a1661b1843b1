// View models: what templates see, built from the content model. Templates never see the model.
#pragma once

#include <string>
#include <vector>

#include <mstch/mstch.hpp>

#include "i18n/catalog.h"
#include "model/site.h"
#include "render/theme.h"
#include "render/urls.h"

namespace promisehub {

// Shared state for building views of one site, in one language.
struct ViewContext {
  const Site& site;
  const Theme& theme;
  const Urls& urls;
  const std::vector<std::string>& update_html;  // rendered bodies, by update index
  const Catalog& words;                         // every word the theme and the generator write
  const std::vector<StatusWords>& statuses;     // in display order, in the catalog's language

  const StatusWords& status(Status s) const { return statuses[index_of(s)]; }
};

// The statuses' words in the catalog's language, with the site's own words (`statuses:` in
// site.yaml, written in its main language) over them.
std::vector<StatusWords> status_words(const Catalog& words, const SiteConfig& config);

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
std::string promise_label(const Catalog& words, const std::string& id);

// The words for spec §6's audiences and themes are the catalog's (audience.<id>, theme.<id>);
// a theme the site adds has its own title.
std::string audience_label(const Catalog& words, const std::string& id);
std::string theme_label(const Catalog& words, const Site& site, const std::string& id);

// Plain-words sentences, exposed for tests.
std::string indicator_sentence(const Catalog& words, const Indicator& indicator);
std::string indicator_target_sentence(const Catalog& words, const Indicator& indicator);
std::string next_update_sentence(const Catalog& words, const Indicator& indicator,
                                 const Date& today);
// "12 promises: 4 are started but need more work, 6 are happening now and 2 are done."
std::string promises_summary(const ViewContext& ctx, const std::vector<const Action*>& actions);

}  // namespace promisehub
