// The tile map of /areas/ (spec §11): an inline SVG with one tile per council area, placed
// roughly where the area is, each tile a link whose name says the area and its progress.
#pragma once

#include <string>
#include <vector>

namespace promisehub {

struct AreaTile {
  std::string id, name, code, url;
  std::string progress;  // short, on the tile: "3/20", "ended" or "no plan"
  // The link's whole name, its only one (no <title> repeats it), holding the tile's words:
  // "Midlothian, MLN 3/20 promises done."
  std::string label;
  int column = 0, row = 0;
  bool has_plans = false;
};

// The SVG, titled `title` (for screen readers); `id` makes its ids unique on the page.
std::string area_map_svg(const std::vector<AreaTile>& tiles, const std::string& title,
                         const std::string& id);

}  // namespace promisehub
