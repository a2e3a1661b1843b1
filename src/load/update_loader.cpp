// content/updates/<date>-<slug>.md (spec §4): front matter and a Markdown body.
#include "core/text.h"
#include "load/front_matter.h"
#include "load/loaders.h"
#include "load/yaml_document.h"
#include "validate/fields.h"

namespace promisehub {
namespace {

void load_status_changes(const Fields& f, Update& update) {
  auto node = f.get("status");
  if (!node) return;
  if (!node->IsMap()) {
    f.diags().error(f.at(*node), "`status` in an update should list actions and their new status",
                    "write it as lines like `\"2.2\": done` under `status:`", "wrong-type");
    return;
  }
  for (auto it = node->begin(); it != node->end() && !f.diags().full(); ++it) {
    if (!it->first.IsScalar() || !it->second.IsScalar()) {
      f.diags().error(f.at(it->first), "each status change should be `\"action id\": status`",
                      "e.g. `\"2.2\": done`", "wrong-type");
      continue;
    }
    update.status_changes.push_back({{trim(it->first.Scalar()), f.at(it->first)},
                                     {trim(it->second.Scalar()), f.at(it->second)}});
  }
}

void load_indicator_values(const Fields& f, Update& update) {
  auto node = f.get("indicators");
  if (!node) return;
  if (!node->IsMap()) {
    f.diags().error(f.at(*node), "`indicators` in an update should map indicator ids to a value",
                    "e.g. `children-in-care: { date: 2025-03, value: 370 }`", "wrong-type");
    return;
  }
  for (auto it = node->begin(); it != node->end() && !f.diags().full(); ++it) {
    if (!it->first.IsScalar()) continue;
    std::string id = trim(it->first.Scalar());
    Fields v(it->second, f.path(), f.first_line(), "the value of indicator " + id,
             {"date", "value", "note"}, f.diags());
    if (!v.is_map()) continue;
    auto date = v.date("date", true);
    auto value = v.number("value", true);
    if (!date || !value) continue;
    IndicatorUpdate iu;
    iu.indicator = {id, f.at(it->first)};
    iu.value.date = date->value;
    iu.value.value = *value;
    iu.value.where = v.where();
    iu.value.update_slug = update.slug;
    if (auto t = v.text("note")) iu.value.note = t->value;
    update.indicator_values.push_back(iu);
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
           {"title", "plain", "description"}, problems);
  if (!f.is_map()) return std::nullopt;
  Page p;
  p.path = source.display_path;
  p.slug = slug;
  if (auto t = f.text("title", true, "add `title:` with the page's heading")) p.title = *t;
  if (auto t = f.text("plain")) p.plain = *t;
  if (auto t = f.text("description")) p.description = *t;
  p.body = {fm->body, {source.display_path, fm->body_first_line, 1}};
  if (!markdown_size_ok(p.body.value, p.body.where, diags)) return std::nullopt;
  return p;
}

}  // namespace promisehub
