// Derivations over the loaded model.
#include "model/derive.h"

#include <algorithm>

namespace promisehub {

Status derive_current_status(const Action& action) {
  if (!action.history.empty()) return action.history.back().to;
  return action.status.value;
}

bool is_taking_longer(const Action& action, const Date& today) {
  if (!action.due) return false;
  if (is_settled(action.current_status)) return false;
  return action.due->last_day() < today;
}

bool has_ended(const Plan& plan, const Date& today) {
  return plan.period_to && plan.period_to->last_day() < today;
}

std::vector<const Plan*> plans_for_readers(const Site& site) {
  std::vector<const Plan*> out;
  for (const auto& p : site.plans) out.push_back(&p);
  std::stable_sort(out.begin(), out.end(), [&](const Plan* a, const Plan* b) {
    bool a_ended = has_ended(*a, site.build_date), b_ended = has_ended(*b, site.build_date);
    if (a_ended != b_ended) return !a_ended;
    if (a_ended) return b->period_to->last_day() < a->period_to->last_day();
    return false;
  });
  return out;
}

StatusCounts count_statuses(const std::vector<const Action*>& actions) {
  StatusCounts counts{};
  for (const Action* a : actions) ++counts[index_of(a->current_status)];
  return counts;
}

namespace {

void publish_updates(Site& site) {
  auto hidden = [&](const Update& u) {
    return !site.include_drafts && !u.published_by(site.build_date);
  };
  site.updates.erase(std::remove_if(site.updates.begin(), site.updates.end(), hidden),
                     site.updates.end());
  auto older = [](const Update& a, const Update& b) {
    if (a.date != b.date) return a.date < b.date;
    return a.slug < b.slug;
  };
  // Usually in order already (file names start with the date): moving updates around is costly.
  if (!std::is_sorted(site.updates.begin(), site.updates.end(), older))
    std::stable_sort(site.updates.begin(), site.updates.end(), older);
}

// Draft pages are left out of the site, and so out of its menus, sitemap and search index.
void publish_pages(Site& site) {
  if (site.include_drafts) return;
  site.pages.erase(
      std::remove_if(site.pages.begin(), site.pages.end(), [](const Page& p) { return p.draft; }),
      site.pages.end());
}

void derive_statuses(Site& site) {
  std::vector<Action*> reported;
  for (std::size_t i = 0; i < site.updates.size(); ++i) {
    const Update& u = site.updates[i];
    Plan* plan = site.find_plan(u.plan.value);
    if (!plan) continue;
    // Each action the update reports on gets it in its timeline once.
    reported.clear();
    for (const auto& a : u.actions)
      if (Action* action = plan->find_action(a.value)) reported.push_back(action);
    for (const auto& change : u.status_changes)
      if (Action* action = plan->find_action(change.first.value)) reported.push_back(action);
    std::sort(reported.begin(), reported.end());
    reported.erase(std::unique(reported.begin(), reported.end()), reported.end());
    for (Action* a : reported) a->update_indexes.push_back(i);
    for (const auto& [id, status] : u.status_changes) {
      Action* a = plan->find_action(id.value);
      if (!a) continue;
      Status from = a->history.empty() ? a->status.value : a->history.back().to;
      a->history.push_back({i, from, status.value, u.date});
    }
  }
  for (auto& plan : site.plans) {
    for (auto& a : plan.actions) {
      a.current_status = derive_current_status(a);
      a.taking_longer = is_taking_longer(a, site.build_date);
    }
  }
}

// Updates come oldest first, so the newest update's word on an indicator wins. A figure for the
// month the next one was due answers that date; the newest `next_update` says when the next is.
void merge_indicator_values(Site& site, Diagnostics& diags) {
  for (const auto& u : site.updates) {
    Plan* plan = site.find_plan(u.plan.value);
    if (!plan) continue;
    for (const auto& iv : u.indicator_values) {
      auto it = std::find_if(plan->indicators.begin(), plan->indicators.end(),
                             [&](const Indicator& i) { return i.id == iv.indicator.value; });
      if (it == plan->indicators.end()) continue;
      if (iv.has_value && !it->values.empty() && !(it->values.back().date < iv.value.date)) {
        diags.error(iv.value.where,
                    "the value of indicator " + it->id + " for " + iv.value.date.human() +
                        " is not newer than its latest value (" + it->values.back().date.human() +
                        ")",
                    "an update can only add a newer figure; correct the date, or change the "
                    "older value in the plan",
                    "values-out-of-order");
        continue;
      }
      if (iv.has_value) {
        it->values.push_back(iv.value);
        if (it->next_update && !(iv.value.date < *it->next_update)) it->next_update.reset();
      }
      if (iv.next_update) it->next_update = iv.next_update->value;
    }
  }
}

// Each action named by `contributes_to` learns which actions contribute to it. Names that do not
// lead anywhere were reported by validate/organisations and are passed over here.
void link_contributions(Site& site) {
  for (auto& plan : site.plans) {
    for (auto& action : plan.actions) {
      for (const auto& to : action.contributes_to) {
        auto slash = to.value.find('/');
        if (slash == std::string::npos) continue;
        Plan* target = site.find_plan(to.value.substr(0, slash));
        if (!target || target == &plan) continue;
        Action* a = target->find_action(to.value.substr(slash + 1));
        if (!a) continue;
        std::pair<std::string, std::string> served{target->id, a->id};
        if (std::find(action.serves.begin(), action.serves.end(), served) == action.serves.end())
          action.serves.push_back(std::move(served));
        std::pair<std::string, std::string> from{plan.id, action.id};
        if (std::find(a->contributors.begin(), a->contributors.end(), from) ==
            a->contributors.end())
          a->contributors.push_back(std::move(from));
      }
    }
  }
}

}  // namespace

void derive_site(Site& site, Diagnostics& diags) {
  link_contributions(site);
  publish_updates(site);
  publish_pages(site);
  derive_statuses(site);
  merge_indicator_values(site, diags);
}

}  // namespace promisehub
