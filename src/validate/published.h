// What the site publishes besides its own pages, checked before it is: files of content/static/
// that would run in readers' browsers on the site's own address, and (validate/external_images)
// pictures that pages would fetch from other sites.
#pragma once

#include "core/diagnostics.h"
#include "model/site.h"

namespace promisehub {

// Errors for active files in content/static/, unless site.yaml has `allow_active_static: true`.
void validate_static_files(const Site& site, Diagnostics& diags);

}  // namespace promisehub
