// Checks a theme's Mustache templates before mstch sees them: mstch renders a page with an
// unclosed section as nothing, and recurses until the stack runs out into a partial that
// includes itself. Both are theme mistakes, reported at the template's file, line and column.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/diagnostics.h"

namespace promisehub {

// One Mustache tag, as mstch reads it (the same delimiters, `{{= =}}` changes included).
struct MustacheTag {
  enum class Kind { variable, unescaped, section, inverted, close, partial, comment, delimiters };
  Kind kind = Kind::variable;
  std::string name;  // trimmed, e.g. "status-tag" for {{> status-tag}}
  int line = 0, column = 0;
};

struct MustacheScan {
  std::vector<MustacheTag> tags;
  std::vector<Diagnostic> problems;  // tags that never end, bad `{{= =}}` tags
};

// Every tag of a template. `shown_path` is used for the problems' locations.
MustacheScan scan_mustache(std::string_view text, const std::string& shown_path);

// A theme's templates and partials by name, with the path each is shown under.
struct TemplateSource {
  std::string shown_path;  // "themes/promise/templates/partials/status-tag.mustache"
  std::string text;
};
using TemplateSet = std::map<std::string, TemplateSource>;

// Every section closed in order in every file, every partial that is named exists, and no
// partial includes itself, directly or through others. Returns false when there are errors.
bool check_templates(const TemplateSet& templates, const TemplateSet& partials, Diagnostics& diags);

}  // namespace promisehub
