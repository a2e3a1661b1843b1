// The site as `serve` holds it: the last good build in memory, the problems of the latest
// build, and the answer to each request path (pretty URLs, 404 page, files under public/).
#pragma once

#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "core/diagnostics.h"
#include "pipeline.h"
#include "render/page_set.h"
#include "serve/live_reload.h"
#include "serve/preview_search.h"
#include "session.h"

namespace promisehub {

struct PreviewResponse {
  int status = 200;
  std::string content_type;
  std::string body;
  std::string location;  // set for redirects
};

struct RebuildReport {
  bool ok = false;
  std::vector<Diagnostic> diagnostics;  // sorted, errors and warnings
  std::size_t files = 0;
  long milliseconds = 0;
};

// True for the names the preview answers to (127.0.0.1, localhost, [::1], with any port). Any
// other Host header is refused, so a page on another site cannot reach the preview through DNS.
bool is_preview_host(const std::string& host);

class PreviewSite {
 public:
  // `options.live_reload` is turned on: every page loads the live-reload script.
  explicit PreviewSite(BuildOptions options);

  // Loads and renders what changed since the last rebuild (SiteSession). On failure the previous
  // pages stay and the problems are shown on every page. Advances the build counter either way, so
  // open pages reload. `changed`: the paths the file watcher saw change, if known (see
  // SiteSession::refresh).
  RebuildReport rebuild(const std::vector<std::string>* changed = nullptr);

  // The answer for a decoded request path such as "/plans/x/".
  PreviewResponse respond(const std::string& path) const;

  const BuildCounter& builds() const { return builds_; }
  BuildCounter& builds() { return builds_; }
  const BuildOptions& options() const { return options_; }
  const PreviewSearch& search() const { return search_; }

 private:
  struct Snapshot {
    std::shared_ptr<const PageSet> pages;  // null until a build works
    std::string base_path = "/";
    std::vector<Diagnostic> problems;  // of the latest build, when it failed
    std::string panel;                 // those problems as HTML, added to every page
    std::uint64_t build = 0;
  };

  std::shared_ptr<const Snapshot> snapshot() const;
  PreviewResponse file_response(const Snapshot& s, const OutputFile& file) const;
  PreviewResponse disk_response(const Snapshot& s, const std::string& rel,
                                const std::string& path) const;
  PreviewResponse not_found(const Snapshot& s) const;
  PreviewResponse html(const Snapshot& s, int status, const std::string& page) const;

  BuildOptions options_;
  PreviewSearch search_;  // the search index of the last good build, made in the background
  SiteSession session_;
  BuildCounter builds_;
  mutable std::mutex mutex_;
  std::shared_ptr<const Snapshot> current_;
};

}  // namespace promisehub
