// Cross-reference checks.
#include "validate/references.h"

#include <algorithm>

#include "core/text.h"
#include "load/fields.h"
#include "model/status.h"
#include "validate/organisations.h"
#include "validate/published.h"

namespace promisehub {
namespace {

std::vector<std::string> action_ids(const Plan& plan) {
  std::vector<std::string> ids;
  for (const auto& a : plan.actions) ids.push_back(a.id);
  return ids;
}

std::string unknown_hint(const std::string& word, const std::vector<std::string>& known,
                         const std::string& what) {
  std::string hint;
  if (auto guess = closest_match(word, known)) hint = "did you mean `" + *guess + "`? ";
  if (known.size() <= 12) {
    hint += what + ": " + list_of(known);
  } else {
    hint += "check the " + what + " in the plan file";
  }
  return hint;
}

// Folder names the site uses under /plans/<plan>/ and at the top level.
const char* const kReservedActionIds[] = {"status",     "for",      "theme",
                                          "indicators", "feed.xml", "index.html"};
const char* const kReservedPageSlugs[] = {"plans",    "updates",      "glossary",
                                          "search",   "assets",       "static",
                                          "admin",    "pagefind",     "staying-safe-online",
                                          "feed.xml", "sitemap.xml",  "robots.txt",
                                          "404",      "__promisehub", "feeds"};

void check_plan(const Site& site, const Plan& plan, Diagnostics& diags) {
  std::vector<std::string> group_ids;
  for (const auto& g : plan.groups) group_ids.push_back(g.id);
  std::vector<std::string> theme_ids;
  for (const auto& t : promise_themes()) theme_ids.push_back(t.id);
  for (const auto& t : site.config.extra_themes) theme_ids.push_back(t.id);

  if (plan.actions.empty()) {
    diags.warning({plan.path, 1, 1}, "the plan has no actions yet",
                  "add the promises under `actions:`", "no-actions");
  }
  for (const auto& a : plan.actions) {
    for (const char* reserved : kReservedActionIds) {
      if (to_lower_ascii(a.id) == reserved) {
        diags.error(a.where,
                    "the action id `" + a.id + "` is a word the site uses for its own pages",
                    "choose another id, e.g. a number such as \"1.1\"", "reserved-id");
      }
    }
    if (!a.group.empty() &&
        std::find(group_ids.begin(), group_ids.end(), a.group) == group_ids.end()) {
      diags.error(a.where,
                  "action " + a.id + " is in group `" + a.group + "`, which the plan does not have",
                  unknown_hint(a.group, group_ids, "groups"), "unknown-group");
    }
    for (const auto& t : a.themes) {
      if (std::find(theme_ids.begin(), theme_ids.end(), t) == theme_ids.end()) {
        diags.error(a.where, "action " + a.id + " has the theme `" + t + "`, which is not known",
                    unknown_hint(t, theme_ids, "themes") +
                        " (a site can add its own under `themes:` in site.yaml)",
                    "unknown-theme");
      }
    }
  }
  for (const auto& ind : plan.indicators) {
    for (const auto& a : ind.actions) {
      if (!plan.find_action(a.value)) {
        diags.error(
            a.where,
            "indicator " + ind.id + " measures action " + a.value + ", which is not in this plan",
            unknown_hint(a.value, action_ids(plan), "actions"), "unknown-action");
      }
    }
  }
}

void check_update(const Site& site, const Update& u, Diagnostics& diags) {
  const Plan* plan = site.find_plan(u.plan.value);
  if (!plan) {
    std::vector<std::string> ids;
    for (const auto& p : site.plans) ids.push_back(p.id);
    diags.error(u.plan.where, "there is no plan `" + u.plan.value + "`",
                unknown_hint(u.plan.value, ids, "plans are the file names in content/plans"),
                "unknown-plan");
    return;
  }
  for (const auto& a : u.actions) {
    if (!plan->find_action(a.value)) {
      diags.error(a.where, "there is no action " + a.value + " in plan " + plan->id,
                  unknown_hint(a.value, action_ids(*plan), "actions"), "unknown-action");
    }
  }
  for (const auto& [action, status] : u.status_changes) {  // statuses were read at load
    if (!plan->find_action(action.value)) {
      diags.error(
          action.where,
          "the status change names action " + action.value + ", which is not in plan " + plan->id,
          unknown_hint(action.value, action_ids(*plan), "actions"), "unknown-action");
    }
  }
  for (const auto& iv : u.indicator_values) {
    if (!plan->find_indicator(iv.indicator.value)) {
      std::vector<std::string> ids;
      for (const auto& i : plan->indicators) ids.push_back(i.id);
      diags.error(iv.indicator.where,
                  "there is no indicator `" + iv.indicator.value + "` in plan " + plan->id,
                  unknown_hint(iv.indicator.value, ids, "indicators"), "unknown-indicator");
    }
  }
}

}  // namespace

void check_pages(const Site& site, Diagnostics& diags) {
  for (const auto& page : site.pages) {
    for (const char* reserved : kReservedPageSlugs) {
      if (page.slug == reserved) {
        diags.error({page.path, 0, 0},
                    "the page name `" + page.slug + "` is used by the site itself",
                    "rename the file, e.g. to about-" + page.slug + ".md", "reserved-id");
      }
    }
  }
}

void validate_references(const Site& site, Diagnostics& diags) {
  check_pages(site, diags);
  for (const auto& plan : site.plans) check_plan(site, plan, diags);
  for (const auto& u : site.updates) check_update(site, u, diags);
  validate_organisations(site, diags);
  // What the site publishes as is: checked here, where build, check and serve all pass.
  validate_static_files(site, diags);
  report_external_images(site, diags);
}

}  // namespace promisehub
