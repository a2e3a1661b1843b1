// The web editor's script (Decap CMS) copied into every build.
#include "render/editor_script.h"

#include <algorithm>
#include <optional>

#include <boost/filesystem.hpp>

#include "core/file_bytes.h"
#include "core/text.h"

namespace fs = boost::filesystem;

namespace promisehub {
namespace {

const char kEditorPage[] = "admin/index.html";
const char kEditorScript[] = "admin/decap-cms.js";

// decap-cms.js loads its other parts (NNN.decap-cms.js, *.wasm) from beside itself; its licence
// travels with it. Source maps and the older cms.js build are not needed.
bool is_editor_file(const std::string& name) {
  if (name == "decap-cms.js" || name == "decap-cms.js.LICENSE.txt") return true;
  if (ends_with(name, ".wasm")) return true;
  const std::string part = ".decap-cms.js";
  if (!ends_with(name, part) || name.size() == part.size()) return false;
  return std::all_of(name.begin(), name.end() - part.size(),
                     [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace

std::string find_editor_script_dir(const std::string& site_dir) {
  boost::system::error_code ec;
  fs::path dir = fs::absolute(site_dir, fs::current_path(ec));
  for (; !dir.empty(); dir = dir.parent_path()) {
    fs::path dist = dir / "node_modules" / "decap-cms" / "dist";
    if (fs::is_regular_file(dist / "decap-cms.js", ec)) return dist.string();
    if (dir == dir.root_path()) break;
  }
  return {};
}

void add_editor_script(Theme& theme, const std::string& site_dir) {
  bool has_editor = std::any_of(theme.assets.begin(), theme.assets.end(),
                                [](const OutputFile& f) { return f.path == kEditorPage; });
  if (!has_editor) return;
  std::string dist = find_editor_script_dir(site_dir);
  if (dist.empty()) return;
  boost::system::error_code ec;
  for (fs::directory_iterator it(dist, ec), end; !ec && it != end; it.increment(ec)) {
    std::string name = it->path().filename().string();
    if (!is_editor_file(name) || !fs::is_regular_file(it->path(), ec)) continue;
    // Read now, not copied later: node_modules is often a link, or in a folder above the site,
    // where `serve` reads no file from disk.
    if (auto bytes = read_file_bytes(it->path().string()))
      theme.assets.push_back({"admin/" + name, *bytes});
  }
}

void report_missing_editor_script(const PageSet& pages, const std::string& site_dir,
                                  Diagnostics& diags) {
  const OutputFile* page = pages.find(kEditorPage);
  if (!page || pages.find(kEditorScript)) return;
  // At the editor page's <script src="decap-cms.js">, the line that would load nothing.
  SourceLocation where{"themes/" + std::string(kEditorPage), 0, 0};
  if (!page->copy_from.empty()) {
    boost::system::error_code ec;
    fs::path from = fs::relative(page->copy_from, fs::absolute(site_dir, fs::current_path(ec)), ec);
    if (!ec && !from.empty()) where.path = from.generic_string();
    if (auto text = read_file_bytes(page->copy_from)) {
      std::size_t at = text->find("decap-cms.js\"");
      if (at != std::string::npos) {
        std::size_t start = text->rfind("<script", at);
        auto [line, column] = line_column_of(*text, start == std::string::npos ? at : start);
        where.line = line;
        where.column = column;
      }
    }
  }
  diags.warning(where,
                "the web editor's script (Decap CMS) is not installed, so /admin/ would be a blank "
                "page; the rest of the site is built",
                "run `npm ci` (or scripts/setup.sh) in the site's folder, then build again",
                "editor-missing");
}

}  // namespace promisehub
