// Translations (spec §12): `plans/<plan>.<lang>.yaml`, `updates/<file>.<lang>.md`,
// `pages/<slug>.<lang>.md`, `organisations/<id>.<lang>.yaml`, `site.<lang>.yaml`,
// `glossary.<lang>.yaml`, `language.<lang>.yaml`.
// Each holds only text, found by id; what it translates is checked against the original once the
// whole site is read (validate/translations).
#include <set>

#include "core/text.h"
#include "load/fields.h"
#include "load/front_matter.h"
#include "load/languages.h"
#include "load/loaders.h"
#include "load/yaml_document.h"

namespace promisehub {
namespace {

// What a translation of each kind may hold: the texts, and the texts of the items of its lists.
struct ListRule {
  const char* key;   // "actions"
  const char* kind;  // "action"
  const char* id;    // the field that finds the item in the original: "id" or "name"
  std::vector<std::string> texts, lists;
};

const std::vector<ListRule>& plan_lists() {
  static const std::vector<ListRule> rules = {
      {"groups", "group", "id", {"title", "plain", "summary"}, {}},
      {"actions", "action", "id", {"title", "plain"}, {"measures", "leads"}},
      {"indicators", "indicator", "id", {"title", "plain", "unit"}, {}},
  };
  return rules;
}

const std::vector<ListRule>& site_lists() {
  static const std::vector<ListRule> rules = {{"help", "help line", "name", {"text"}, {}}};
  return rules;
}

void read_items(const Fields& f, const ListRule& rule, Translation& t) {
  auto node = f.get(rule.key);
  if (!node) return;
  if (!node->IsSequence()) {
    f.diags().error(f.at(*node), "`" + std::string(rule.key) + "` should be a list",
                    "write each " + std::string(rule.kind) + " as `- " + rule.id +
                        ": …` with its translated texts",
                    "wrong-type");
    return;
  }
  std::vector<std::string> allowed = {rule.id};
  allowed.insert(allowed.end(), rule.texts.begin(), rule.texts.end());
  allowed.insert(allowed.end(), rule.lists.begin(), rule.lists.end());
  std::set<std::string> seen;
  for (const YAML::Node& item : *node) {
    if (f.diags().full()) break;
    Fields g(item, f.path(), f.first_line(), "a translated " + std::string(rule.kind), allowed,
             f.diags());
    if (!g.is_map()) continue;
    auto id = g.text(rule.id, true,
                     "give the " + std::string(rule.kind) + "'s `" + rule.id +
                         "` as the original has it, so the translation can be found");
    if (!id) continue;
    TranslatedItem it{rule.kind, {trim(id->value), id->where}, {}, {}, g.where()};
    if (!seen.insert(it.id.value).second) {
      f.diags().error(id->where,
                      "the " + std::string(rule.kind) + " `" + it.id.value +
                          "` is translated twice in this file",
                      "keep one of the two", "duplicate-id");
      continue;
    }
    for (const auto& key : rule.texts)
      if (auto text = g.text(key)) it.texts[key] = *text;
    for (const auto& key : rule.lists)
      if (g.has(key)) it.lists[key] = g.text_list(key);
    t.items.push_back(std::move(it));
  }
}

std::vector<std::string> allowed_keys(const std::vector<std::string>& texts,
                                      const std::vector<ListRule>& lists) {
  std::vector<std::string> keys = texts;
  for (const auto& l : lists) keys.push_back(l.key);
  return keys;
}

// A YAML translation: its texts and its lists of items.
bool read_yaml(const SourceText& source, const std::vector<std::string>& texts,
               const std::vector<ListRule>& lists, Translation& t, Diagnostics& diags) {
  auto root = parse_yaml(source, source.text, 1, diags);
  if (!root) return false;
  FileProblems problems(diags);
  if (root->IsNull()) return true;  // an empty file: nothing translated yet
  Fields f(*root, source.display_path, 1, "the translation", allowed_keys(texts, lists), problems);
  if (!f.is_map()) return false;
  for (const auto& key : texts)
    if (auto text = f.text(key)) t.texts[key] = *text;
  for (const auto& rule : lists) read_items(f, rule, t);
  return true;
}

// A Markdown translation: its front matter's texts and its body.
bool read_markdown(const SourceText& source, const std::vector<std::string>& texts, Translation& t,
                   Diagnostics& diags) {
  auto fm = split_front_matter(source, diags);
  if (!fm) return false;
  auto root = parse_yaml(source, fm->yaml, fm->yaml_first_line, diags);
  if (!root) return false;
  FileProblems problems(diags);
  Fields f(*root, source.display_path, fm->yaml_first_line, "the translation", texts, problems);
  if (!f.is_map() && !root->IsNull()) return false;
  if (f.is_map())
    for (const auto& key : texts)
      if (auto text = f.text(key)) t.texts[key] = *text;
  if (!trim(fm->body).empty()) {
    t.texts["body"] = {fm->body, {source.display_path, fm->body_first_line, 1}};
    if (!markdown_size_ok(fm->body, t.texts["body"].where, diags)) return false;
  }
  return true;
}

}  // namespace

std::optional<Translation> load_translation(const SourceText& source, const std::string& stem,
                                            Diagnostics& diags) {
  auto name = translation_name(stem);
  if (!name) return std::nullopt;  // the listing only gives translations
  Translation t;
  t.path = source.display_path;
  t.lang = name->lang;
  const std::string& path = source.display_path;
  const std::string folder = path.substr(0, path.rfind('/') + 1);
  if (starts_with(path, "content/plans/")) {
    t.of = TranslationOf::plan;
    t.original = name->original;
    t.original_path = folder + name->original + ".yaml";
    if (!read_yaml(source, {"title", "plain", "summary"}, plan_lists(), t, diags))
      return std::nullopt;
  } else if (starts_with(path, "content/updates/") || starts_with(path, "content/pages/")) {
    bool update = starts_with(path, "content/updates/");
    t.of = update ? TranslationOf::update : TranslationOf::page;
    t.original = name->original;
    t.original_path = folder + name->original + ".md";
    std::vector<std::string> texts = {"title"};
    if (update) texts.push_back("plain");
    if (!read_markdown(source, texts, t, diags)) return std::nullopt;
  } else if (starts_with(path, "content/organisations/")) {
    t.of = TranslationOf::organisation;
    t.original = name->original;
    t.original_path = folder + name->original + ".yaml";
    if (!read_yaml(source, {"name", "short_name", "plain"}, {}, t, diags)) return std::nullopt;
  } else if (name->original == "site") {
    t.of = TranslationOf::site;
    t.original_path = "content/site.yaml";
    if (!read_yaml(source, {"title", "tagline"}, site_lists(), t, diags)) return std::nullopt;
  } else if (name->original == "glossary") {
    t.of = TranslationOf::glossary;
    t.original_path = "content/glossary.yaml";
    t.glossary = load_glossary(source, diags);
  } else if (name->original == "language") {
    t.of = TranslationOf::language;
    t.original_path = "content/language.yaml";
    t.language = load_language(source, diags);
  } else {
    return std::nullopt;
  }
  return t;
}

}  // namespace promisehub
