// Languages (spec §12): the language tags a site is published in, and the translation files
// named after them (`plans/x.gd.yaml` beside `plans/x.yaml`).
#pragma once

#include <optional>
#include <string>

#include "load/fields.h"
#include "model/site.h"

namespace promisehub {

// BCP 47 in the shapes councils use: "en", "en-GB", "gd", "sco", "zh-Hant".
bool looks_like_language_tag(const std::string& tag);

// The language and the original's name of a file name's stem written as a translation's,
// "<original>.<lang>" with <lang> a language code (2 or 3 lower-case letters, then optional
// script and region: "gd", "ar", "pt-BR"), e.g. "x.gd" → {"x", "gd"}. Nothing otherwise.
struct TranslationName {
  std::string original, lang;
};
std::optional<TranslationName> translation_name(const std::string& stem);

// `languages:` in site.yaml: a list of language codes other than the main `language`, each once.
void load_languages(const Fields& f, SiteConfig& site);

}  // namespace promisehub
