// Facts derived from content: which updates are published, each action's status history and
// current status (spec §4), "taking longer than planned" (§5), indicator series (§3).
#pragma once

#include <vector>

#include "core/diagnostics.h"
#include "model/site.h"

namespace promisehub {

// Drops drafts and future updates (unless asked), sorts updates oldest first, derives statuses
// and merges indicator values. Reports indicator values out of date order.
void derive_site(Site& site, Diagnostics& diags);

// The status an action has after the updates so far; exposed for tests.
Status derive_current_status(const Action& action);

bool is_taking_longer(const Action& action, const Date& today);

// How many actions have each status.
StatusCounts count_statuses(const std::vector<const Action*>& actions);

}  // namespace promisehub
