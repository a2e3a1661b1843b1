// The search index (Pagefind's pagefind/ folder), made from the pages in memory before they are
// written, so that it is swapped in with the site it belongs to: Pagefind's Node API, driven by
// scripts/search-index.mjs (carried inside the program) under `node`.
#pragma once

#include <atomic>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "render/page_set.h"

namespace promisehub {

// What readers look for: the home page, pages one folder down (help, glossary, what to expect,
// a language's home), every update, plan and promise, in any language's folder. Not the lists
// and filter pages (updates/page/N/, plans/P/status/S/ …): their words are the updates' again.
bool is_searched_page(const std::string& path);

// node_modules/pagefind/lib/index.js in the site's folder or the nearest one above it (as Node
// finds packages). Empty when there is none.
std::string find_pagefind(const std::string& site_dir);

struct SearchIndex {
  enum class Outcome { made, unavailable, failed };
  Outcome outcome = Outcome::unavailable;
  std::vector<OutputFile> files;  // made: pagefind/…, sorted by path
  std::string message;            // otherwise: one line saying what happened and what to do
  std::size_t pages = 0;          // pages given to Pagefind
};

// What Pagefind is given: the searched pages of a PageSet, framed for the script. `key` names
// that input together with the Pagefind and the script that would index it, so an index made
// from the same key is the same index (search/search_reuse.h). The pieces point into the pages.
struct SearchFeed {
  std::string pagefind;  // node_modules/pagefind/lib/index.js; empty: not installed
  std::vector<std::string> headers;
  std::vector<std::string_view> pieces;
  std::size_t pages = 0;
  std::uint64_t key = 0;
};

// The feed of the searched pages of `pages`, whose addresses start with `base_path` ("/" or
// "/promise/"), for the Pagefind the site's folder finds.
SearchFeed search_feed(const PageSet& pages, const std::string& site_dir,
                       const std::string& base_path);

// Runs Pagefind over `feed`. Blocks until Pagefind is done, or `cancel` turns true (then:
// failed). `background`: Pagefind runs at a low priority, so that it never slows a rebuild.
SearchIndex make_search_index(const SearchFeed& feed, const std::atomic<bool>* cancel = nullptr,
                              bool background = false);

// Both steps at once.
SearchIndex make_search_index(const PageSet& pages, const std::string& site_dir,
                              const std::string& base_path,
                              const std::atomic<bool>* cancel = nullptr, bool background = false);

// `pages` with the index's files added (replacing any of the same path), sorted by path.
PageSet with_search_index(const PageSet& pages, const std::vector<OutputFile>& index);

}  // namespace promisehub
