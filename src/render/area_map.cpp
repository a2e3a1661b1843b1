// The tile map: squares on a grid, each an <a> with the area's short form and its progress as
// text. Colours come from the stylesheet (classes only: no inline styles under the site's CSP).
#include "render/area_map.h"

#include "core/text.h"
#include "model/areas.h"

namespace promisehub {
namespace {

constexpr int kTile = 100;  // a tile with its gap, in SVG units
constexpr int kGap = 4;

}  // namespace

std::string area_map_svg(const std::vector<AreaTile>& tiles, const std::string& title,
                         const std::string& id) {
  const int width = kAreaMapColumns * kTile, height = kAreaMapRows * kTile;
  std::string out = "<svg class=\"area-map-svg\" viewBox=\"0 0 " + std::to_string(width) + " " +
                    std::to_string(height) + "\" aria-labelledby=\"" + id +
                    "-title\" role=\"group\" xmlns=\"http://www.w3.org/2000/svg\">\n<title id=\"" +
                    id + "-title\">" + escape_html(title) + "</title>\n";
  for (const auto& t : tiles) {
    const int x = t.column * kTile + kGap / 2, y = t.row * kTile + kGap / 2;
    const int size = kTile - kGap, middle = x + size / 2;
    out += "<a class=\"area-tile" + std::string(t.has_plans ? " area-tile-active" : "") +
           "\" href=\"" + escape_html(t.url) + "\" aria-label=\"" + escape_html(t.label) + "\">";
    out += "<rect x=\"" + std::to_string(x) + "\" y=\"" + std::to_string(y) + "\" width=\"" +
           std::to_string(size) + "\" height=\"" + std::to_string(size) + "\" rx=\"10\"/>";
    out += "<text class=\"area-tile-code\" x=\"" + std::to_string(middle) + "\" y=\"" +
           std::to_string(y + 42) + "\" text-anchor=\"middle\">" + escape_html(t.code) + "</text> ";
    out += "<text class=\"area-tile-progress\" x=\"" + std::to_string(middle) + "\" y=\"" +
           std::to_string(y + 72) + "\" text-anchor=\"middle\">" + escape_html(t.progress) +
           "</text></a>\n";
  }
  out += "</svg>";
  return out;
}

}  // namespace promisehub
