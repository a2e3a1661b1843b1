// A site kept loaded between builds, for `serve` and repeated builds in one process: files that
// did not change are not read again, and after a change to updates only the pages that depend on
// it are rendered again (issue "instant rebuilds").
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
  explicit SiteSession(BuildOptions options);
  ~SiteSession();

  struct Result {
    bool ok = false;
    bool full = true;            // every page was rendered
    std::size_t files_read = 0;  // content files parsed this time
    std::size_t rendered = 0;    // pages rendered this time
  };
  // Reads what changed since the last call and renders what depends on it. On errors the last
  // good site stays available through pages().
  Result refresh(Diagnostics& diags);
  const PageSet* pages() const;
  const Site* site() const;

 private:
  struct State;
  std::unique_ptr<State> state_;
};

}  // namespace promisehub
