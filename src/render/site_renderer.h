// Renders a loaded site into a PageSet in memory: every address of spec §8, pages in parallel.
#pragma once

#include <optional>

#include "core/diagnostics.h"
#include "model/site.h"
#include "render/page_set.h"

namespace promisehub {

struct RenderOptions {
  int jobs = 1;
  bool live_reload = false;  // `serve` adds a small script that reloads the page on change
};

class SiteRenderer {
 public:
  static std::optional<PageSet> render(const Site& site, const RenderOptions& options,
                                       Diagnostics& diags);
};

}  // namespace promisehub
