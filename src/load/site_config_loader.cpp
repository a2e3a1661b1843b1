// content/site.yaml (spec §2).
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cctype>
#include <map>

#include "core/build_clock.h"
#include "core/text.h"
#include "load/contact_fields.h"
#include "load/fields.h"
#include "load/languages.h"
#include "load/loaders.h"
#include "load/status_field.h"
#include "load/yaml_document.h"
#include "model/status.h"

namespace promisehub {
namespace {

// What is wrong with a base_url's host or path, if anything. Browsers tidy `.`, `..` and
// `%2e` folders away before they ask, so a path holding them never matches the one the site
// links to (serve redirected for ever); an empty folder ("//") makes links that leave the site.
std::optional<std::string> base_url_problem(const std::string& url) {
  std::size_t host = url.find("://") + 3;
  std::size_t path = std::min(url.find('/', host), url.size());
  if (url.substr(host, path - host).find('@') != std::string::npos)
    return "a user name before its host (`…@`)";
  std::vector<std::string> folders = split(url.substr(std::min(path + 1, url.size())), '/');
  if (!folders.empty() && folders.back().empty()) folders.pop_back();  // the final '/'
  for (const auto& folder : folders) {
    std::string plain = to_lower_ascii(replace_all(folder, "%2e", "."));
    if (folder.empty()) return "an empty folder (`//`)";
    if (plain == "." || plain == "..") return "a `" + folder + "` folder";
    bool simple = std::all_of(folder.begin(), folder.end(), [](char c) {
      return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '.' ||
             c == '~';
    });
    if (!simple)
      return "the folder `" + folder +
             "`, with characters other than letters, digits, -, _, . and ~";
  }
  return std::nullopt;
}

void load_help(const Fields& f, SiteConfig& site) {
  auto node = f.get("help");
  if (!node) return;
  if (!node->IsSequence()) {
    f.diags().error(f.at(*node), "`help` in the site should be a list of help lines",
                    "start each help line with `- name: …`", "wrong-type");
    return;
  }
  for (const YAML::Node& item : *node) {
    if (f.diags().full()) break;
    Fields h(item, f.path(), f.first_line(), "a help line",
             {"name", "phone", "dial", "url", "text"}, f.diags());
    if (!h.is_map()) continue;
    HelpLine line;
    if (auto t = h.text("name", true)) line.name = t->value;
    auto phone = h.text("phone");
    if (phone) line.phone = trim(phone->value);
    load_dial(h, phone, line);
    line.url = checked_web_address(h, h.text("url"), "the help line's `url`").value_or("");
    if (auto t = h.text("text")) line.text = t->value;
    if (line.phone.empty() && line.dial.empty() && line.url.empty()) {
      f.diags().error(h.where(), "the help line \"" + line.name + "\" has no `phone` and no `url`",
                      "give at least one way to reach it", "missing-key");
    }
    site.help.push_back(line);
  }
}

// Whether a text holds something a reader sees: not only spaces, zero-width or other invisible
// characters.
bool has_visible_text(const std::string& text) {
  for (std::size_t i = 0; i < text.size();) {
    UChar32 c;
    U8_NEXT(text.data(), i, text.size(), c);
    if (c > 0 && u_isgraph(c)) return true;
  }
  return false;
}

void load_status_words(const Fields& f, SiteConfig& site) {
  auto node = f.get("statuses");
  if (!node) return;
  if (!node->IsMap()) {
    f.diags().error(f.at(*node), "`statuses` should map status keys to new words",
                    "e.g. `underway: { label: Happening now }`", "wrong-type");
    return;
  }
  std::map<std::string, SourceLocation> label_at;  // by key, where a new label is written
  for (auto it = node->begin(); it != node->end() && !f.diags().full(); ++it) {
    // A site can change the words of a status, but not its key.
    auto status = read_status({it->first.IsScalar() ? it->first.Scalar() : "", f.at(it->first)},
                              "in `statuses`", f.diags());
    if (!status) continue;
    const std::string& key = status_key(status->value);
    Fields s(it->second, f.path(), f.first_line(), "status `" + key + "`", {"label", "sentence"},
             f.diags());
    if (!s.is_map()) continue;
    StatusWords words{status->value, "", ""};
    for (const char* field : {"label", "sentence"}) {
      auto t = s.text(field, false);
      if (!t) continue;
      if (!has_visible_text(t->value)) {
        f.diags().error(
            t->where,
            std::string("the ") + field + " of status `" + key + "` has nothing a reader can see",
            "write words, or remove the line to keep the usual ones", "empty-value");
        continue;
      }
      (std::string(field) == "label" ? words.label : words.sentence) = trim(t->value);
      if (std::string(field) == "label") label_at[key] = t->where;
    }
    site.status_overrides.push_back(words);
  }
  // Every status must be told apart by its label, on filters, tags and charts.
  std::map<std::string, std::string> key_of_label;
  for (auto words : default_statuses()) {
    for (const auto& o : site.status_overrides)
      if (o.status == words.status && !o.label.empty()) words.label = o.label;
    std::string folded = to_lower_ascii(words.label);
    auto [it, fresh] = key_of_label.emplace(folded, words.key());
    if (fresh) continue;
    const std::string& mine = label_at.count(words.key()) ? words.key() : it->second;
    f.diags().error(label_at.count(mine) ? label_at[mine] : f.at(*node),
                    "statuses `" + it->second + "` and `" + words.key() + "` are both called \"" +
                        words.label + "\"",
                    "give each status its own label, so readers can tell them apart",
                    "duplicate-status-label");
  }
}

void load_extra_themes(const Fields& f, SiteConfig& site) {
  auto node = f.get("themes");
  if (!node) return;
  if (!node->IsSequence()) {
    f.diags().error(f.at(*node), "`themes` in the site should be a list",
                    "write `- { id: housing, title: Housing }` for each theme", "wrong-type");
    return;
  }
  for (const YAML::Node& item : *node) {
    if (f.diags().full()) break;
    ThemeTag tag;
    SourceLocation where = f.at(item);
    if (item.IsScalar()) {
      auto id = f.scalar_text(item, "themes");
      if (!id) continue;
      tag.id = id->value;
      tag.title = tag.id;
    } else {
      Fields t(item, f.path(), f.first_line(), "a theme", {"id", "title"}, f.diags());
      if (!t.is_map()) continue;
      if (auto v = t.text("id", true)) tag.id = v->value, where = v->where;
      tag.title = tag.id;
      if (auto v = t.text("title")) tag.title = v->value;
    }
    if (!is_safe_slug(tag.id)) {
      f.diags().error(where, "the theme id `" + tag.id + "` cannot be used in a web address",
                      "use lower-case letters, digits and dashes, e.g. `mental-health`", "bad-id");
      continue;
    }
    site.extra_themes.push_back(tag);
  }
}

// `allow_external_images: true`, or a list of the host names pictures may come from.
void load_external_images(const Fields& f, SiteConfig& site) {
  auto node = f.get("allow_external_images");
  if (!node) return;
  if (!node->IsSequence()) {
    if (auto b = f.boolean("allow_external_images")) site.any_external_image = *b;
    return;
  }
  for (const LocatedText& t : f.text_list("allow_external_images")) {
    std::string host = to_lower_ascii(trim(t.value));
    bool name_only = !host.empty() && std::all_of(host.begin(), host.end(), [](char c) {
      return std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '-';
    });
    if (!name_only) {
      f.diags().error(t.where, "`" + t.value + "` in `allow_external_images` should be a host name",
                      "write only the site's name, e.g. `images.example.org` (no https:// or /)",
                      "bad-host");
      continue;
    }
    site.external_image_hosts.push_back(host);
  }
}

}  // namespace

std::optional<SiteConfig> load_site_config(const SourceText& source, Diagnostics& diags) {
  auto root = parse_yaml(source, source.text, 1, diags);
  FileProblems problems(diags);
  if (!root) return std::nullopt;
  Fields f(*root, source.display_path, 1, "the site",
           {"title", "tagline", "base_url", "language", "languages", "organisation", "theme",
            "reading_age", "quick_exit", "help", "statuses", "themes", "allow_html", "description",
            "intro", "time_zone", "allow_active_static", "allow_external_images", "complaints"},
           problems);
  if (!f.is_map()) return std::nullopt;
  SiteConfig site;
  site.path = source.display_path;
  if (auto t = f.text("title", true, "add `title:` with the name of the site"))
    site.title = t->value;
  if (auto t = f.text("tagline")) site.tagline = t->value;
  if (auto t =
          f.text("base_url", true,
                 "add the site's full address, e.g. `base_url: https://promise.example.org/`")) {
    std::string url = trim(t->value);
    if (!is_web_address(url)) {
      problems.error(t->where, "`base_url` should be a full web address",
                     "start it with https://, e.g. https://promise.example.org/", "bad-url");
    } else if (url.find_first_of("?#") != std::string::npos) {
      problems.error(t->where, "`base_url` should be the address of the site's home page only",
                     "remove the part from `?` or `#`, e.g. https://promise.example.org/",
                     "bad-url");
    } else if (auto problem = base_url_problem(url)) {
      problems.error(
          t->where,
          "`base_url` should be the site's address as readers see it, but it has " + *problem,
          "write the home page's address, e.g. https://promise.example.org/ or "
          "https://www.example.gov.uk/promise/",
          "bad-url");
    } else {
      if (url.back() != '/') url += '/';
      site.base_url = url;
      site.base_url_where = t->where;
    }
  }
  if (auto t = f.text("language", true, "add `language: en-GB` (or the site's language)")) {
    if (!looks_like_language_tag(trim(t->value))) {
      problems.error(t->where, "`language` should be a language code such as en-GB or gd", "",
                     "bad-language");
    } else {
      site.language = trim(t->value);
    }
  }
  load_languages(f, site);
  if (auto t = f.text("organisation")) site.organisation = t->value;
  if (auto t = f.text("time_zone")) {
    if (!is_known_time_zone(trim(t->value))) {
      problems.error(t->where, "`time_zone` `" + trim(t->value) + "` is not a time zone we know",
                     "use a name such as Europe/London (the site's \"today\" is that place's day)",
                     "bad-time-zone");
    } else {
      site.time_zone = trim(t->value);
    }
  }
  if (auto t = f.text("theme")) {
    if (!is_safe_id(trim(t->value))) {
      problems.error(t->where, "`theme` should be the name of a folder under themes/", "",
                     "bad-id");
    } else {
      site.theme = trim(t->value);
    }
  }
  if (auto n = f.integer("reading_age", 5, 21)) site.reading_age = *n;
  if (auto t = f.text("quick_exit")) {
    if (!is_web_address(trim(t->value))) {
      problems.error(t->where, "`quick_exit` should be a full web address of a harmless site",
                     "e.g. https://www.bbc.co.uk/weather", "bad-url");
    } else {
      site.quick_exit = trim(t->value);
    }
  }
  if (auto t = f.text("description")) site.description = *t;
  if (auto t = f.text("intro")) site.intro = *t;
  if (auto b = f.boolean("allow_html")) site.allow_html = *b;
  if (auto b = f.boolean("allow_active_static")) site.allow_active_static = *b;
  load_external_images(f, site);
  load_help(f, site);
  load_complaints(f, site);
  load_status_words(f, site);
  load_extra_themes(f, site);
  return site;
}

}  // namespace promisehub
