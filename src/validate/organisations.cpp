// Organisations and contributions.
#include "validate/organisations.h"

#include "core/text.h"
#include "load/fields.h"

namespace promisehub {
namespace {

std::string suggestion(const std::string& word, const std::vector<std::string>& known,
                       const std::string& what) {
  std::string hint;
  if (auto guess = closest_match(word, known)) hint = "did you mean `" + *guess + "`? ";
  if (known.size() <= 12) return hint + what + ": " + list_of(known);
  return hint + "check the " + what;
}

void check_plan_organisations(const Site& site, Diagnostics& diags) {
  std::vector<std::string> ids;
  for (const auto& o : site.organisations) ids.push_back(o.id);
  for (const auto& plan : site.plans) {
    if (plan.organisation.empty()) {
      diags.error({plan.path, 1, 1}, "the plan does not say whose it is",
                  "add `organisation:` with the id of one of the files in content/organisations/" +
                      (ids.empty() ? std::string() : ", e.g. `organisation: " + ids[0] + "`"),
                  "missing-organisation");
    } else if (!site.find_organisation(plan.organisation)) {
      diags.error(plan.organisation_where, "there is no organisation `" + plan.organisation + "`",
                  suggestion(plan.organisation, ids,
                             "organisations are the file names in content/organisations"),
                  "unknown-organisation");
    }
  }
  for (const auto& o : site.organisations) {
    if (o.id == "kind" || o.id == "area") {
      diags.error({o.path, 1, 1},
                  "the organisation id `" + o.id + "` is a word the site uses for its own pages",
                  "rename the file, e.g. to " + o.id + "-council.yaml", "reserved-id");
    }
  }
  for (const auto& page : site.pages) {
    if (page.slug == "organisations" || page.slug == "areas") {
      diags.error({page.path, 0, 0}, "the page name `" + page.slug + "` is used by the site itself",
                  "rename the file, e.g. to about-" + page.slug + ".md", "reserved-id");
    }
  }
}

void check_contribution(const Site& site, const Plan& plan, const Action& action,
                        const LocatedText& to, Diagnostics& diags) {
  const std::string& ref = to.value;
  auto slash = ref.find('/');
  if (slash == std::string::npos || slash == 0 || slash + 1 == ref.size()) {
    diags.error(to.where,
                "action " + action.id + " contributes to `" + ref +
                    "`, which is not written as <plan>/<action>",
                "write the plan's file name and the action's id, e.g. \"plan-21-24/education-1\"",
                "bad-contribution");
    return;
  }
  std::string plan_id = ref.substr(0, slash), action_id = ref.substr(slash + 1);
  const Plan* target = site.find_plan(plan_id);
  if (!target) {
    std::vector<std::string> ids;
    for (const auto& p : site.plans)
      if (p.id != plan.id) ids.push_back(p.id);
    diags.error(to.where,
                "action " + action.id + " contributes to plan `" + plan_id +
                    "`, which the site does not have",
                suggestion(plan_id, ids, "plans are the file names in content/plans"),
                "unknown-plan");
    return;
  }
  if (target == &plan) {
    diags.error(to.where, "action " + action.id + " contributes to its own plan",
                "`contributes_to` names actions of other plans: the national promises this "
                "local work helps to keep",
                "bad-contribution");
    return;
  }
  if (!target->find_action(action_id)) {
    std::vector<std::string> ids;
    for (const auto& a : target->actions) ids.push_back(a.id);
    diags.error(to.where,
                "action " + action.id + " contributes to action " + action_id +
                    ", which is not in plan " + plan_id,
                suggestion(action_id, ids, "actions of " + plan_id), "unknown-action");
  }
}

}  // namespace

void validate_organisations(const Site& site, Diagnostics& diags) {
  if (site.has_organisations) check_plan_organisations(site, diags);
  for (const auto& plan : site.plans)
    for (const auto& action : plan.actions)
      for (const auto& to : action.contributes_to)
        check_contribution(site, plan, action, to, diags);
}

}  // namespace promisehub
