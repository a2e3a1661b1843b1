// The checks of spec §11: plans name known organisations (when content/organisations/ exists),
// `contributes_to` names real actions of other plans, and nothing takes an address the
// organisation and area pages use.
#pragma once

#include "core/diagnostics.h"
#include "model/site.h"

namespace promisehub {

void validate_organisations(const Site& site, Diagnostics& diags);

}  // namespace promisehub
