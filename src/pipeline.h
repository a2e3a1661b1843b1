// The commands' entry points: load → validate → model (load_site), then render → write
// (build_site). Both run a SiteSession (session.h), the one path every command takes.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/dates.h"
#include "core/diagnostics.h"
#include "model/site.h"
#include "render/page_set.h"

namespace promisehub {

struct BuildOptions {
  std::string site_dir = ".";
  std::string out_dir;  // default: site_dir/public
  bool drafts = false;
  std::optional<Date> now;   // default: SOURCE_DATE_EPOCH, else today (see settle_build_day)
  int jobs = 0;              // 0: all cores
  bool live_reload = false;  // set by `serve` only
  bool search = true;        // `build` makes the search index (pagefind/) unless --no-search
};

// The options with every default filled in: jobs, the output folder. Called once, by SiteSession.
BuildOptions settle_options(BuildOptions options);

// Wall time of named stages, in order.
class StageTimes {
 public:
  StageTimes();
  void done(const char* stage);  // the time since the last mark belongs to `stage`
  std::vector<std::pair<std::string, double>> seconds;

 private:
  std::chrono::steady_clock::time_point mark_;
};

// Load every file, validate it, and derive the model. nullopt when there are errors; then
// `failed`, when given, receives the site as far as it was assembled.
std::optional<Site> load_site(const BuildOptions& options, Diagnostics& diags,
                              StageTimes* times = nullptr, Site* failed = nullptr);

// The last stages of loading: status words, cross-references, derived facts. Returns false
// when there are errors.
bool finish_site(Site& site, Diagnostics& diags);

// Render every page of a loaded site into memory (never touches the output folder).
std::optional<PageSet> render_site(const Site& site, const BuildOptions& options,
                                   Diagnostics& diags);

// load → render → write atomically into options.out_dir. Returns true when the site was written.
struct BuildReport {
  bool ok = false;
  std::size_t pages = 0, files_written = 0, files_unchanged = 0;
  Date build_date;                // the day the site was built for
  std::string build_date_source;  // where that day came from (see settle_build_day)
  StageTimes times;               // shown by `build --timings`
  // When the site has no new search index: why, in one line (Pagefind missing: the site is built
  // without it; Pagefind failed: nothing is built, `ok` is false).
  std::string search_message;
  bool search_reused = false;  // the live site's index was kept: Pagefind had the same input
};
BuildReport build_site(const BuildOptions& options, Diagnostics& diags);

}  // namespace promisehub
