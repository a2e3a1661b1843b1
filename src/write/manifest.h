// What a build knows about the trees it wrote: for each file its inode, size, mtime and a hash of
// its bytes; for each folder its inode and mtime. Kept beside the output folder, never in it, so
// that the site stays byte-identical. Every entry is trusted only while a stat of the path still
// gives the same inode, size and mtime, so a stale or foreign manifest costs work, never a wrong
// page.
#pragma once

#include <sys/stat.h>

#include <cstdint>
#include <map>
#include <string>
#include <string_view>

namespace promisehub {

struct StatStamp {
  std::uint64_t ino = 0;
  std::int64_t mtime_ns = 0;
  std::uint64_t size = 0;  // files only

  static StatStamp of(const struct stat& st);
  bool operator==(const StatStamp& o) const {
    return ino == o.ino && mtime_ns == o.mtime_ns && size == o.size;
  }
};

struct FileStamp {
  StatStamp stat;
  std::uint64_t hash = 0;
};

// One tree (an output folder or the previous generation kept beside it).
struct TreeManifest {
  std::map<std::string, FileStamp> files;  // relative path -> stamp
  std::map<std::string, StatStamp> dirs;   // relative path ("" is the root) -> stamp
};

// Trees by the inode of their root folder: the stamps follow a tree when it is renamed.
using Manifests = std::map<std::uint64_t, TreeManifest>;

std::uint64_t content_hash(std::string_view bytes);

// Reads `file`; a missing, foreign or damaged file gives what it could read (possibly nothing).
Manifests read_manifests(const std::string& file);

// Writes `file` whole (a temporary beside it, then a rename). False when it could not.
bool write_manifests(const std::string& file, const Manifests& trees);

}  // namespace promisehub
