// The council areas. Gaelic names as the councils and Bòrd na Gàidhlig write them; places on
// the tile map chosen by hand so that neighbours stay roughly neighbours.
#include "model/areas.h"

namespace promisehub {

const std::vector<Area>& areas() {
  static const std::vector<Area> all = {
      {"aberdeen-city", "Aberdeen City", "Obar Dheathain", "ABE", 5, 2},
      {"aberdeenshire", "Aberdeenshire", "Siorrachd Obar Dheathain", "ABD", 4, 2},
      {"angus", "Angus", "Aonghas", "ANS", 4, 3},
      {"argyll-and-bute", "Argyll and Bute", "Earra-Ghàidheal agus Bòd", "AGB", 1, 3},
      {"city-of-edinburgh", "City of Edinburgh", "Dùn Èideann", "EDH", 5, 5},
      {"clackmannanshire", "Clackmannanshire", "Siorrachd Chlach Mhanann", "CLK", 3, 4},
      {"dumfries-and-galloway", "Dumfries and Galloway", "Dùn Phris agus Gall-Ghàidhealaibh", "DGY",
       2, 8},
      {"dundee-city", "Dundee City", "Dùn Dè", "DND", 5, 3},
      {"east-ayrshire", "East Ayrshire", "Siorrachd Àir an Ear", "EAY", 1, 7},
      {"east-dunbartonshire", "East Dunbartonshire", "Siorrachd Dhùn Bhreatainn an Ear", "EDU", 2,
       4},
      {"east-lothian", "East Lothian", "Lodainn an Ear", "ELN", 5, 6},
      {"east-renfrewshire", "East Renfrewshire", "Siorrachd Rinn Friù an Ear", "ERW", 1, 6},
      {"falkirk", "Falkirk", "An Eaglais Bhreac", "FAL", 3, 5},
      {"fife", "Fife", "Fìobha", "FIF", 4, 4},
      {"glasgow-city", "Glasgow City", "Glaschu", "GLG", 1, 5},
      {"highland", "Highland", "A' Ghàidhealtachd", "HLD", 2, 2},
      {"inverclyde", "Inverclyde", "Inbhir Chluaidh", "IVC", 0, 4},
      {"midlothian", "Midlothian", "Meadhan Lodainn", "MLN", 4, 6},
      {"moray", "Moray", "Moireibh", "MRY", 3, 2},
      {"na-h-eileanan-siar", "Na h-Eileanan Siar", "Na h-Eileanan Siar", "ELS", 0, 2},
      {"north-ayrshire", "North Ayrshire", "Siorrachd Àir a Tuath", "NAY", 0, 6},
      {"north-lanarkshire", "North Lanarkshire", "Siorrachd Lannraig a Tuath", "NLK", 2, 5},
      {"orkney-islands", "Orkney Islands", "Arcaibh", "ORK", 3, 1},
      {"perth-and-kinross", "Perth and Kinross", "Peairt agus Ceann Rois", "PKN", 3, 3},
      {"renfrewshire", "Renfrewshire", "Siorrachd Rinn Friù", "RFW", 0, 5},
      {"scottish-borders", "Scottish Borders", "Crìochan na h-Alba", "SCB", 4, 7},
      {"shetland-islands", "Shetland Islands", "Sealtainn", "ZET", 4, 0},
      {"south-ayrshire", "South Ayrshire", "Siorrachd Àir a Deas", "SAY", 0, 7},
      {"south-lanarkshire", "South Lanarkshire", "Siorrachd Lannraig a Deas", "SLK", 2, 6},
      {"stirling", "Stirling", "Sruighlea", "STG", 2, 3},
      {"west-dunbartonshire", "West Dunbartonshire", "Siorrachd Dhùn Bhreatainn an Iar", "WDU", 1,
       4},
      {"west-lothian", "West Lothian", "Lodainn an Iar", "WLN", 4, 5},
      {"scotland", "Scotland", "Alba", "", -1, -1},
  };
  return all;
}

const Area* find_area(std::string_view id) {
  for (const auto& a : areas())
    if (a.id == id) return &a;
  return nullptr;
}

std::vector<std::string> area_ids() {
  std::vector<std::string> ids;
  for (const auto& a : areas()) ids.push_back(a.id);
  return ids;
}

}  // namespace promisehub
