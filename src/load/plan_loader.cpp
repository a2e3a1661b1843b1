// content/plans/<plan>.yaml (spec §3): the plan, its groups, actions and indicators.
#include <set>
#include <unordered_map>

#include "core/text.h"
#include "load/contact_fields.h"
#include "load/fields.h"
#include "load/loaders.h"
#include "load/status_field.h"
#include "load/yaml_document.h"
#include "model/status.h"

namespace promisehub {
namespace {

std::vector<std::string> values_of(const std::vector<LocatedText>& items) {
  std::vector<std::string> out;
  for (const auto& i : items) out.push_back(i.value);
  return out;
}

// "action 1.2" when the item has a readable id, else "an action".
std::string describe(const YAML::Node& item, const std::string& kind, const std::string& article) {
  if (item.IsMap()) {
    const YAML::Node id = item["id"];
    if (id && id.IsScalar() && id.Scalar().size() < 60) return kind + " " + id.Scalar();
  }
  return article + " " + kind;
}

std::optional<std::string> checked_id(const Fields& f, const std::string& kind) {
  auto id = f.text("id", true, "give the " + kind + " an `id:` made of letters, digits, . - _");
  if (!id) return std::nullopt;
  std::string v = trim(id->value);
  if (!is_safe_id(v)) {
    f.diags().error(
        id->where, "the " + kind + " id `" + id->value + "` has characters ids cannot have",
        "use only letters, digits, `.`, `-` and `_`, e.g. \"1.2\" or good-childhood", "bad-id");
    return std::nullopt;
  }
  return v;
}

template <typename T>
void check_unique(const std::vector<T>& items, const std::string& kind, FileProblems& diags) {
  std::unordered_map<std::string, std::size_t> first;  // a plan may hold many thousands
  for (std::size_t i = 0; i < items.size(); ++i) {
    auto [it, inserted] = first.emplace(items[i].id, i);
    if (inserted) continue;
    diags.error(items[i].where, "the " + kind + " id `" + items[i].id + "` is used twice",
                "the first is at line " + std::to_string(items[it->second].where.line) +
                    "; give each " + kind + " its own id",
                "duplicate-id");
  }
}

std::optional<YAML::Node> list_node(const Fields& f, const std::string& key,
                                    const std::string& hint) {
  auto node = f.get(key);
  if (!node) return std::nullopt;
  if (!node->IsSequence()) {
    f.diags().error(f.at(*node), "`" + key + "` should be a list", hint, "wrong-type");
    return std::nullopt;
  }
  return node;
}

void load_groups(const Fields& f, Plan& plan) {
  auto node = list_node(f, "groups", "start each group with `- id: …`");
  if (!node) return;
  for (const YAML::Node& item : *node) {
    if (f.diags().full()) break;
    Fields g(item, f.path(), f.first_line(), describe(item, "group", "a"),
             {"id", "title", "plain", "summary"}, f.diags());
    if (!g.is_map()) continue;
    Group group;
    group.where = g.where();
    auto id = checked_id(g, "group");
    if (!id) continue;
    group.id = *id;
    if (auto t = g.text("title", true)) group.title = t->value;
    if (auto t = g.text("plain")) group.plain = *t;
    if (auto t = g.text("summary")) group.summary = t->value;
    plan.groups.push_back(group);
  }
  check_unique(plan.groups, "group", f.diags());
}

void load_due(const Fields& a, Action& action) {
  auto due = a.text("due");
  if (!due) return;
  action.due_text = trim(due->value);
  Date d;
  switch (parse_date(action.due_text, d)) {
    case DateParse::ok:
      action.due = d;
      break;
    case DateParse::not_a_date:
      break;  // text such as "Every 3 months"
    case DateParse::invalid:
      a.diags().error(due->where, "`due` looks like a date but is not a real one: " + due->value,
                      "write YYYY-MM-DD, YYYY-MM or YYYY with a month from 01 to 12", "bad-date");
  }
}

void load_actions(const Fields& f, Plan& plan) {
  auto node = list_node(f, "actions", "start each action with `- id: \"1.1\"`");
  if (!node) return;
  for (const YAML::Node& item : *node) {
    if (f.diags().full()) break;
    Fields a(item, f.path(), f.first_line(), describe(item, "action", "an"),
             {"id", "group", "title", "plain", "leads", "links", "measures", "due", "status", "for",
              "themes", "contributes_to"},
             f.diags());
    if (!a.is_map()) continue;
    Action action;
    action.where = a.where();
    auto id = checked_id(a, "action");
    if (!id) continue;
    action.id = *id;
    std::string what = "action " + action.id;
    if (auto t = a.text("group")) action.group = trim(t->value);
    if (auto t = a.text("title", true, "add `title:` with the promise in the plan's own words"))
      action.title = t->value;
    if (auto t = a.text("plain", true, "add `plain:` with the promise in short, everyday words"))
      action.plain = *t;
    action.leads = load_leads(a);
    action.links = values_of(a.text_list("links"));
    action.measures = a.text_list("measures");
    load_due(a, action);
    if (auto t = a.text("status", true, "add `status:` with one of: " + list_of(status_keys()))) {
      if (auto status = read_status(*t, "in " + what, a.diags())) {
        action.status = *status;
        action.current_status = status->value;  // until updates move it on (model/derive)
      }
    }
    for (const auto& who : a.text_list("for")) {
      if (!is_audience(trim(who.value))) {
        std::vector<std::string> ids;
        for (const auto& t : audiences()) ids.push_back(t.id);
        a.diags().error(who.where, "unknown audience `" + who.value + "` in " + what,
                        "`for` takes: " + list_of(ids), "unknown-audience");
      } else {
        action.audiences.push_back(trim(who.value));
      }
    }
    for (const auto& theme : a.text_list("themes")) {
      // Whether the theme is declared is checked with the site (validate/references).
      if (!is_safe_slug(trim(theme.value))) {
        a.diags().error(theme.where,
                        "the theme `" + theme.value + "` cannot be used in a web address",
                        "use lower-case letters, digits and dashes", "bad-id");
      } else {
        action.themes.push_back(trim(theme.value));
      }
    }
    // Whether the plans and actions exist is checked with the site (validate/organisations).
    for (const auto& c : a.text_list("contributes_to"))
      action.contributes_to.push_back({trim(c.value), c.where});
    plan.actions.push_back(action);
  }
  check_unique(plan.actions, "action", f.diags());
}

std::optional<IndicatorValue> load_indicator_value(const YAML::Node& item, const Fields& f,
                                                   const std::string& what) {
  Fields v(item, f.path(), f.first_line(), what, {"date", "value", "note"}, f.diags());
  if (!v.is_map()) return std::nullopt;
  auto date = v.date("date", true);
  auto value = v.number("value", true);
  if (!date || !value) return std::nullopt;
  IndicatorValue out;
  out.date = date->value;
  out.value = *value;
  out.where = v.where();
  if (auto t = v.text("note")) out.note = t->value;
  return out;
}

void load_indicators(const Fields& f, Plan& plan) {
  auto node = list_node(f, "indicators", "start each indicator with `- id: …`");
  if (!node) return;
  for (const YAML::Node& item : *node) {
    if (f.diags().full()) break;
    Fields i(item, f.path(), f.first_line(), describe(item, "indicator", "an"),
             {"id", "title", "plain", "unit", "better", "actions", "values", "target",
              "next_update", "headline"},
             f.diags());
    if (!i.is_map()) continue;
    Indicator ind;
    ind.where = i.where();
    auto id = checked_id(i, "indicator");
    if (!id) continue;
    ind.id = *id;
    std::string what = "indicator " + ind.id;
    if (auto t = i.text("title", true)) ind.title = *t;
    if (auto t = i.text("plain")) ind.plain = *t;
    if (auto t = i.text("unit")) ind.unit = trim(t->value);
    if (auto t = i.text("better", true,
                        "add `better: lower` or `better: higher`: which way is good news")) {
      std::string b = trim(t->value);
      if (b != "lower" && b != "higher") {
        f.diags().error(t->where, "`better` in " + what + " should be `lower` or `higher`",
                        "say which way is good news for children", "bad-better");
      } else {
        ind.better = b;
      }
    }
    for (const auto& a : i.text_list("actions")) ind.actions.push_back({trim(a.value), a.where});
    if (auto values = i.get("values")) {
      if (!values->IsSequence()) {
        f.diags().error(i.at(*values), "`values` in " + what + " should be a list",
                        "write each as `- { date: 2023-03, value: 429 }`", "wrong-type");
      } else {
        for (const YAML::Node& v : *values) {
          if (f.diags().full()) break;
          if (auto value = load_indicator_value(v, f, "a value of " + what)) {
            if (!ind.values.empty() && value->date < ind.values.back().date) {
              f.diags().error(value->where,
                              "the values of " + what +
                                  " are not in date order: " + value->date.iso() + " comes after " +
                                  ind.values.back().date.iso(),
                              "list the oldest value first", "values-out-of-order");
            }
            ind.values.push_back(*value);
          }
        }
      }
    }
    if (auto target = i.get("target"))
      ind.target = load_indicator_value(*target, f, "the target of " + what);
    if (auto d = i.date("next_update")) ind.next_update = d->value;
    if (auto b = i.boolean("headline")) ind.headline = *b;
    plan.indicators.push_back(ind);
  }
  check_unique(plan.indicators, "indicator", f.diags());
}

}  // namespace

std::optional<Plan> load_plan(const SourceText& source, const std::string& plan_id,
                              Diagnostics& diags) {
  if (trim(source.text).empty()) {
    diags.error({source.display_path, 1, 1}, "this plan file is empty",
                "a plan needs at least `title:` and a list of `actions:`", "empty-file");
    return std::nullopt;
  }
  FileProblems problems(diags);
  if (!is_safe_id(plan_id)) {
    problems.error(
        {source.display_path, 1, 1},
        "the file name `" + plan_id + ".yaml` cannot be used in a web address",
        "rename it with letters, digits, `.`, `-` and `_` only, e.g. midlothian-2021-24.yaml",
        "bad-file-name");
  }
  auto root = parse_yaml(source, source.text, 1, diags);
  if (!root) return std::nullopt;
  Fields f(*root, source.display_path, 1, "the plan",
           {"title", "plain", "organisation", "period", "published", "next_update", "source",
            "summary", "groups", "actions", "indicators"},
           problems);
  if (!f.is_map()) return std::nullopt;
  Plan plan;
  plan.id = plan_id;
  plan.path = source.display_path;
  if (auto t = f.text("title", true, "add `title:` with the plan's name")) plan.title = t->value;
  if (auto t = f.text("plain")) plan.plain = *t;
  if (auto t = f.text("organisation")) {
    plan.organisation = trim(t->value);
    plan.organisation_where = t->where;
  }
  if (auto period = f.get("period")) {
    Fields p(*period, source.display_path, 1, "the plan's period", {"from", "to"}, problems);
    if (p.is_map()) {
      if (auto d = p.date("from")) plan.period_from = d->value;
      if (auto d = p.date("to")) plan.period_to = d->value;
    }
  }
  if (auto d = f.date("published")) plan.published = d->value;
  if (auto d = f.date("next_update")) plan.next_update = d->value;
  if (auto t = f.text("source")) {
    if (!is_safe_url(trim(t->value))) {
      problems.error(t->where, "`source` is not a link the site can use",
                     "use a web address starting with https:// or a path such as /static/plan.pdf",
                     "bad-url");
    } else {
      plan.source = trim(t->value);
    }
  }
  if (auto t = f.text("summary")) plan.summary = *t;
  load_groups(f, plan);
  load_actions(f, plan);
  load_indicators(f, plan);
  plan.index_actions();
  return plan;
}

}  // namespace promisehub
