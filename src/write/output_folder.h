// Which folder a build may replace. A build replaces its output folder whole, so it must never
// take a folder of someone else's files, or the site's own sources, for an old build.
#pragma once

#include <optional>
#include <string>

#include <boost/filesystem/path.hpp>

#include "render/page_set.h"

namespace promisehub {

// The file every build leaves in its output folder. Its presence says "Promise Hub made this
// folder": the next build may replace it.
extern const char kBuiltSiteMarker[];
extern const char kBuiltSiteMarkerText[];

struct OutputRefusal {
  std::string message;
  std::string hint;
};

// Why `pages` may not replace `out`, or nothing when it may. `out` is absolute and normal.
// `site_dir` (may be empty): its folder, its parents, and its content/ and themes/ are never
// replaced. A folder may be replaced when it does not exist, is empty (but for .gitkeep), holds
// the marker, or holds only files this build makes again (a build from before the marker).
std::optional<OutputRefusal> refuse_output_folder(const boost::filesystem::path& out,
                                                  const std::string& site_dir,
                                                  const PageSet& pages);

}  // namespace promisehub
