// Builds for the preview, and how a request path finds its file.
#include "serve/preview_site.h"

#include <chrono>
#include <fstream>

#include <boost/filesystem.hpp>

#include "core/text.h"
#include "render/urls.h"
#include "serve/content_types.h"
#include "serve/error_overlay.h"
#include "write/output_writer.h"

namespace fs = boost::filesystem;

namespace promisehub {
namespace {

constexpr std::uintmax_t kMaxServedFileBytes = 256u << 20;

std::optional<std::string> read_file(const fs::path& file) {
  boost::system::error_code ec;
  if (!fs::is_regular_file(file, ec) || fs::file_size(file, ec) > kMaxServedFileBytes || ec)
    return std::nullopt;
  std::ifstream in(file.string(), std::ios::binary);
  if (!in) return std::nullopt;
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

bool is_html(const std::string& content_type) {
  return starts_with(content_type, "text/html");
}

PreviewResponse redirect(const std::string& location) {
  PreviewResponse r;
  r.status = 301;
  r.location = location;
  r.content_type = "text/plain; charset=utf-8";
  r.body = "Moved to " + location + "\n";
  return r;
}

BuildOptions with_live_reload(BuildOptions options) {
  options.live_reload = true;
  return options;
}

}  // namespace

PreviewSite::PreviewSite(BuildOptions options)
    : options_(with_live_reload(std::move(options))), session_(options_) {
  current_ = std::make_shared<Snapshot>();
}

std::shared_ptr<const PreviewSite::Snapshot> PreviewSite::snapshot() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return current_;
}

RebuildReport PreviewSite::rebuild(const std::vector<std::string>* changed) {
  auto start = std::chrono::steady_clock::now();
  Diagnostics diags;
  std::shared_ptr<const PageSet> pages;
  std::optional<std::string> base_path;
  // The session re-reads only changed files and re-renders only the pages that depend on them.
  // Its page sets are never changed once built, so requests can go on reading the previous one.
  if (session_.refresh(diags, changed).ok && session_.pages() && session_.site()) {
    base_path = Urls(session_.site()->config.base_url).base_path();
    pages = session_.shared_pages();
  }
  RebuildReport report;
  report.ok = pages != nullptr && !diags.has_errors();
  report.diagnostics = diags.sorted();
  report.files = pages ? pages->files.size() : 0;

  auto previous = snapshot();
  auto next = std::make_shared<Snapshot>();
  if (report.ok) {
    next->pages = std::move(pages);
    next->base_path = *base_path;
  } else {
    next->pages = previous->pages;  // the last good site keeps being served
    next->base_path = previous->pages ? previous->base_path : base_path.value_or("/");
    next->problems = report.diagnostics;
    next->panel = error_panel_html(next->problems, options_.site_dir, next->base_path,
                                   next->pages != nullptr);
  }
  {
    // The snapshot and the counter move together: a page served from this build carries a
    // number its events stream already knows, so it is not reloaded twice.
    std::lock_guard<std::mutex> lock(mutex_);
    next->build = builds_.advance();
    current_ = next;
  }
  report.milliseconds = static_cast<long>(std::chrono::duration_cast<std::chrono::milliseconds>(
                                              std::chrono::steady_clock::now() - start)
                                              .count());
  return report;
}

PreviewResponse PreviewSite::html(const Snapshot& s, int status, const std::string& page) const {
  PreviewResponse r;
  r.status = status;
  r.content_type = content_type_for("index.html");
  r.body = decorate_html(page, s.build, s.panel);
  return r;
}

PreviewResponse PreviewSite::not_found(const Snapshot& s) const {
  if (s.pages) {
    if (const OutputFile* page = s.pages->find("404.html")) {
      PreviewResponse r = file_response(s, *page);
      r.status = 404;
      return r;
    }
  }
  return {404, "text/plain; charset=utf-8", "Not found\n", {}};
}

PreviewResponse PreviewSite::file_response(const Snapshot& s, const OutputFile& file) const {
  std::string body = file.content();
  if (!file.copy_from.empty()) {
    auto bytes = read_file(file.copy_from);
    if (!bytes) return {404, "text/plain; charset=utf-8", "Not found\n", {}};
    body = std::move(*bytes);
  }
  std::string type = content_type_for(file.path);
  if (is_html(type)) return html(s, 200, body);
  return {200, type, std::move(body), {}};
}

// Files built by other tools (Pagefind's index, the web editor's script) live only on disk,
// in the site's public/ folder. Only files inside that folder are served.
PreviewResponse PreviewSite::disk_response(const Snapshot& s, const std::string& rel,
                                           const std::string& path) const {
  boost::system::error_code ec;
  fs::path root = fs::canonical(fs::path(options_.site_dir) / "public", ec);
  if (ec) return not_found(s);
  fs::path file = fs::canonical(root / rel, ec);
  if (ec) return not_found(s);
  std::string inside = root.generic_string() + "/";
  if (!starts_with(file.generic_string(), inside)) return not_found(s);
  if (fs::is_directory(file, ec)) {
    if (fs::is_regular_file(file / "index.html", ec)) return redirect(path + "/");
    return not_found(s);
  }
  auto bytes = read_file(file);
  if (!bytes) return not_found(s);
  std::string type = content_type_for(rel);
  if (is_html(type)) return html(s, 200, *bytes);
  return {200, type, std::move(*bytes), {}};
}

PreviewResponse PreviewSite::respond(const std::string& path) const {
  auto s = snapshot();
  if (!starts_with(path, s->base_path)) {
    // A hub under https://council.gov.uk/promise/ is previewed at /promise/.
    if (starts_with(s->base_path, path)) return redirect(s->base_path);
    return not_found(*s);
  }
  std::string rel = path.substr(s->base_path.size());
  if (rel == "__promisehub/live-reload.js")
    return {200, content_type_for(rel), live_reload_script(), {}};
  if (rel == "__promisehub/error-panel.css")
    return {200, content_type_for(rel), error_panel_css(), {}};

  std::string file = rel.empty() || rel.back() == '/' ? rel + "index.html" : rel;
  if (!is_confined_output_path(file)) return not_found(*s);
  if (!s->pages) return html(*s, 500, error_page_html(s->panel, s->build, s->base_path));
  if (const OutputFile* found = s->pages->find(file)) return file_response(*s, *found);
  if (!rel.empty() && rel.back() != '/' && s->pages->find(rel + "/index.html"))
    return redirect(path + "/");
  return disk_response(*s, file, path);
}

}  // namespace promisehub
