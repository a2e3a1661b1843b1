// The preview's search index, made in the background after each rebuild.
#include "serve/preview_search.h"

#include "search/search_index.h"

namespace promisehub {

PreviewSearch::PreviewSearch(std::string site_dir)
    : site_dir_(std::move(site_dir)), worker_([this] { run(); }) {}

PreviewSearch::~PreviewSearch() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    stop_ = true;
  }
  changed_.notify_all();
  worker_.join();
}

void PreviewSearch::index(std::shared_ptr<const PageSet> pages, std::string base_path,
                          std::uint64_t build) {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    pending_ = std::move(pages);
    pending_base_ = std::move(base_path);
    requested_ = build;
  }
  changed_.notify_all();
}

void PreviewSearch::run() {
  std::unique_lock<std::mutex> lock(mutex_);
  for (;;) {
    changed_.wait(lock, [&] { return stop_ || pending_; });
    if (stop_) return;
    std::shared_ptr<const PageSet> pages = std::move(pending_);
    pending_.reset();
    std::string base = pending_base_;
    std::uint64_t build = requested_;
    std::uint64_t last_key = files_ ? indexed_key_ : 0;
    lock.unlock();
    SearchFeed feed = search_feed(*pages, site_dir_, base);
    // Pages that give Pagefind the same input as the index there is (an edit no reader can
    // search for) keep it.
    bool same = last_key != 0 && !feed.pagefind.empty() && feed.key == last_key;
    SearchIndex made;
    if (!same) made = make_search_index(feed, &stop_, true);
    lock.lock();
    if (stop_) return;
    if (same) {
      indexed_ = build;
      changed_.notify_all();
      continue;
    }
    indexed_key_ = made.outcome == SearchIndex::Outcome::made ? feed.key : 0;
    if (made.outcome == SearchIndex::Outcome::made) {
      auto files = std::make_shared<PageSet>();
      files->files = std::move(made.files);
      files_ = std::move(files);
      message_.clear();
    } else {
      message_ = made.message;
      if (made.outcome == SearchIndex::Outcome::unavailable) files_.reset();
    }
    indexed_ = build;
    changed_.notify_all();
  }
}

std::optional<OutputFile> PreviewSearch::find(const std::string& path,
                                              std::chrono::milliseconds wait) const {
  std::unique_lock<std::mutex> lock(mutex_);
  changed_.wait_for(lock, wait, [&] { return stop_ || indexed_ >= requested_; });
  if (!files_) return std::nullopt;
  if (const OutputFile* file = files_->find(path)) return *file;
  return std::nullopt;
}

std::string PreviewSearch::message() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return message_;
}

std::uint64_t PreviewSearch::indexed_build() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return indexed_;
}

}  // namespace promisehub
