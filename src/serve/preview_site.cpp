// Builds for the preview, and how a request path finds its file.
#include "serve/preview_site.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>

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
// How long a request for the search index waits for the latest build's (then it gets the last).
constexpr std::chrono::seconds kSearchWait{15};

// `root/rel`, read only when it is a plain file reached without following any link: a link
// swapped in after the build, or a public/ that is itself a link, never leads outside.
std::optional<std::string> read_unlinked(const fs::path& root, const fs::path& rel) {
  boost::system::error_code ec;
  if (rel.empty() || rel.is_absolute() || *rel.begin() == "..") return std::nullopt;
  fs::path real_root = fs::canonical(root, ec);
  if (ec) return std::nullopt;
  fs::path wanted = (real_root / rel).lexically_normal();
  if (fs::canonical(wanted, ec) != wanted || ec) return std::nullopt;
  int fd = ::open(wanted.c_str(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
  if (fd < 0) return std::nullopt;
  struct stat st {};
  std::optional<std::string> bytes;
  if (::fstat(fd, &st) == 0 && S_ISREG(st.st_mode) &&
      static_cast<std::uintmax_t>(st.st_size) <= kMaxServedFileBytes) {
    std::string body(static_cast<std::size_t>(st.st_size), '\0');
    std::size_t got = 0;
    while (got < body.size()) {
      ssize_t n = ::read(fd, body.data() + got, body.size() - got);
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) break;
      got += static_cast<std::size_t>(n);
    }
    body.resize(got);
    bytes = std::move(body);
  }
  ::close(fd);
  return bytes;
}

// What older builds and other tools left in public/ (a search index when serve has none, the
// editor's script), and so the only files served from disk.
bool is_served_from_disk(const std::string& rel) {
  return starts_with(rel, "pagefind/") || starts_with(rel, "admin/");
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
    : options_(with_live_reload(std::move(options))),
      search_(options_.site_dir),
      session_(options_) {
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
  // After the pages are served: the search index follows in the background.
  if (report.ok) search_.index(next->pages, next->base_path, next->build);
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
    fs::path site(options_.site_dir);
    auto bytes = read_unlinked(site, fs::path(file.copy_from).lexically_relative(site));
    if (!bytes) return {404, "text/plain; charset=utf-8", "Not found\n", {}};
    body = std::move(*bytes);
  }
  std::string type = content_type_for(file.path);
  if (is_html(type)) return html(s, 200, body);
  return {200, type, std::move(body), {}};
}

// Files built by other tools (Pagefind's index, the web editor's script) live only on disk,
// in the site's own public/ folder (not a link to elsewhere). Nothing else there is served.
PreviewResponse PreviewSite::disk_response(const Snapshot& s, const std::string& rel,
                                           const std::string& path) const {
  boost::system::error_code ec;
  fs::path root = fs::path(options_.site_dir) / "public";
  if (fs::symlink_status(root, ec).type() != fs::directory_file) return not_found(s);
  if (!is_served_from_disk(rel)) return not_found(s);
  if (fs::is_directory(fs::symlink_status(root / rel, ec))) {
    if (read_unlinked(root, fs::path(rel) / "index.html")) return redirect(path + "/");
    return not_found(s);
  }
  auto bytes = read_unlinked(root, rel);
  if (!bytes) return not_found(s);
  std::string type = content_type_for(rel);
  if (is_html(type)) return html(s, 200, *bytes);
  return {200, type, std::move(*bytes), {}};
}

bool is_preview_host(const std::string& host) {
  std::string name = to_lower_ascii(host);
  std::size_t colon = name.rfind(':');
  if (colon != std::string::npos && name.find(']', colon) == std::string::npos) {
    std::string port = name.substr(colon + 1);  // not the colons inside [::1]
    if (port.empty() || port.find_first_not_of("0123456789") != std::string::npos) return false;
    name.resize(colon);
  }
  return name == "127.0.0.1" || name == "localhost" || name == "[::1]";
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
  if (starts_with(file, "pagefind/")) {
    if (auto index_file = search_.find(file, kSearchWait)) return file_response(*s, *index_file);
  }
  return disk_response(*s, file, path);
}

}  // namespace promisehub
