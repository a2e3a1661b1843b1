// Collections the build adds to the web editor (Decap CMS), made from the site's content.
#pragma once

#include <string>
#include <vector>

#include <yaml-cpp/yaml.h>

#include "model/site.h"

namespace promisehub {

// One collection per organisation that has plans, saving into content/updates/<id>/: the
// theme's `updates` collection with its plan, promise and indicator pickers kept to that
// organisation's plans. None when the theme's configuration has no `updates` collection.
std::vector<YAML::Node> organisation_collections(const YAML::Node& config, const Site& site);

// For each language in `languages:`, collections of the translation files of updates, pages and
// plans: one entry per original, saved beside it as <name>.<lang>.md or .yaml, with only the
// texts a translation may hold and the original's words as each field's hint.
std::vector<YAML::Node> translation_collections(const Site& site);

// A language's name for the editor's lists: "Gaelic (Gàidhlig)", or the tag itself ("xx").
std::string language_label(const std::string& tag);

}  // namespace promisehub
