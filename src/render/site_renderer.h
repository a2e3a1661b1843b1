// Renders a loaded site into a PageSet in memory: every address of spec §8, pages in parallel.
#pragma once

#include <optional>

#include "core/diagnostics.h"
#include "model/site.h"
#include "render/page_deps.h"
#include "render/page_set.h"

namespace promisehub {

struct RenderOptions {
  int jobs = 1;
  bool live_reload = false;     // `serve` adds a small script that reloads the page on change
  BodyCache* bodies = nullptr;  // when set, update bodies are reused from and kept in it
};

class SiteRenderer {
 public:
  static std::optional<PageSet> render(const Site& site, const RenderOptions& options,
                                       Diagnostics& diags);
  // Renders only the pages in `scope` and shares every other page's bytes with `previous`;
  // `rendered` receives how many pages were rendered.
  static std::optional<PageSet> render_changed(const Site& site, const RenderOptions& options,
                                               const PageSet& previous, const RenderScope& scope,
                                               Diagnostics& diags, std::size_t* rendered = nullptr);
};

}  // namespace promisehub
