// The web editor's configuration (admin/config.yml): the theme's file, with collections made from
// the site's content added to it: each organisation's own updates (spec §11) and each language's
// translations (spec §12).
#pragma once

#include <string>

#include "model/site.h"
#include "render/theme.h"

namespace promisehub {

inline constexpr char kEditorConfig[] = "admin/config.yml";

// Reads the theme's admin/config.yml into memory, so that rendering can add to it without
// touching the disk.
void load_editor_config(Theme& theme);

// The theme's configuration with the site's own collections added at the end of `collections:`.
// A site with no organisations and no other languages gets the theme's file byte for byte, and
// so does a file this cannot read as YAML (Decap then says what is wrong with it).
std::string editor_config(const std::string& theme_config, const Site& site);

}  // namespace promisehub
