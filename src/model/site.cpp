// Look-ups on the content model.
#include "model/site.h"

#include <algorithm>

#include "model/status.h"

namespace promisehub {
namespace {

template <typename Vec>
auto find_by_id(Vec& items, const std::string& id) -> decltype(&items[0]) {
  for (auto& item : items)
    if (item.id == id) return &item;
  return nullptr;
}

}  // namespace

const Action* Plan::find_action(const std::string& id) const {
  return find_by_id(actions, id);
}
Action* Plan::find_action(const std::string& id) {
  return find_by_id(actions, id);
}
const Group* Plan::find_group(const std::string& id) const {
  return find_by_id(groups, id);
}
const Indicator* Plan::find_indicator(const std::string& id) const {
  return find_by_id(indicators, id);
}
const Plan* Site::find_plan(const std::string& id) const {
  return find_by_id(plans, id);
}
Plan* Site::find_plan(const std::string& id) {
  return find_by_id(plans, id);
}

const StatusWords& Site::status(const std::string& key) const {
  for (const auto& s : statuses)
    if (s.key == key) return s;
  for (const auto& s : default_statuses())
    if (s.key == key) return s;
  return default_statuses().front();
}

}  // namespace promisehub
