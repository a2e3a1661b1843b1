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

// A plan has ended once the last day of its period has passed.
bool has_ended(const Plan& plan, const Date& today);

// The plans in the order readers meet them: the current ones first, then those that have
// ended, newest first; otherwise in the site's order (by id).
std::vector<const Plan*> plans_for_readers(const Site& site);

// How many actions have each status.
StatusCounts count_statuses(const std::vector<const Action*>& actions);

}  // namespace promisehub
