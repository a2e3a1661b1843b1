// Search in `serve`: after each good rebuild, the search index is made again in the background
// (search/search_index.h), so the page is served at once and search finds what was just edited a
// moment later. A request for the index waits for the one of the latest build.
#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

#include "render/page_set.h"

namespace promisehub {

class PreviewSearch {
 public:
  explicit PreviewSearch(std::string site_dir);
  ~PreviewSearch();  // ends an index being made, and the thread
  PreviewSearch(const PreviewSearch&) = delete;
  PreviewSearch& operator=(const PreviewSearch&) = delete;

  // Indexes `pages` (of build number `build`) after whatever is being indexed now; a newer call
  // replaces one that has not started.
  void index(std::shared_ptr<const PageSet> pages, std::string base_path, std::uint64_t build);

  // The index's file at `path` ("pagefind/…"), once the latest build's index is made (waiting up
  // to `wait`; after that, the newest index there is). nullopt when there is no such file, or no
  // index: Node.js or Pagefind is missing (message() says which).
  std::optional<OutputFile> find(const std::string& path, std::chrono::milliseconds wait) const;
  std::string message() const;
  // The build whose index is served now (0: none yet).
  std::uint64_t indexed_build() const;

 private:
  void run();

  std::string site_dir_;
  mutable std::mutex mutex_;
  mutable std::condition_variable changed_;
  std::shared_ptr<const PageSet> pending_;
  std::string pending_base_;
  std::uint64_t requested_ = 0, indexed_ = 0;
  std::shared_ptr<const PageSet> files_;  // the newest index, sorted by path
  std::uint64_t indexed_key_ = 0;         // what Pagefind was given for it (search_feed)
  std::string message_;
  std::atomic<bool> stop_{false};
  std::thread worker_;
};

}  // namespace promisehub
