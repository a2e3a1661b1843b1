// Finished output files held in memory: what rendering hands to a writer.
#pragma once

#include <string>
#include <vector>

namespace promisehub {

struct OutputFile {
  std::string path;       // relative to the output folder, with '/', e.g. "plans/x/index.html"
  std::string content;    // the bytes to write
  std::string copy_from;  // when set, the bytes come from this file on disk instead
};

struct PageSet {
  std::vector<OutputFile> files;  // sorted by path
  const OutputFile* find(const std::string& path) const;
};

}  // namespace promisehub
