// Output files in memory and the sorted set of them.
#include "render/page_set.h"

#include <algorithm>

namespace promisehub {

OutputFile::OutputFile(std::string path_, std::string content, std::string copy_from_)
    : path(std::move(path_)),
      copy_from(std::move(copy_from_)),
      bytes(std::make_shared<const std::string>(std::move(content))) {}

const std::string& OutputFile::content() const {
  static const std::string kEmpty;
  return bytes ? *bytes : kEmpty;
}

const OutputFile* PageSet::find(const std::string& path) const {
  auto it = std::lower_bound(files.begin(), files.end(), path,
                             [](const OutputFile& f, const std::string& p) { return f.path < p; });
  return it != files.end() && it->path == path ? &*it : nullptr;
}

}  // namespace promisehub
