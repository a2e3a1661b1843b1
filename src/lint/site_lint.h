// The plain-language checks of `promisehub check` (spec §7): reading age, Language of Care and
// unexplained acronyms, reported as warnings at the file, line and column of each text.
#pragma once

#include "core/diagnostics.h"
#include "model/site.h"

namespace promisehub {

void lint_site(const Site& site, Diagnostics& diags);

}  // namespace promisehub
