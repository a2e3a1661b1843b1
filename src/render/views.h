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
std::string promises_summary(const ViewContext& ctx, const std::vector<const Action*>& actions);

}  // namespace promisehub
