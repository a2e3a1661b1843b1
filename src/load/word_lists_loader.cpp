// content/glossary.yaml and content/language.yaml (spec §7).
#include <set>

#include "core/text.h"
#include "load/fields.h"
#include "load/loaders.h"
#include "load/yaml_document.h"

namespace promisehub {
namespace {

// The entries of a word list: the file's top-level list, or the list under one key (`terms:`,
// `words:`), the form the web editor writes: a Decap `files` collection edits named fields only.
// `entry_keys` are the keys of one entry: a map holding them is an entry written without its `- `.
std::optional<YAML::Node> entries(const SourceText& source, const std::string& what,
                                  const std::string& key,
                                  const std::vector<std::string>& entry_keys,
                                  const std::string& hint, FileProblems& problems) {
  if (trim(source.text).empty()) return std::nullopt;  // an empty list is allowed
  auto root = parse_yaml(source, source.text, 1, problems.sink());
  if (!root) return std::nullopt;
  if (root->IsNull() || root->IsSequence()) return root;
  const YAML::Node& map = *root;  // const: yaml-cpp's other operator[] adds the key
  bool an_entry = false;
  if (map.IsMap() && !map[key]) {
    for (const auto& k : entry_keys) an_entry = an_entry || map[k];
  }
  if (!root->IsMap() || an_entry) {
    problems.error(location_of(root->Mark(), source.display_path, 1), what + " should be a list",
                   hint + ", or put the list under `" + key + ":`", "wrong-type");
    return std::nullopt;
  }
  Fields f(*root, source.display_path, 1, what, {key}, problems);
  auto list = f.get(key);
  if (!list) return std::nullopt;  // `terms:` with nothing under it: an empty list
  if (!list->IsSequence()) {
    problems.error(f.at(*list), "`" + key + "` in " + what + " should be a list",
                   hint + ", indented under `" + key + ":`", "wrong-type");
    return std::nullopt;
  }
  return list;
}

}  // namespace

std::vector<GlossaryEntry> load_glossary(const SourceText& source, Diagnostics& diags) {
  std::vector<GlossaryEntry> out;
  FileProblems problems(diags);
  auto root = entries(source, "the glossary", "terms", {"term", "means", "plain"},
                      "start each entry with `- term: …`", problems);
  if (!root || root->IsNull()) return out;
  std::set<std::string> seen, slugs;
  for (const YAML::Node& item : *root) {
    if (problems.full()) break;
    Fields f(item, source.display_path, 1, "a glossary entry", {"term", "means", "plain"},
             problems);
    if (!f.is_map()) continue;
    GlossaryEntry e;
    auto term = f.text("term", true, "add `term:` with the word or acronym");
    auto plain = f.text("plain", true, "add `plain:` with what it means in everyday words");
    if (!term || !plain) continue;
    e.term = {trim(term->value), term->where};
    e.plain = *plain;
    if (auto t = f.text("means")) e.means = t->value;
    e.slug = slugify(e.term.value);
    if (e.slug.empty()) e.slug = "term-" + std::to_string(out.size() + 1);
    if (!seen.insert(to_lower_ascii(e.term.value)).second) {
      problems.error(term->where, "the term `" + e.term.value + "` is in the glossary twice",
                     "keep one entry for it", "duplicate-id");
      continue;
    }
    // "ceyp", "ceyp-2", "ceyp-3" …: a set keeps this fast for long lists.
    std::string base = e.slug;
    for (int n = 2; !slugs.insert(e.slug).second; ++n) e.slug = base + "-" + std::to_string(n);
    out.push_back(e);
  }
  return out;
}

std::vector<LanguageRule> load_language(const SourceText& source, Diagnostics& diags) {
  std::vector<LanguageRule> out;
  FileProblems problems(diags);
  auto root =
      entries(source, "the Language of Care list", "words", {"avoid", "say", "why", "allow"},
              "start each entry with `- avoid: [word]`", problems);
  if (!root || root->IsNull()) return out;
  for (const YAML::Node& item : *root) {
    if (problems.full()) break;
    Fields f(item, source.display_path, 1, "a Language of Care entry",
             {"avoid", "say", "why", "allow"}, problems);
    if (!f.is_map()) continue;
    LanguageRule rule;
    rule.where = f.where();
    for (const auto& w : f.text_list("avoid")) {
      if (!trim(w.value).empty()) rule.avoid.push_back(to_lower_ascii(trim(w.value)));
    }
    if (rule.avoid.empty()) {
      problems.error(f.where(), "this Language of Care entry has no words in `avoid`",
                     "add `avoid: [word, words]`", "missing-key");
      continue;
    }
    if (auto t = f.text("say", true, "add `say:` with the word to use instead"))
      rule.say = t->value;
    if (auto t = f.text("why")) rule.why = t->value;
    for (const auto& a : f.text_list("allow")) {
      if (!trim(a.value).empty()) rule.allow.push_back(trim(a.value));
    }
    out.push_back(rule);
  }
  return out;
}

}  // namespace promisehub
