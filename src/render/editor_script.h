// The web editor's script: Decap CMS, from the npm package the lock file pins, copied beside the
// theme's admin/index.html by every build and served by `serve`, so /admin/ works without a
// step after the build.
#pragma once

#include <string>

#include "core/diagnostics.h"
#include "render/page_set.h"
#include "render/theme.h"

namespace promisehub {

// Where Decap CMS's built files are: node_modules/decap-cms/dist in the site's folder or the
// nearest folder above it that has one (as Node finds packages). Empty when there is none.
std::string find_editor_script_dir(const std::string& site_dir);

// Adds Decap's script, its parts and licence to the theme's files, when the theme has an editor
// (admin/index.html) and the package is installed.
void add_editor_script(Theme& theme, const std::string& site_dir);

// A warning at the editor page's script tag when the site has the page but not the script:
// /admin/ would be blank.
void report_missing_editor_script(const PageSet& pages, const std::string& site_dir,
                                  Diagnostics& diags);

}  // namespace promisehub
