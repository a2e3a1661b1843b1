// Languages' names and directions, from ICU's CLDR data.
#include "render/language.h"

#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

namespace promisehub {
namespace {

icu::Locale locale_of(const std::string& code) {
  UErrorCode status = U_ZERO_ERROR;
  icu::Locale locale = icu::Locale::forLanguageTag(code.c_str(), status);
  return U_FAILURE(status) ? icu::Locale(code.c_str()) : locale;
}

RenderLanguage language_for(const std::string& code, bool main, const std::string& main_code) {
  RenderLanguage l;
  l.code = code;
  l.main = main;
  l.main_code = main_code;
  l.folder = main ? "" : code + "/";
  icu::Locale locale = locale_of(code);
  l.rtl = locale.isRightToLeft();
  // The language's name in itself ("Gàidhlig"), with a capital first letter as a menu item has.
  icu::UnicodeString name;
  locale.getDisplayLanguage(locale, name);
  if (name.isEmpty()) {
    l.name = code;
  } else {
    UChar32 first = name.char32At(0);
    name.replace(0, U16_LENGTH(first), icu::UnicodeString(u_totitle(first)));
    name.toUTF8String(l.name);
  }
  return l;
}

}  // namespace

std::vector<RenderLanguage> site_languages(const SiteConfig& config) {
  std::vector<RenderLanguage> out{language_for(config.language, true, config.language)};
  for (const auto& other : config.languages)
    out.push_back(language_for(other.value, false, config.language));
  for (auto& l : out) {
    l.site_has_languages = out.size() > 1;
    l.main_rtl = out.front().rtl;
  }
  return out;
}

LanguageWords language_words(const RenderLanguage& language) {
  std::string primary = language.code.substr(0, language.code.find('-'));
  if (primary == "gd") return {language.code, "Tha cuid den duilleag seo sa Bheurla.", "Cànanan"};
  if (primary == "ar") return {language.code, "بعض أجزاء هذه الصفحة باللغة الإنجليزية.", "اللغات"};
  return {"en", "Some parts of this page are in English.", "Languages"};
}

}  // namespace promisehub
