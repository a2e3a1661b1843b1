// The plain-language checks of `promisehub check` (spec §7): reading age, Language of Care and
// unexplained acronyms, reported as warnings at the file, line and column of each text.
#pragma once

#include <string>
#include <vector>

#include "core/diagnostics.h"
#include "model/site.h"

namespace promisehub {

void lint_site(const Site& site, Diagnostics& diags);

// Reading age is measured for English texts only; texts in other languages (translations too)
// are checked against their own language's words to avoid and glossary.
bool is_english(const std::string& language_tag);
// The site's languages whose texts get no reading age, main language first.
std::vector<std::string> languages_without_reading_age(const SiteConfig& config);

}  // namespace promisehub
