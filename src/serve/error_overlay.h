// What the preview adds to every HTML page: the build number the live-reload script compares,
// and, while the site has problems, a visible panel listing them.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/diagnostics.h"

namespace promisehub {

// An accessible panel (role="alert") listing each problem as `path:line:col: error: …` with
// the source line, everything escaped. Empty when there are no problems.
std::string error_panel_html(const std::vector<Diagnostic>& problems, const std::string& site_dir,
                             const std::string& base_path, bool have_last_good_site);

// Adds <meta name="promisehub-build"> to the head and the panel at the start of the body.
std::string decorate_html(const std::string& html, std::uint64_t build, const std::string& panel);

// A whole page for when there is no good build yet to show.
std::string error_page_html(const std::string& panel, std::uint64_t build,
                            const std::string& base_path);

const std::string& error_panel_css();

}  // namespace promisehub
