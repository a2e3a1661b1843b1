// A theme folder (themes/<name>/): Mustache templates and partials, CSS, JavaScript, SVG icons.
// Loaded once per build; assets get content-hashed names so caches can keep them for a year.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/diagnostics.h"
#include "render/page_set.h"

namespace promisehub {

struct Theme {
  std::string name, dir;
  std::map<std::string, std::string> templates;  // "home" -> text of templates/home.mustache
  std::map<std::string, std::string> partials;   // "status-tag" -> templates/partials/…
  std::map<std::string, std::string> icons;      // "done" -> <svg …> from icons/done.svg
  std::string css_path, js_path;                 // "assets/style.1a2b3c4d5e.css"
  std::vector<OutputFile> assets;                // fingerprinted CSS/JS and other static files

  const std::string& page_template(const std::string& name) const;
  // Only the partials a template uses (directly or through other partials): mstch parses every
  // partial it is given on every render, so giving it fewer is much faster.
  const std::map<std::string, std::string>& partials_for(const std::string& name) const;

  std::map<std::string, std::map<std::string, std::string>> used_partials;
};

std::optional<Theme> load_theme(const std::string& site_dir, const std::string& name,
                                Diagnostics& diags);

// A short, stable content hash for file names (FNV-1a 64, hex).
std::string content_hash(const std::string& bytes);

}  // namespace promisehub
