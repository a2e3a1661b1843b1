// Catalog files: YAML maps of sections and keys, flattened to "section.key", each value an ICU
// MessageFormat pattern checked where it is written.
#include "i18n/catalog_loader.h"

#include <set>

#include <unicode/locid.h>
#include <boost/filesystem.hpp>

#include "core/text.h"
#include "load/source_text.h"
#include "load/yaml_document.h"

namespace promisehub {

extern const char kBuiltinEnglish[];
const char* builtin_english() {
  return kBuiltinEnglish;
}

namespace {

struct RawText {
  std::string text;
  SourceLocation where;   // of the value
  SourceLocation key_at;  // of the key
  bool plain_scalar;      // written on one line without quotes or block: offsets map to columns
};

struct RawFile {
  std::string path;
  std::string locale;  // `locale:` at the top, if given
  std::map<std::string, RawText> texts;
  std::map<std::string, SourceLocation> sections;  // "status" -> where `status:` is written
};

void flatten(const YAML::Node& node, const std::string& prefix, RawFile& file, Diagnostics& diags) {
  std::set<std::string> seen;
  for (auto it = node.begin(); it != node.end(); ++it) {
    SourceLocation key_at = location_of(it->first.Mark(), file.path, 1);
    std::string name = it->first.IsScalar() ? it->first.Scalar() : "";
    if (name.empty()) {
      diags.error(key_at, "a key of the theme's words must be a plain name",
                  "write `name: text`, as in themes/promise/i18n/en.yaml", "i18n-key");
      continue;
    }
    std::string key = prefix.empty() ? name : prefix + "." + name;
    if (!seen.insert(name).second) {
      diags.error(key_at, "`" + key + "` is written twice", "keep one of them", "duplicate-key");
      continue;
    }
    if (prefix.empty() && name == "locale") {
      if (it->second.IsScalar()) file.locale = it->second.Scalar();
      continue;
    }
    if (it->second.IsMap()) {
      file.sections[key] = key_at;
      flatten(it->second, key, file, diags);
    } else if (it->second.IsScalar()) {
      SourceLocation where = location_of(it->second.Mark(), file.path, 1);
      bool plain = it->second.Tag() == "?";
      file.texts[key] = {it->second.Scalar(), where, key_at, plain};
    } else {
      diags.error(key_at, "`" + key + "` should be a text or a group of texts",
                  "write `" + name + ": the words`", "wrong-type");
    }
  }
}

std::optional<RawFile> read_raw(const CatalogSource& source, Diagnostics& diags) {
  auto text = accept_source_text(source.display_path, source.text, diags);
  if (!text) return std::nullopt;
  auto root = parse_yaml(*text, text->text, 1, diags);
  if (!root) return std::nullopt;
  RawFile file;
  file.path = source.display_path;
  if (root->IsNull()) return file;
  if (!root->IsMap()) {
    diags.error({file.path, 1, 1}, "the theme's words should be a map of keys to texts",
                "start from a copy of themes/promise/i18n/en.yaml", "wrong-type");
    return std::nullopt;
  }
  flatten(*root, "", file, diags);
  return file;
}

// The file's column of character `offset` in a value: exact for a plain one-line value, else
// the value's start.
SourceLocation at_offset(const RawText& raw, std::size_t offset) {
  SourceLocation at = raw.where;
  if (raw.plain_scalar && raw.text.find('\n') == std::string::npos)
    at.column += static_cast<int>(offset);
  return at;
}

std::optional<Message> checked(const RawText& raw, const std::string& key,
                               const std::string& locale, Diagnostics& diags) {
  PatternError error{};
  auto message = parse_message(raw.text, locale, error);
  if (!message)
    diags.error(at_offset(raw, error.offset), "the text of `" + key + "`: " + error.message,
                "a number goes in as {count, plural, one {# promise} other {# promises}}; write "
                "'{' for a brace that is just a brace",
                "i18n-pattern");
  return message;
}

std::string icu_locale(const std::string& tag) {
  UErrorCode status = U_ZERO_ERROR;
  icu::Locale locale = icu::Locale::forLanguageTag(tag, status);
  return U_SUCCESS(status) && !locale.isBogus() ? locale.getName() : tag;
}

std::string primary(const std::string& tag) {
  return tag.substr(0, tag.find_first_of("-_"));
}

}  // namespace

std::optional<Catalog> make_catalog(const std::string& language,
                                    const std::vector<CatalogSource>& english,
                                    const std::optional<CatalogSource>& translation,
                                    Diagnostics& diags) {
  std::size_t errors = diags.error_count();
  std::map<std::string, RawText> en_texts;
  std::string en_locale;
  for (const auto& source : english) {
    auto file = read_raw(source, diags);
    if (!file) continue;
    for (auto& [key, raw] : file->texts) en_texts[key] = raw;
    if (!file->locale.empty()) en_locale = file->locale;
  }
  std::optional<RawFile> own;
  if (translation) own = read_raw(*translation, diags);
  // A tag with a region (en-GB) says how dates are written; a bare language takes the file's
  // `locale:` (en.yaml says en-GB: these are Scottish sites).
  std::string locale = language.find('-') != std::string::npos ? language
                       : own && !own->locale.empty()           ? own->locale
                       : !own && !en_locale.empty()            ? en_locale
                                                               : language;
  locale = icu_locale(locale);

  std::map<std::string, Catalog::Entry> entries;
  std::map<std::string, Message> en_messages;
  for (const auto& [key, raw] : en_texts) {
    auto message = checked(raw, key, icu_locale(en_locale.empty() ? "en" : en_locale), diags);
    if (message) en_messages[key] = *message;
  }
  if (own) {
    std::vector<std::string> known;
    for (const auto& [key, raw] : en_texts) known.push_back(key);
    for (const auto& [key, raw] : own->texts) {
      auto en = en_messages.find(key);
      if (!en_texts.count(key)) {
        auto near = closest_match(key, known);
        diags.error(raw.key_at, "unknown key `" + key + "` in the theme's words",
                    near ? "did you mean `" + *near + "`?"
                         : "every key must be one of i18n/en.yaml's: check its spelling",
                    "i18n-unknown-key");
        continue;
      }
      auto message = checked(raw, key, locale, diags);
      if (!message || en == en_messages.end()) continue;
      for (const auto& arg : message->args) {
        if (std::find(en->second.args.begin(), en->second.args.end(), arg) != en->second.args.end())
          continue;
        diags.error(raw.where,
                    "the text of `" + key + "` uses `{" + arg + "}`, which it is not given",
                    en->second.args.empty() ? "this text takes no values: write it without { }"
                                            : "it can use: {" + join(en->second.args, "}, {") + "}",
                    "i18n-argument");
      }
      entries[key] = {*message, raw.where};
    }
  }
  for (const auto& [key, message] : en_messages) {
    if (entries.count(key)) continue;
    if (own) {
      // Where the missing text would go: its section in the file, else the top.
      SourceLocation at{own->path, 1, 1};
      for (std::string section = key; section.find('.') != std::string::npos;) {
        section = section.substr(0, section.rfind('.'));
        auto it = own->sections.find(section);
        if (it != own->sections.end()) {
          at = it->second;
          break;
        }
      }
      diags.warning(at, "`" + key + "` has no " + language + " text, so the English is shown",
                    "add `" + key.substr(key.rfind('.') + 1) + ":` with the words in " + language +
                        " (" + en_texts[key].where.to_string() + " has the English)",
                    "i18n-missing-key");
    }
    // English patterns are formatted with the page's locale too: its numbers and plural rules.
    PatternError ignored{};
    auto local = parse_message(message.pattern, locale, ignored);
    entries[key] = {local ? *local : message, en_texts[key].where};
  }
  if (diags.error_count() > errors) return std::nullopt;
  return Catalog(language, locale, std::move(entries));
}

std::optional<Catalog> load_catalog(const std::string& theme_dir, const std::string& shown_dir,
                                    const std::string& language, Diagnostics& diags) {
  namespace fs = boost::filesystem;
  auto read = [&](const std::string& name) -> std::optional<CatalogSource> {
    fs::path disk = fs::path(theme_dir) / "i18n" / (name + ".yaml");
    boost::system::error_code ec;
    if (!fs::is_regular_file(disk, ec)) return std::nullopt;
    Diagnostics quiet;
    auto text = read_source_file(disk.string(), shown_dir + "/i18n/" + name + ".yaml", diags);
    if (!text) return std::nullopt;
    return CatalogSource{text->display_path, text->text};
  };
  std::vector<CatalogSource> english{{"the built-in English words", builtin_english()}};
  if (auto en = read("en")) english.push_back(*en);
  std::optional<CatalogSource> own;
  if (primary(language) != "en" || language.find('-') != std::string::npos) {
    own = read(language);
    if (!own && primary(language) != "en") own = read(primary(language));
  }
  return make_catalog(language, english, own, diags);
}

}  // namespace promisehub
