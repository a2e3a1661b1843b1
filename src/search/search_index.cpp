// The search index, made by Pagefind from the pages in memory.
#include "search/search_index.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <iterator>
#include <string_view>

#include <boost/filesystem.hpp>

#include "core/text.h"
#include "search/child_process.h"
#include "write/manifest.h"
#include "write/output_writer.h"

namespace fs = boost::filesystem;

namespace promisehub {

extern const char kSearchIndexScript[];  // scripts/search-index.mjs (cmake/embed_text.cmake)

namespace {

constexpr int kNotInstalled = 3;  // the script's exit code when Pagefind is missing

std::vector<std::string_view> folders_of(std::string_view path) {
  std::vector<std::string_view> parts;
  for (std::size_t at = 0;;) {
    std::size_t slash = path.find('/', at);
    if (slash == std::string_view::npos) break;
    parts.push_back(path.substr(at, slash - at));
    at = slash + 1;
  }
  return parts;
}

// What Pagefind reads of a page: the head (language, title) and the <main data-pagefind-body>.
// The header, navigation and footer around it are never indexed, so they need not be sent.
std::string_view head_of(std::string_view page) {
  std::size_t end = page.find("</head>");
  return end == std::string_view::npos ? std::string_view{} : page.substr(0, end + 7);
}
std::string_view main_of(std::string_view page) {
  std::size_t start = page.find("<main");
  std::size_t end = page.rfind("</main>");
  if (start == std::string_view::npos || end == std::string_view::npos || end < start) return {};
  return page.substr(start, end + 7 - start);
}

std::string first_line(const std::string& text) {
  std::string line = text.substr(0, text.find('\n'));
  return line.empty() ? "it stopped without saying why" : line;
}

// The script's answer: <path> \n <size> \n <bytes>, repeated.
bool read_index_files(const std::string& out, std::vector<OutputFile>& files) {
  for (std::size_t at = 0; at < out.size();) {
    std::size_t a = out.find('\n', at);
    std::size_t b = a == std::string::npos ? a : out.find('\n', a + 1);
    if (b == std::string::npos) return false;
    std::string path = "pagefind/" + out.substr(at, a - at);
    std::string digits = out.substr(a + 1, b - a - 1);
    if (digits.empty() || digits.size() > 12 ||
        digits.find_first_not_of("0123456789") != std::string::npos)
      return false;
    std::size_t size = std::stoull(digits);
    if (b + 1 + size > out.size() || !is_confined_output_path(path)) return false;
    files.emplace_back(path, out.substr(b + 1, size));
    at = b + 1 + size;
  }
  std::sort(files.begin(), files.end(),
            [](const OutputFile& x, const OutputFile& y) { return x.path < y.path; });
  return true;
}

// The pages, the script and the Pagefind package (its package.json names its version), hashed
// together: the same key, the same index.
std::uint64_t feed_key(const SearchFeed& feed) {
  std::uint64_t key = content_hash(kSearchIndexScript);
  auto mix = [&key](std::string_view bytes) {
    key = (key ^ content_hash(bytes)) * 0x100000001b3ULL + bytes.size();
  };
  fs::path package = fs::path(feed.pagefind).parent_path().parent_path() / "package.json";
  std::ifstream in(package.string(), std::ios::binary);
  mix(std::string((std::istreambuf_iterator<char>(in)), {}));
  mix(feed.pagefind);
  for (std::string_view piece : feed.pieces) mix(piece);
  return key;
}

// "gd/plans/x/index.html" -> "plans/x/index.html": the other languages have the same pages.
std::string without_language_folder(const std::string& path,
                                    const std::vector<std::string>& folders) {
  for (const auto& folder : folders)
    if (starts_with(path, folder)) return path.substr(folder.size());
  return path;
}

}  // namespace

bool is_searched_page(const std::string& path) {
  if (path != "index.html" && !ends_with(path, "/index.html")) return false;
  std::vector<std::string_view> dirs = folders_of(path);
  std::size_t n = dirs.size();
  if (n <= 1) return true;  // the home page, and pages one folder down
  if (dirs[n - 2] == "updates" || dirs[n - 2] == "plans") return true;  // an update, a plan
  // An organisation and an area (spec §11), not the lists filtered by kind or area.
  if (dirs[n - 2] == "organisations" || dirs[n - 2] == "areas") return true;
  return n >= 3 && dirs[n - 3] == "plans";  // a promise
}

std::string find_pagefind(const std::string& site_dir) {
  boost::system::error_code ec;
  fs::path dir = fs::absolute(site_dir, fs::current_path(ec));
  for (; !dir.empty(); dir = dir.parent_path()) {
    fs::path entry = dir / "node_modules" / "pagefind" / "lib" / "index.js";
    if (fs::is_regular_file(entry, ec)) return entry.string();
    if (dir == dir.root_path()) break;
  }
  return {};
}

SearchFeed search_feed(const PageSet& pages, const std::string& site_dir,
                       const std::string& base_path) {
  SearchFeed feed;
  feed.pagefind = find_pagefind(site_dir);
  if (feed.pagefind.empty()) return feed;
  // Framed pages: <url> \n <size> \n <bytes>. The pieces point into the pages; nothing is copied.
  static const std::string_view kBody = "<body>", kEnd = "</body></html>";
  feed.headers.reserve(pages.files.size());
  for (const OutputFile& file : pages.files) {
    if (!file.copy_from.empty() ||
        !is_searched_page(without_language_folder(file.path, pages.language_folders)))
      continue;
    std::string_view page = file.content();
    if (page.find("data-pagefind-body") == std::string_view::npos) continue;
    std::string_view head = head_of(page), main = main_of(page);
    bool trimmed = !head.empty() && !main.empty();
    std::size_t size =
        trimmed ? head.size() + kBody.size() + main.size() + kEnd.size() : page.size();
    std::string url = base_path + file.path.substr(0, file.path.size() - 10);  // no index.html
    feed.headers.push_back(url + "\n" + std::to_string(size) + "\n");
    ++feed.pages;
    feed.pieces.push_back({});  // filled in below, once headers stops moving
    if (trimmed) {
      for (std::string_view p : {head, kBody, main, kEnd}) feed.pieces.push_back(p);
    } else {
      feed.pieces.push_back(page);
    }
  }
  for (std::size_t i = 0, h = 0; i < feed.pieces.size(); ++i)
    if (feed.pieces[i].data() == nullptr) feed.pieces[i] = feed.headers[h++];
  feed.key = feed_key(feed);
  return feed;
}

SearchIndex make_search_index(const PageSet& pages, const std::string& site_dir,
                              const std::string& base_path, const std::atomic<bool>* cancel,
                              bool background) {
  return make_search_index(search_feed(pages, site_dir, base_path), cancel, background);
}

SearchIndex make_search_index(const SearchFeed& feed, const std::atomic<bool>* cancel,
                              bool background) {
  SearchIndex index;
  index.pages = feed.pages;
  if (feed.pagefind.empty()) {
    index.message =
        "search: Pagefind is not installed (no node_modules/pagefind), so the site has no search "
        "index and its search page says so; run `npm ci` in the site's folder, then build again";
    return index;
  }
  ChildRun run = run_child({"node", "--input-type=module", "-e", kSearchIndexScript, feed.pagefind},
                           feed.pieces, cancel, background ? 10 : 0);
  if (!run.started) {
    index.message =
        run.start_error == ENOENT
            ? "search: Node.js is not installed (no `node` on the PATH), so the site has no search "
              "index and its search page says so; install it (sudo apt-get install nodejs, or "
              "scripts/setup.sh), then build again"
            : "search: node could not be started (" + std::string(std::strerror(run.start_error)) +
                  "), so the site has no search index";
    return index;
  }
  if (run.exit_code == kNotInstalled) {
    index.message = "search: " + first_line(run.err) +
                    ", so the site has no search index and its search page says so; run `npm ci` "
                    "in the site's folder, then build again";
    return index;
  }
  if (run.exit_code != 0 || !read_index_files(run.out, index.files)) {
    index.outcome = SearchIndex::Outcome::failed;
    index.files.clear();
    index.message = "search: Pagefind could not make the search index: " + first_line(run.err);
    return index;
  }
  index.outcome = SearchIndex::Outcome::made;
  return index;
}

PageSet with_search_index(const PageSet& pages, const std::vector<OutputFile>& index) {
  PageSet out;
  out.files.reserve(pages.files.size() + index.size());
  for (const OutputFile& f : pages.files)
    if (!starts_with(f.path, "pagefind/")) out.files.push_back(f);
  out.files.insert(out.files.end(), index.begin(), index.end());
  std::sort(out.files.begin(), out.files.end(),
            [](const OutputFile& x, const OutputFile& y) { return x.path < y.path; });
  return out;
}

}  // namespace promisehub
