// content/updates/<date>-<slug>.md (spec §4): front matter and a Markdown body.
#include <set>

#include "core/text.h"
#include "load/fields.h"
#include "load/front_matter.h"
#include "load/loaders.h"
#include "load/status_field.h"
#include "load/yaml_document.h"

namespace promisehub {
namespace {

// `status` and `indicators` are maps in files written by hand (`"2.2": done`) and lists in files
// the web editor writes (`- { action: "2.2", to: done }`): Decap's widgets cannot write a map
// whose keys are the content's own ids. Both forms give the same model.

const char* const kStatusListHint = "write each one as `- { action: \"2.2\", to: done }`";
const char* const kIndicatorListHint =
    "write each one as `- { indicator: children-in-care, date: 2025-03, value: 370 }`";

// The n-th item of a list, for messages: "status change 2".
std::string nth(const std::string& what, std::size_t index) {
  return what + " " + std::to_string(index + 1);
}

// A list item that is not a map gets a hint in the list form's own words, not Fields' generic one.
bool is_list_entry(const Fields& f, const YAML::Node& item, const std::string& what,
                   const std::string& hint) {
  if (item.IsMap()) return true;
  f.diags().error(f.at(item), what + " should be a set of `key: value` pairs", hint, "wrong-type");
  return false;
}

void status_changes_from_map(const Fields& f, const YAML::Node& node, Update& update) {
  for (auto it = node.begin(); it != node.end() && !f.diags().full(); ++it) {
    if (!it->first.IsScalar() || !it->second.IsScalar()) {
      f.diags().error(f.at(it->first), "each status change should be `\"action id\": status`",
                      "e.g. `\"2.2\": done`", "wrong-type");
      continue;
    }
    std::string action = trim(it->first.Scalar());
    if (auto to =
            read_status({it->second.Scalar(), f.at(it->second)}, "for action " + action, f.diags()))
      update.status_changes.push_back({{action, f.at(it->first)}, *to});
  }
}

void status_changes_from_list(const Fields& f, const YAML::Node& node, Update& update) {
  for (std::size_t i = 0; i < node.size() && !f.diags().full(); ++i) {
    const YAML::Node item = node[i];
    std::string what = nth("status change", i);
    if (!is_list_entry(f, item, what, kStatusListHint)) continue;
    Fields c(item, f.path(), f.first_line(), what, {"action", "to"}, f.diags());
    auto action = c.text("action", true, "add `action:` with the promise's number, e.g. \"2.2\"");
    auto to = c.text("to", true, "add `to:` with the new status, e.g. done");
    if (!action || !to) continue;
    std::string id = trim(action->value);
    if (auto status = read_status(*to, "for action " + id, f.diags()))
      update.status_changes.push_back({{id, action->where}, *status});
  }
}

void load_status_changes(const Fields& f, Update& update) {
  auto node = f.get("status");
  if (!node) return;
  if (node->IsMap()) {
    status_changes_from_map(f, *node, update);
  } else if (node->IsSequence()) {
    status_changes_from_list(f, *node, update);
  } else {
    f.diags().error(f.at(*node), "`status` in an update should list actions and their new status",
                    "write it as lines like `\"2.2\": done` under `status:`", "wrong-type");
    return;
  }
  // yaml-cpp keeps both of two equal keys, so the map form is checked here too.
  std::set<std::string> seen;
  for (const auto& [action, status] : update.status_changes) {
    if (!seen.insert(action.value).second) {
      f.diags().error(action.where, "action " + action.value + " is given a new status twice",
                      "keep one of them: an update changes a promise's status once",
                      "duplicate-key");
    }
  }
}

// One indicator entry: a new figure (`date` and `value`, with an optional `note`), when the next
// figure is due (`next_update`), or both. Only `next_update` is enough: the figure may be late.
std::optional<IndicatorUpdate> indicator_value(const Fields& v, const LocatedText& id,
                                               const Update& update) {
  if (!v.is_map()) return std::nullopt;
  IndicatorUpdate iu;
  iu.indicator = id;
  if (auto next = v.date("next_update")) iu.next_update = *next;
  bool figure = v.get("date") || v.get("value") || !iu.next_update;
  iu.has_value = figure;
  if (figure) {
    auto date = v.date("date", true);
    auto value = v.number("value", true);
    if (!date || !value) return std::nullopt;
    iu.value.date = date->value;
    iu.value.value = *value;
    if (auto t = v.text("note")) iu.value.note = t->value;
  }
  iu.value.where = v.where();
  iu.value.update_slug = update.slug;
  return iu;
}

void indicator_values_from_map(const Fields& f, const YAML::Node& node, Update& update) {
  for (auto it = node.begin(); it != node.end() && !f.diags().full(); ++it) {
    if (!it->first.IsScalar()) continue;
    std::string id = trim(it->first.Scalar());
    Fields v(it->second, f.path(), f.first_line(), "the value of indicator " + id,
             {"date", "value", "note", "next_update"}, f.diags());
    if (auto iu = indicator_value(v, {id, f.at(it->first)}, update))
      update.indicator_values.push_back(*iu);
  }
}

void indicator_values_from_list(const Fields& f, const YAML::Node& node, Update& update) {
  for (std::size_t i = 0; i < node.size() && !f.diags().full(); ++i) {
    const YAML::Node item = node[i];
    std::string what = nth("indicator value", i);
    if (!is_list_entry(f, item, what, kIndicatorListHint)) continue;
    Fields v(item, f.path(), f.first_line(), what,
             {"indicator", "date", "value", "note", "next_update"}, f.diags());
    auto id = v.text("indicator", true,
                     "add `indicator:` with the indicator's id in the plan, e.g. children-in-care");
    if (!id) continue;
    if (auto iu = indicator_value(v, {trim(id->value), id->where}, update))
      update.indicator_values.push_back(*iu);
  }
}

void load_indicator_values(const Fields& f, Update& update) {
  auto node = f.get("indicators");
  if (!node) return;
  if (node->IsMap()) {
    indicator_values_from_map(f, *node, update);
  } else if (node->IsSequence()) {
    indicator_values_from_list(f, *node, update);
  } else {
    f.diags().error(f.at(*node), "`indicators` in an update should map indicator ids to a value",
                    "e.g. `children-in-care: { date: 2025-03, value: 370 }`", "wrong-type");
    return;
  }
  std::set<std::string> seen;
  for (const auto& iu : update.indicator_values) {
    if (!seen.insert(iu.indicator.value).second) {
      f.diags().error(iu.indicator.where,
                      "indicator " + iu.indicator.value + " is given a value twice",
                      "keep one: an update adds one figure to an indicator; older figures go "
                      "in the plan's `values`",
                      "duplicate-key");
    }
  }
}

}  // namespace

std::optional<Update> load_update(const SourceText& source, const std::string& slug,
                                  Diagnostics& diags) {
  if (!is_safe_slug(slug)) {
    diags.error({source.display_path, 1, 1},
                "the file name `" + slug + ".md` cannot be used in a web address",
                "rename it to the date and a few lower-case words with dashes, e.g. "
                "2024-06-30-family-time.md",
                "bad-file-name");
    return std::nullopt;
  }
  auto fm = split_front_matter(source, diags);
  if (!fm) return std::nullopt;
  auto root = parse_yaml(source, fm->yaml, fm->yaml_first_line, diags);
  if (!root) return std::nullopt;
  FileProblems problems(diags);
  Fields f(*root, source.display_path, fm->yaml_first_line, "the update",
           {"title", "plain", "date", "plan", "actions", "status", "author", "draft", "indicators"},
           problems);
  if (!f.is_map()) return std::nullopt;
  Update u;
  u.path = source.display_path;
  u.slug = slug;
  if (auto t = f.text("title", true, "add `title:` with a short headline")) u.title = *t;
  if (auto t = f.text("plain")) u.plain = *t;
  auto date = f.date("date", true);
  if (date) u.date = date->value;
  if (auto t = f.text("plan", true, "add `plan:` with the plan's file name without .yaml"))
    u.plan = {trim(t->value), t->where};
  for (const auto& a : f.text_list("actions")) u.actions.push_back({trim(a.value), a.where});
  load_status_changes(f, u);
  load_indicator_values(f, u);
  if (auto t = f.text("author")) u.author = t->value;
  if (auto b = f.boolean("draft")) u.draft = *b;
  u.body = {fm->body, {source.display_path, fm->body_first_line, 1}};
  if (!markdown_size_ok(u.body.value, u.body.where, diags)) return std::nullopt;
  if (!date) return std::nullopt;
  return u;
}

std::optional<Page> load_page(const SourceText& source, const std::string& slug,
                              Diagnostics& diags) {
  if (!is_safe_slug(slug)) {
    diags.error({source.display_path, 1, 1},
                "the file name `" + slug + ".md` cannot be used in a web address",
                "rename it with lower-case letters, digits and dashes, e.g. what-to-expect.md",
                "bad-file-name");
    return std::nullopt;
  }
  auto fm = split_front_matter(source, diags);
  if (!fm) return std::nullopt;
  auto root = parse_yaml(source, fm->yaml, fm->yaml_first_line, diags);
  if (!root) return std::nullopt;
  FileProblems problems(diags);
  Fields f(*root, source.display_path, fm->yaml_first_line, "the page",
           {"title", "plain", "description", "draft", "menu"}, problems);
  if (!f.is_map()) return std::nullopt;
  Page p;
  p.path = source.display_path;
  p.slug = slug;
  if (auto t = f.text("title", true, "add `title:` with the page's heading")) p.title = *t;
  if (auto t = f.text("plain")) p.plain = *t;
  if (auto t = f.text("description")) p.description = *t;
  if (auto b = f.boolean("draft")) p.draft = *b;
  if (auto t = f.text("menu")) {
    std::string menu = trim(t->value);
    if (menu.empty() || menu == "navigation" || menu == "footer") {
      p.menu = menu;  // empty as the editor writes it for "no menu"
    } else {
      f.diags().error(t->where, "`menu` should be `navigation` or `footer`, not `" + menu + "`",
                      "`menu: navigation` links to the page from the menu at the top of every "
                      "page, `menu: footer` from the foot of every page; leave `menu` out to link "
                      "to it only from other pages",
                      "bad-value");
    }
  }
  p.body = {fm->body, {source.display_path, fm->body_first_line, 1}};
  if (!markdown_size_ok(p.body.value, p.body.where, diags)) return std::nullopt;
  return p;
}

}  // namespace promisehub
