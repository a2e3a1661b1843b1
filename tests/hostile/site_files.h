// Folder helpers for tests that run the real binary on real folders: copy a site, take a snapshot
// of an output folder, find what a build left beside it. Header-only.
#pragma once

#include <fstream>
#include <map>
#include <string>
#include <vector>

#include <boost/filesystem.hpp>

#include "hostile/process.h"

namespace promisehub::hostile {

namespace fs = boost::filesystem;

inline void copy_tree(const fs::path& from, const fs::path& to) {
  fs::create_directories(to);
  for (fs::recursive_directory_iterator it(from), end; it != end; ++it) {
    fs::path target = to / fs::relative(it->path(), from);
    if (fs::is_directory(it->path())) {
      fs::create_directories(target);
    } else {
      fs::create_directories(target.parent_path());
      fs::copy_file(it->path(), target, fs::copy_option::overwrite_if_exists);
    }
  }
}

inline void write_bytes(const fs::path& p, const std::string& bytes) {
  fs::create_directories(p.parent_path());
  std::ofstream out(p.string(), std::ios::binary | std::ios::trunc);
  out << bytes;
}

// Every regular file under `dir` (links are not followed), relative path → bytes.
inline std::map<std::string, std::string> snapshot(const fs::path& dir) {
  std::map<std::string, std::string> files;
  if (!fs::exists(dir)) return files;
  for (fs::recursive_directory_iterator it(dir), end; it != end; ++it) {
    if (fs::is_regular_file(it->symlink_status()))
      files[fs::relative(it->path(), dir).generic_string()] = slurp(it->path().string());
  }
  return files;
}

// The names of what a build makes beside `out` while it writes (".public.promisehub-…"), but for
// what every finished build keeps there: the previous generation and the manifest.
inline std::vector<std::string> leftovers_beside(const fs::path& out) {
  std::vector<std::string> found;
  std::string prefix = "." + out.filename().string() + ".promisehub-";
  for (fs::directory_iterator it(out.parent_path()), end; it != end; ++it) {
    std::string name = it->path().filename().string();
    if (name.rfind(prefix, 0) != 0) continue;
    if (name == prefix + "previous" || name == prefix + "manifest") continue;
    found.push_back(name);
  }
  return found;
}

// The first difference between two snapshots, for a readable failure ("" when equal).
inline std::string first_difference(const std::map<std::string, std::string>& a,
                                    const std::map<std::string, std::string>& b) {
  for (const auto& [path, bytes] : a) {
    auto it = b.find(path);
    if (it == b.end()) return "only in the first: " + path;
    if (it->second != bytes) return "different bytes: " + path;
  }
  for (const auto& [path, bytes] : b)
    if (!a.count(path)) return "only in the second: " + path;
  return "";
}

}  // namespace promisehub::hostile
