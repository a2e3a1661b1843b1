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
  if (action_index.size() != actions.size()) return find_by_id(actions, id);
  auto it = std::lower_bound(action_index.begin(), action_index.end(), id,
                             [](const std::pair<std::string, std::size_t>& a,
                                const std::string& b) { return a.first < b; });
  return it != action_index.end() && it->first == id ? &actions[it->second] : nullptr;
}
Action* Plan::find_action(const std::string& id) {
  return const_cast<Action*>(static_cast<const Plan*>(this)->find_action(id));
}
void Plan::index_actions() {
  action_index.clear();
  for (std::size_t i = 0; i < actions.size(); ++i) action_index.emplace_back(actions[i].id, i);
  // Stable: with a duplicate id (an error reported elsewhere) the first action is found, as before.
  std::stable_sort(action_index.begin(), action_index.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
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
const Organisation* Site::find_organisation(const std::string& id) const {
  return find_by_id(organisations, id);
}

}  // namespace promisehub
