// The language one render of the site is in (spec §12): the one place a page learns its
// language. The main language keeps the site's addresses; every other lives under /<code>/.
#pragma once

#include <string>
#include <vector>

#include "model/site.h"

namespace promisehub {

struct RenderLanguage {
  std::string code;                 // as site.yaml writes it: "en-GB", "gd", "ar"
  std::string name;                 // in itself, from ICU: "English", "Gàidhlig", "العربية"
  bool rtl = false;                 // written right to left (ICU)
  bool main = true;                 // the site's main language (site.yaml `language`)
  std::string folder;               // "" for the main language, else "gd/"
  std::string main_code;            // the main language's code: the `lang` of text not translated
  bool main_rtl = false;            // and its direction
  bool site_has_languages = false;  // the site lists `languages:` (pages then link each other)

  const char* dir() const { return rtl ? "rtl" : "ltr"; }
};

// The site's languages: the main one first, then `languages` in the order site.yaml lists them.
std::vector<RenderLanguage> site_languages(const SiteConfig& config);

// The few words the generator writes about languages, in `language` (English when it has none
// yet). The theme's words catalog (themes/<theme>/i18n/) is to take these over.
struct LanguageWords {
  std::string lang;            // the language these words are in
  std::string some_in_main;    // "Some parts of this page are in English."
  std::string switcher_label;  // the name of the list of languages: "Languages"
};
LanguageWords language_words(const RenderLanguage& language);

}  // namespace promisehub
