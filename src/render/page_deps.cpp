// Page dependencies and the arithmetic of the paginated list of updates.
#include "render/page_deps.h"

#include <algorithm>

namespace promisehub {

std::size_t updates_list_pages(std::size_t updates) {
  return std::max<std::size_t>(1, (updates + kUpdatesPerListPage - 1) / kUpdatesPerListPage);
}

std::size_t updates_list_page_of(std::size_t index, std::size_t updates) {
  return (updates - 1 - index) / kUpdatesPerListPage + 1;
}

void add_update_pages(const Update& u, const Site& site, RenderScope& scope, bool statuses) {
  scope.deps.insert(PageDep::update_page(u.slug));
  scope.deps.insert(PageDep::plan_pages(u.plan.value));
  for (const auto& a : u.actions) scope.deps.insert(PageDep::action_page(u.plan.value, a.value));
  for (const auto& c : u.status_changes)
    scope.deps.insert(PageDep::action_page(u.plan.value, c.first.value));
  if (statuses && !u.status_changes.empty()) scope.deps.insert(PageDep::status_pages());
  if (const Plan* plan = site.find_plan(u.plan.value)) {
    if (site.has_organisations && !plan->organisation.empty())
      scope.deps.insert(PageDep::organisation_page(plan->organisation));
    // A status change shows on the promises of other plans that this promise contributes to
    // (spec §11: their lists of local work).
    if (statuses)
      for (const auto& c : u.status_changes)
        if (const Action* a = plan->find_action(c.first.value))
          for (const auto& to : a->contributes_to) {
            auto slash = to.value.find('/');
            if (slash != std::string::npos)
              scope.deps.insert(
                  PageDep::action_page(to.value.substr(0, slash), to.value.substr(slash + 1)));
          }
    for (const auto& iv : u.indicator_values) {
      if (const Indicator* ind = plan->find_indicator(iv.indicator.value))
        for (const auto& a : ind->actions)
          scope.deps.insert(PageDep::action_page(plan->id, a.value));
    }
  }
}

namespace {

bool same_figures(const IndicatorUpdate& a, const IndicatorUpdate& b) {
  bool same_next = a.next_update.has_value() == b.next_update.has_value() &&
                   (!a.next_update || a.next_update->value == b.next_update->value);
  return a.indicator.value == b.indicator.value && a.has_value == b.has_value && same_next &&
         a.value.date == b.value.date && a.value.value == b.value.value &&
         a.value.note == b.value.note;
}

template <typename T>
bool same_values(const std::vector<Located<T>>& a, const std::vector<Located<T>>& b) {
  return std::equal(a.begin(), a.end(), b.begin(), b.end(),
                    [](const auto& x, const auto& y) { return x.value == y.value; });
}

}  // namespace

bool same_statuses(const Update& a, const Update& b) {
  auto same_change = [](const auto& x, const auto& y) {
    return x.first.value == y.first.value && x.second.value == y.second.value;
  };
  return a.path == b.path && a.date == b.date && a.plan.value == b.plan.value &&
         a.draft == b.draft &&
         std::equal(a.status_changes.begin(), a.status_changes.end(), b.status_changes.begin(),
                    b.status_changes.end(), same_change);
}

bool only_the_body_differs(const Update& a, const Update& b) {
  return same_statuses(a, b) && a.slug == b.slug && a.title.value == b.title.value &&
         a.plain.value == b.plain.value && same_values(a.actions, b.actions) &&
         std::equal(a.indicator_values.begin(), a.indicator_values.end(),
                    b.indicator_values.begin(), b.indicator_values.end(), same_figures) &&
         a.author == b.author;
}

void add_update_body_pages(const Update& u, RenderScope& scope) {
  scope.deps.insert(PageDep::update_page(u.slug));
  scope.deps.insert(PageDep::plan_feed(u.plan.value));
}

void add_update_list_pages(const std::vector<std::string>& before,
                           const std::vector<std::string>& after,
                           const std::vector<std::size_t>& changed, RenderScope& scope) {
  if (before != after) {
    // One more page than either list has: a page the list no longer reaches is dropped by the
    // page list itself, and asking for it costs nothing.
    std::size_t pages =
        std::max(updates_list_pages(before.size()), updates_list_pages(after.size()));
    for (std::size_t n = 1; n <= pages + 1; ++n) scope.deps.insert(PageDep::updates_list(n));
    return;
  }
  for (std::size_t i : changed)
    if (i < after.size())
      scope.deps.insert(PageDep::updates_list(updates_list_page_of(i, after.size())));
}

}  // namespace promisehub
