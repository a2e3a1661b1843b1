// What a file watcher's list of changed paths tells us, so that a refresh after the usual edit
// (one update saved) need not list content/ or the theme again.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/diagnostics.h"
#include "load/content_cache.h"
#include "load/content_tree.h"

namespace promisehub {

// Brings the last listing up to date from the paths a file watcher saw change, when they are
// all plain update files (the usual edit). Returns the display paths of those updates, or
// nullopt when content/ must be listed again: anything else changed, a file the listing had a
// problem with changed, or some update is a link or has other names (a change to one file
// would then show up under another name the watcher does not report).
std::optional<std::set<std::string>> apply_update_hints(ContentTree& tree,
                                                        const std::vector<Diagnostic>& problems,
                                                        const std::string& site_dir,
                                                        const std::vector<std::string>& changed);

// Whether anything in the folder `dir` (a theme) changed since `known` was taken, which it then
// becomes.
bool folder_changed(const std::string& dir, std::map<std::string, Stamp>& known);

}  // namespace promisehub
