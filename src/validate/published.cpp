// Checks of what is published as is.
#include "validate/published.h"

namespace promisehub {

void validate_static_files(const Site& site, Diagnostics& diags) {
  if (site.config.allow_active_static) return;
  for (const StaticFile& f : site.static_files) {
    if (f.active.empty()) continue;
    diags.error(f.active_at,
                "this file would run as a program in readers' browsers, on the site's own "
                "address: it is or holds " +
                    f.active,
                "content/static/ is published as it is, for pictures and PDFs: remove the file, "
                "or save it as a PDF or a PNG picture. A script there could act for anyone "
                "signed in to the web editor; only if the site must publish it, set "
                "`allow_active_static: true` in content/site.yaml",
                "active-static-file");
  }
}

}  // namespace promisehub
