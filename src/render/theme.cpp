// Theme loading.
#include "render/theme.h"

#include <cstdio>
#include <set>

#include <boost/filesystem.hpp>

#include "core/file_bytes.h"
#include "core/text.h"
#include "render/editor_config.h"
#include "render/editor_script.h"
#include "render/template_check.h"

namespace fs = boost::filesystem;

namespace promisehub {
namespace {

// Every file of `dir` ending in `ext`, by name, as written (`shown` is the folder for messages).
TemplateSet read_folder(const fs::path& dir, const std::string& ext, const std::string& shown) {
  TemplateSet out;
  boost::system::error_code ec;
  if (!fs::is_directory(dir, ec)) return out;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    if (it->path().extension() != ext || !fs::is_regular_file(it->path(), ec)) continue;
    if (auto text = read_file_bytes(it->path().string()))
      out[it->path().stem().string()] = {shown + "/" + it->path().filename().string(), *text};
  }
  return out;
}

std::map<std::string, std::string> trimmed(const TemplateSet& files) {
  std::map<std::string, std::string> out;
  for (const auto& [name, source] : files) out[name] = trim(source.text);
  return out;
}

// Names of the partials a template refers to with {{> name}}.
std::set<std::string> partial_names(const std::string& text) {
  std::set<std::string> out;
  for (const MustacheTag& t : scan_mustache(text, {}).tags)
    if (t.kind == MustacheTag::Kind::partial) out.insert(t.name);
  return out;
}

void resolve_used_partials(Theme& theme) {
  for (const auto& [name, text] : theme.templates) {
    std::map<std::string, std::string> used;
    std::set<std::string> direct = partial_names(text);
    std::vector<std::string> todo(direct.begin(), direct.end());
    while (!todo.empty()) {
      std::string p = todo.back();
      todo.pop_back();
      auto it = theme.partials.find(p);
      if (it == theme.partials.end() || used.count(p)) continue;
      used[p] = it->second;
      for (const auto& q : partial_names(it->second)) todo.push_back(q);
    }
    theme.used_partials[name] = std::move(used);
  }
}

}  // namespace

const std::map<std::string, std::string>& Theme::partials_for(const std::string& name) const {
  static const std::map<std::string, std::string> kNone;
  auto it = used_partials.find(name);
  return it == used_partials.end() ? kNone : it->second;
}

std::string content_hash(const std::string& bytes) {
  std::uint64_t h = 1469598103934665603ull;
  for (unsigned char c : bytes) {
    h ^= c;
    h *= 1099511628211ull;
  }
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
  return std::string(buf, 10);
}

const std::string& Theme::page_template(const std::string& name) const {
  static const std::string kEmpty;
  auto it = templates.find(name);
  return it == templates.end() ? kEmpty : it->second;
}

std::optional<Theme> load_theme(const std::string& site_dir, const std::string& name,
                                Diagnostics& diags) {
  Theme theme;
  theme.name = name;
  fs::path dir = fs::path(site_dir) / "themes" / name;
  theme.dir = dir.string();
  boost::system::error_code ec;
  std::string shown = "themes/" + name;
  if (!fs::is_directory(dir / "templates", ec)) {
    diags.error({"content/site.yaml", 0, 0}, "the theme `" + name + "` was not found in " + shown,
                "set `theme:` in site.yaml to a folder under themes/", "missing-theme");
    return std::nullopt;
  }
  TemplateSet templates = read_folder(dir / "templates", ".mustache", shown + "/templates");
  TemplateSet partials =
      read_folder(dir / "templates" / "partials", ".mustache", shown + "/templates/partials");
  // mstch renders an unclosed section as nothing and a partial inside itself until it crashes:
  // the templates are checked before it sees them.
  check_templates(templates, partials, diags);
  theme.templates = trimmed(templates);
  theme.partials = trimmed(partials);
  theme.icons = trimmed(read_folder(dir / "icons", ".svg", shown + "/icons"));
  for (const char* required :
       {"layout", "home", "plan", "action", "updates", "update", "indicators", "what-to-expect",
        "glossary", "help", "staying-safe", "page", "search", "404"}) {
    if (!theme.templates.count(required)) {
      diags.error({shown + "/templates/" + required + ".mustache", 0, 0},
                  "the theme has no template `" + std::string(required) + "`",
                  "add the file, or use the `promise` theme", "missing-template");
    }
  }
  if (auto css = read_file_bytes((dir / "assets" / "style.css").string())) {
    theme.css_path = "assets/style." + content_hash(*css) + ".css";
    theme.assets.push_back({theme.css_path, *css, {}});
  }
  if (auto js = read_file_bytes((dir / "assets" / "site.js").string())) {
    theme.js_path = "assets/site." + content_hash(*js) + ".js";
    theme.assets.push_back({theme.js_path, *js, {}});
  }
  // Everything in static/ is copied to the site root as is (favicon, admin files …).
  fs::path statics = dir / "static";
  if (fs::is_directory(statics, ec)) {
    for (fs::recursive_directory_iterator it(statics, ec), end; !ec && it != end;
         it.increment(ec)) {
      if (!fs::is_regular_file(it->path(), ec)) continue;
      std::string rel = fs::relative(it->path(), statics, ec).generic_string();
      if (ec || rel.empty() || starts_with(rel, ".")) continue;
      theme.assets.push_back({rel, {}, it->path().string()});
    }
  }
  if (diags.has_errors()) return std::nullopt;
  add_editor_script(theme, site_dir);
  load_editor_config(theme);
  resolve_used_partials(theme);
  return theme;
}

}  // namespace promisehub
