// The manifest beside the output folder: a line per entry, the path last so that it may hold
// spaces. Paths with a line break are left out (they are simply written again every build).
#include "write/manifest.h"

#include <cstdio>
#include <fstream>
#include <functional>
#include <sstream>

#include <boost/filesystem.hpp>

namespace promisehub {
namespace {

const char kHeader[] = "promisehub-manifest 1";

}  // namespace

StatStamp StatStamp::of(const struct stat& st) {
  StatStamp s;
  s.ino = static_cast<std::uint64_t>(st.st_ino);
  s.mtime_ns = static_cast<std::int64_t>(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec;
  s.size = S_ISREG(st.st_mode) ? static_cast<std::uint64_t>(st.st_size) : 0;
  return s;
}

std::uint64_t content_hash(std::string_view bytes) {
  // 64 bits (libstdc++'s Murmur hash), and the size is compared as well: an accidental match is
  // out of reach for real content.
  return std::hash<std::string_view>{}(bytes);
}

Manifests read_manifests(const std::string& file) {
  Manifests trees;
  std::ifstream in(file, std::ios::binary);
  std::string line;
  if (!std::getline(in, line) || line != kHeader) return trees;
  TreeManifest* tree = nullptr;
  while (std::getline(in, line)) {
    std::istringstream fields(line);
    std::string kind;
    fields >> kind;
    if (kind == "tree") {
      std::uint64_t ino = 0;
      if (!(fields >> ino)) return {};
      tree = &trees[ino];
      continue;
    }
    if (!tree) return {};
    StatStamp s;
    FileStamp f;
    if (kind == "d" && fields >> s.ino >> s.mtime_ns) {
    } else if (kind == "f" &&
               fields >> f.stat.ino >> f.stat.mtime_ns >> f.stat.size >> std::hex >> f.hash) {
    } else {
      return {};  // damaged: trust none of it
    }
    std::string path;
    if (fields.get() != ' ') return {};
    std::getline(fields, path);
    if (kind == "d") {
      tree->dirs[path] = s;
    } else {
      tree->files[path] = f;
    }
  }
  return trees;
}

bool write_manifests(const std::string& file, const Manifests& trees) {
  std::string text = std::string(kHeader) + "\n";
  char buffer[128];
  for (const auto& [ino, tree] : trees) {
    text += "tree " + std::to_string(ino) + "\n";
    for (const auto& [path, s] : tree.dirs) {
      if (path.find('\n') != std::string::npos) continue;
      std::snprintf(buffer, sizeof buffer, "d %llu %lld ", static_cast<unsigned long long>(s.ino),
                    static_cast<long long>(s.mtime_ns));
      text += buffer + path + "\n";
    }
    for (const auto& [path, f] : tree.files) {
      if (path.find('\n') != std::string::npos) continue;
      std::snprintf(
          buffer, sizeof buffer, "f %llu %lld %llu %llx ",
          static_cast<unsigned long long>(f.stat.ino), static_cast<long long>(f.stat.mtime_ns),
          static_cast<unsigned long long>(f.stat.size), static_cast<unsigned long long>(f.hash));
      text += buffer + path + "\n";
    }
  }
  std::string temp = file + ".tmp";
  {
    std::ofstream out(temp, std::ios::binary | std::ios::trunc);
    out.write(text.data(), static_cast<std::streamsize>(text.size()));
    if (!out.flush()) return false;
  }
  return std::rename(temp.c_str(), file.c_str()) == 0;
}

}  // namespace promisehub
