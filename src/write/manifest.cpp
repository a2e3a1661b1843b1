// The manifest beside the output folder: a line per tree ("t <inode>") and per entry in it
// ("d <inode> <mtime>" and "f <inode> <mtime> <size> <hash>", then the path, last so that it may
// hold spaces). Paths with a line break are left out (they are simply written again every build).
#include "write/manifest.h"

#include <charconv>
#include <cstdio>
#include <fstream>
#include <functional>
#include <iterator>
#include <string_view>
#include <system_error>

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
  std::string text((std::istreambuf_iterator<char>(in)), {});
  std::string_view rest(text);
  auto line_of = [&rest]() {
    std::size_t end = rest.find('\n');
    std::string_view line = rest.substr(0, end);
    rest.remove_prefix(end == std::string_view::npos ? rest.size() : end + 1);
    return line;
  };
  // A number and the space after it, or false.
  auto number = [](std::string_view& line, int base, auto& value) {
    const char* begin = line.data();
    const char* end = begin + line.size();
    auto [ptr, ec] = std::from_chars(begin, end, value, base);
    if (ec != std::errc() || ptr == end || *ptr != ' ') return false;
    line.remove_prefix(static_cast<std::size_t>(ptr - begin) + 1);
    return true;
  };
  if (line_of() != kHeader) return trees;
  TreeManifest* tree = nullptr;
  while (!rest.empty()) {
    std::string_view line = line_of();
    if (line.size() < 2 || line[1] != ' ') return {};  // damaged: trust none of it
    char kind = line[0];
    line.remove_prefix(2);
    if (kind == 't') {  // a tree: "t <inode of its root>"
      std::uint64_t ino = 0;
      auto [ptr, ec] = std::from_chars(line.data(), line.data() + line.size(), ino);
      if (ec != std::errc() || ptr != line.data() + line.size()) return {};
      tree = &trees[ino];
      continue;
    }
    StatStamp s;
    FileStamp f;
    bool ok = kind == 'd'   ? number(line, 10, s.ino) && number(line, 10, s.mtime_ns)
              : kind == 'f' ? number(line, 10, f.stat.ino) && number(line, 10, f.stat.mtime_ns) &&
                                  number(line, 10, f.stat.size) && number(line, 16, f.hash)
                            : false;
    if (!ok || !tree) return {};
    std::string path(line);
    if (kind == 'd') {
      tree->dirs.emplace_hint(tree->dirs.end(), std::move(path), s);
    } else {
      tree->files.emplace_hint(tree->files.end(), std::move(path), f);
    }
  }
  return trees;
}

bool write_manifests(const std::string& file, const Manifests& trees) {
  std::string text = std::string(kHeader) + "\n";
  char buffer[128];
  for (const auto& [ino, tree] : trees) {
    text += "t " + std::to_string(ino) + "\n";
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
