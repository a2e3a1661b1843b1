// What the site publishes besides its own pages, checked before it is: files of content/static/
// that would run in readers' browsers on the site's own address, and pictures that pages would
// fetch from other sites.
#pragma once

#include "core/diagnostics.h"
#include "model/site.h"

namespace promisehub {

// Errors for active files in content/static/, unless site.yaml has `allow_active_static: true`.
void validate_static_files(const Site& site, Diagnostics& diags);

// A warning at each picture from another site in the site's Markdown, which pages and feeds
// leave out (render/markdown.h), unless site.yaml's `allow_external_images` allows its host.
void report_external_images(const Site& site, Diagnostics& diags);

}  // namespace promisehub
