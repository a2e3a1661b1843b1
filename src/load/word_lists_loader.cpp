// content/glossary.yaml and content/language.yaml (spec §7).
#include <algorithm>
#include <set>

#include "core/text.h"
#include "load/loaders.h"
#include "load/yaml_document.h"
#include "validate/fields.h"

namespace promisehub {
namespace {

std::optional<YAML::Node> top_list(const SourceText& source, const std::string& what,
                                   const std::string& hint, Diagnostics& diags) {
  if (trim(source.text).empty()) return std::nullopt;  // an empty list is allowed
  auto root = parse_yaml(source, source.text, 1, diags);
  if (!root) return std::nullopt;
  if (root->IsNull()) return std::nullopt;
  if (!root->IsSequence()) {
    diags.error(location_of(root->Mark(), source.display_path, 1), what + " should be a list", hint,
                "wrong-type");
    return std::nullopt;
  }
  return root;
}

}  // namespace

std::vector<GlossaryEntry> load_glossary(const SourceText& source, Diagnostics& diags) {
  std::vector<GlossaryEntry> out;
  auto root = top_list(source, "the glossary", "start each entry with `- term: …`", diags);
  if (!root) return out;
  FileProblems problems(diags);
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
  auto root = top_list(source, "the Language of Care list",
                       "start each entry with `- avoid: [word]`", diags);
  if (!root) return out;
  FileProblems problems(diags);
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
