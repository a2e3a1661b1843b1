// The web editor's configuration: the theme's admin/config.yml, with the site's own collections
// written into the end of its `collections:` list as text, so the theme's comments stay.
#include "render/editor_config.h"

#include <yaml-cpp/yaml.h>

#include "core/file_bytes.h"
#include "core/text.h"
#include "render/editor_collections.h"

namespace promisehub {
namespace {

struct Line {
  std::size_t start = 0, end = 0;  // end: after its '\n', or the end of the text
};

std::vector<Line> lines_of(const std::string& text) {
  std::vector<Line> lines;
  std::size_t at = 0;
  while (at < text.size()) {
    std::size_t nl = text.find('\n', at);
    std::size_t end = nl == std::string::npos ? text.size() : nl + 1;
    lines.push_back({at, end});
    at = end;
  }
  return lines;
}

// A line with nothing on it for YAML: empty, spaces, or a comment.
bool is_blank(const std::string& line) {
  std::size_t first = line.find_first_not_of(" \t\r\n");
  return first == std::string::npos || line[first] == '#';
}

// Where the `collections:` list ends (the offset to write new items at) and how far its items
// are indented. Nothing when the file has no top-level `collections:` followed by a list.
struct ListEnd {
  std::size_t at = 0;
  std::size_t indent = 0;
};

std::optional<ListEnd> collections_end(const std::string& text) {
  std::vector<Line> lines = lines_of(text);
  std::size_t i = 0;
  for (; i < lines.size(); ++i) {
    std::string line = text.substr(lines[i].start, lines[i].end - lines[i].start);
    std::string key = trim(line.substr(0, line.find('#')));
    if (starts_with(line, "collections:") && key == "collections:") break;
  }
  if (i == lines.size()) return std::nullopt;
  std::optional<std::size_t> indent;
  ListEnd end{text.size(), 0};
  for (++i; i < lines.size(); ++i) {
    std::string line = text.substr(lines[i].start, lines[i].end - lines[i].start);
    if (is_blank(line)) continue;
    std::size_t spaces = line.find_first_not_of(' ');
    if (!indent) {
      if (line[spaces] != '-') return std::nullopt;
      indent = spaces;
    }
    // The next top-level key ends the list (an item at column 0 is still part of it).
    if (spaces == 0 && !(*indent == 0 && line[0] == '-')) {
      end.at = lines[i].start;
      break;
    }
  }
  if (!indent) return std::nullopt;
  end.indent = *indent;
  return end;
}

// The collections as YAML list items, every line moved right by `indent` spaces.
std::string as_items(const std::vector<YAML::Node>& collections, std::size_t indent) {
  YAML::Node list(YAML::NodeType::Sequence);
  for (const auto& c : collections) list.push_back(c);
  YAML::Emitter out;
  out.SetIndent(2);
  out << list;
  std::string pad(indent, ' ');
  std::string text = pad +
                     "# ---- Made by `promisehub build` from content/ (docs/publishing.md): each "
                     "organisation's updates, and translations ----\n";
  for (const Line& l : lines_of(out.c_str())) {
    std::string line = std::string(out.c_str()).substr(l.start, l.end - l.start);
    text += (trim(line).empty() ? "" : pad) + line;
  }
  if (!ends_with(text, "\n")) text += '\n';
  return text;
}

}  // namespace

void load_editor_config(Theme& theme) {
  for (OutputFile& f : theme.assets) {
    if (f.path != kEditorConfig || f.copy_from.empty()) continue;
    if (auto bytes = read_file_bytes(f.copy_from)) f = OutputFile(f.path, *bytes);
  }
}

std::string editor_config(const std::string& theme_config, const Site& site) {
  if (!site.has_organisations && site.config.languages.empty()) return theme_config;
  YAML::Node config;
  try {
    config = YAML::Load(theme_config);
  } catch (const YAML::Exception&) {
    return theme_config;
  }
  if (!config.IsMap()) return theme_config;
  std::vector<YAML::Node> added = organisation_collections(config, site);
  for (auto& c : translation_collections(site)) added.push_back(std::move(c));
  auto end = collections_end(theme_config);
  if (added.empty() || !end) return theme_config;
  std::string before = theme_config.substr(0, end->at);
  if (!before.empty() && !ends_with(before, "\n")) before += '\n';
  return before + "\n" + as_items(added, end->indent) + theme_config.substr(end->at);
}

}  // namespace promisehub
