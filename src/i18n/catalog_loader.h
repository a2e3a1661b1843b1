// Reads a theme's i18n/<lang>.yaml into a Catalog, with every problem at file:line:col.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/diagnostics.h"
#include "i18n/catalog.h"

namespace promisehub {

struct CatalogSource {
  std::string display_path;  // "themes/promise/i18n/gd.yaml"
  std::string text;
};

// `english` is the built-in English, then the theme's own en.yaml if it has one; `translation`
// the language's file, if there is one. A key the English does not have is an error; one the
// translation leaves out is a warning, and the English text is used.
std::optional<Catalog> make_catalog(const std::string& language,
                                    const std::vector<CatalogSource>& english,
                                    const std::optional<CatalogSource>& translation,
                                    Diagnostics& diags);

// The catalog for `language` (a BCP 47 tag from site.yaml) from themes/<theme>/i18n/: the file
// for the whole tag (en-GB.yaml), else for its language (en.yaml).
std::optional<Catalog> load_catalog(const std::string& theme_dir, const std::string& shown_dir,
                                    const std::string& language, Diagnostics& diags);

// The English the program carries (themes/promise/i18n/en.yaml when it was built).
const char* builtin_english();

}  // namespace promisehub
