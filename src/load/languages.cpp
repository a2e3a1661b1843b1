// Language codes and the names of translation files.
#include "load/languages.h"

#include <cctype>

#include "core/text.h"

namespace promisehub {
namespace {

bool all_of(const std::string& s, int (*is)(int)) {
  for (char c : s)
    if (!is(static_cast<unsigned char>(c))) return false;
  return !s.empty();
}

std::string primary_subtag(const std::string& tag) {
  return to_lower_ascii(tag.substr(0, tag.find('-')));
}

}  // namespace

bool looks_like_language_tag(const std::string& tag) {
  std::vector<std::string> parts = split(tag, '-');
  if (parts[0].size() < 2 || parts[0].size() > 3) return false;
  for (const auto& p : parts) {
    if (p.empty() || p.size() > 8) return false;
    for (char c : p)
      if (!std::isalnum(static_cast<unsigned char>(c))) return false;
  }
  return true;
}

std::optional<TranslationName> translation_name(const std::string& stem) {
  std::size_t dot = stem.rfind('.');
  if (dot == std::string::npos || dot == 0) return std::nullopt;
  std::string lang = stem.substr(dot + 1);
  std::vector<std::string> parts = split(lang, '-');
  // The language itself in lower case, as file names write it; then a script (Latn) or a
  // region (GB, 419), as BCP 47 writes them.
  if (parts[0].size() < 2 || parts[0].size() > 3 || !all_of(parts[0], std::islower))
    return std::nullopt;
  for (std::size_t i = 1; i < parts.size(); ++i) {
    const std::string& p = parts[i];
    bool script = p.size() == 4 && all_of(p, std::isalpha);
    bool region =
        (p.size() == 2 && all_of(p, std::isupper)) || (p.size() == 3 && all_of(p, std::isdigit));
    if (!script && !region) return std::nullopt;
  }
  return TranslationName{stem.substr(0, dot), lang};
}

void load_languages(const Fields& f, SiteConfig& site) {
  auto node = f.get("languages");
  if (!node) return;
  if (!node->IsSequence()) {
    f.diags().error(f.at(*node), "`languages` should be a list of language codes",
                    "e.g. `languages: [gd, ar]` for Gaelic and Arabic", "wrong-type");
    return;
  }
  for (const LocatedText& t : f.text_list("languages")) {
    std::string tag = trim(t.value);
    if (!looks_like_language_tag(tag)) {
      f.diags().error(t.where, "`" + tag + "` in `languages` is not a language code",
                      "write codes such as gd (Gaelic), ar (Arabic), uk (Ukrainian) or pl (Polish)",
                      "bad-language");
      continue;
    }
    if (!site.language.empty() && primary_subtag(tag) == primary_subtag(site.language)) {
      f.diags().error(
          t.where, "`" + tag + "` is the site's main language (`language: " + site.language + "`)",
          "`languages` lists only the other languages the site is published in", "bad-language");
      continue;
    }
    bool twice = false;
    for (const auto& seen : site.languages)
      twice = twice || to_lower_ascii(seen.value) == to_lower_ascii(tag);
    if (twice) {
      f.diags().error(t.where, "`" + tag + "` is in `languages` twice", "keep one of them",
                      "duplicate-key");
      continue;
    }
    site.languages.push_back({tag, t.where});
  }
}

}  // namespace promisehub
