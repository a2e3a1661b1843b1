// The site in one of its other languages (spec §12): the same site, with each text its
// translation has in place of the original's, found by id. Ids, statuses, dates and numbers
// always stay the original's. A text with no translation stays in the main language, marked
// (core/lang_marks.h) so that pages can say which language it is in.
#pragma once

#include <string>

#include "model/site.h"

namespace promisehub {

Site localize_site(const Site& site, const std::string& lang);

}  // namespace promisehub
