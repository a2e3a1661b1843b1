// Every content file of a site, parsed, by path, with the problems found in it; kept between
// refreshes so that a file that did not change is not read again. The one place that lists the
// kinds of content file (content_cache.cpp): a new kind is one row there.
#pragma once

#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "core/diagnostics.h"
#include "load/content_tree.h"
#include "model/site.h"

namespace promisehub {

// When a file was last changed and its size: a file with the same stamp is not read again.
struct Stamp {
  long long mtime_ns = -1;
  long long size = -1;
  bool operator==(const Stamp& o) const { return mtime_ns == o.mtime_ns && size == o.size; }
  bool operator!=(const Stamp& o) const { return !(*this == o); }
};
Stamp stamp_of(const std::string& path);

class ContentCache {
 public:
  ContentCache();
  ~ContentCache();
  ContentCache(ContentCache&&) noexcept;
  ContentCache& operator=(ContentCache&&) noexcept;

  struct Changes {
    bool other = false;                    // a file of another kind than updates changed
    std::vector<std::string> updates;      // the updates added, changed or removed, by path
    std::map<std::string, Update> before;  // their values before, where they had one
    std::size_t files_read = 0;
  };
  // Reads the files of `tree` that are new or changed since the last call and forgets those that
  // are gone. With `only_updates`, only those update paths can have changed (a file watcher said
  // so): nothing else is looked at.
  Changes sync(const ContentTree& tree, int jobs,
               const std::set<std::string>* only_updates = nullptr);
  // Every problem found in the files as they are now.
  void report(Diagnostics& diags) const;

  const SiteConfig* config() const;  // null when site.yaml is missing or unreadable
  // Puts every kind of content into `site`: updates too unless `without_updates`.
  void fill(Site& site, bool without_updates) const;
  // The same, moving the values out: the cache is empty afterwards (a one-off build has no use
  // for it, and is spared a copy of every file).
  void move_into(Site& site);
  // The update read from `path`, if it is readable.
  const Update* update(const std::string& path) const;
  // Brings `updates` (a site's, in order) up to date for the paths that changed: an edit that
  // keeps an update's date and name replaces it in place, so the list stays in order; the rest
  // are removed, and added at the end for derive_site to sort.
  void patch(std::vector<Update>& updates, const std::set<std::string>& changed) const;

 private:
  struct Kinds;
  std::unique_ptr<Kinds> kinds_;
};

}  // namespace promisehub
