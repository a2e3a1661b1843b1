// Cross-references between files: groups, plans, actions, themes and indicators named in content
// must exist. Reports every broken one; never stops early. Also checks what the site publishes
// as is (validate/published.h), since every command passes here.
#pragma once

#include "core/diagnostics.h"
#include "model/site.h"

namespace promisehub {

void validate_references(const Site& site, Diagnostics& diags);

}  // namespace promisehub
