// The data of the pages of spec §11: the organisations, one organisation, the map of areas, one
// area, the home page's "Find your area", and a promise's local contributions.
#pragma once

#include <string>
#include <vector>

#include <mstch/mstch.hpp>

#include "model/areas.h"
#include "model/site.h"
#include "render/views.h"

namespace promisehub {

std::string organisation_kind_label(const Catalog& words,
                                    const std::string& kind);  // "health-board" → "Health board"

// The organisations, or with `filter` ("kind", "area") only those with that `value`.
mstch::map organisations_view(const ViewContext& ctx, const std::string& filter,
                              const std::string& value);
mstch::map organisation_view(const ViewContext& ctx, const Organisation& org);
mstch::map areas_view(const ViewContext& ctx);
mstch::map area_view(const ViewContext& ctx, const Area& area);
// The home page's first section on a site with organisations; false on a site without.
mstch::node find_area_view(const ViewContext& ctx);
// The actions of other plans that contribute to `action`, by organisation and area, and their
// counts by status; false when there are none.
mstch::node contributions_view(const ViewContext& ctx, const Action& action);
// The other plans' promises that `action` contributes to (its `contributes_to`), each named,
// with its organisation and plan; false when there are none.
mstch::node serves_view(const ViewContext& ctx, const Action& action);

// The organisations working in `area` (an area id), by name; national bodies are in `scotland`.
std::vector<const Organisation*> organisations_in(const Site& site, const std::string& area);
// The kinds and the areas that at least one organisation has, in display order.
std::vector<std::string> kinds_in_use(const Site& site);
std::vector<std::string> areas_in_use(const Site& site);

}  // namespace promisehub
