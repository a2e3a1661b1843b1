// Scotland's 32 council areas and `scotland` itself (spec §11): the generator's own data, with
// each area's name in English and in Gaelic and its place on the tile map of /areas/.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace promisehub {

struct Area {
  std::string id, name, gaelic;
  std::string code;           // a short form shown on the tile map (ISO 3166-2:GB), e.g. "MLN"
  int column = -1, row = -1;  // on the tile map: north at row 0, west at column 0; -1: not shown
  bool council() const { return column >= 0; }
};

// The 32 council areas in alphabetical order of their ids, then `scotland`.
const std::vector<Area>& areas();
const Area* find_area(std::string_view id);
std::vector<std::string> area_ids();  // for messages and suggestions

// The tile map's size in tiles.
constexpr int kAreaMapColumns = 6;
constexpr int kAreaMapRows = 9;

}  // namespace promisehub
