// The one path from content/ to pages: list → read → assemble → check → render. `build` and
// `check` run it once from a cold cache; `serve` keeps the session, so that files that did not
// change are not read again, and after a change to updates only the pages that depend on it are
// rendered again.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/diagnostics.h"
#include "pipeline.h"
#include "render/page_set.h"

namespace promisehub {

class SiteSession {
 public:
  // `once`: a single build or check, which takes the parsed files from the cache instead of
  // copying them (a later refresh reads every file again).
  enum class Use { repeated, once };
  explicit SiteSession(BuildOptions options, Use use = Use::repeated);  // settle_options here
  ~SiteSession();

  const BuildOptions& options() const;

  struct Result {
    bool ok = false;
    bool full = true;            // every page was rendered
    std::size_t files_read = 0;  // content files parsed this time
    std::size_t rendered = 0;    // pages rendered this time
    StageTimes times;            // where the time went
  };
  // Reads what changed since the last call and renders what depends on it. On errors the last
  // good site stays available through pages(). `changed`, when given, are the paths a file
  // watcher saw change (as the watcher names them: the site folder, then "/content/..."): when
  // they are all updates, content/ is not listed again. Any other path means a full listing.
  Result refresh(Diagnostics& diags, const std::vector<std::string>* changed = nullptr);
  // The pages of the last good refresh (kept when a refresh fails), and its site (null after a
  // refresh that failed: its updates went into that attempt).
  const PageSet* pages() const;
  // The same pages, kept alive for as long as the caller holds them (later refreshes share
  // unchanged pages' bytes with them and never change them).
  std::shared_ptr<const PageSet> shared_pages() const;
  const Site* site() const;

  // Lists, reads, assembles and checks the site without rendering it (what `check` and `new`
  // need). nullopt when there are errors; then `failed`, when given, receives the site as far as
  // it was assembled (check names the drafts in it).
  std::optional<Site> load(Diagnostics& diags, StageTimes* times = nullptr, Site* failed = nullptr);

 private:
  std::optional<Site> assemble(Diagnostics& diags, const std::vector<std::string>* changed,
                               Result& result, Site* failed = nullptr);
  struct State;
  std::unique_ptr<State> state_;
};

}  // namespace promisehub
