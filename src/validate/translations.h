// Translations against their originals (spec §12): each is of a language the site lists, sits
// beside a file that exists, and translates only ids and texts that the original has.
#pragma once

#include "core/diagnostics.h"
#include "model/site.h"

namespace promisehub {

void validate_translations(const Site& site, Diagnostics& diags);

}  // namespace promisehub
