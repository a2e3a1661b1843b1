// Where a piece of content came from: a file, a 1-based line and a 1-based column.
#pragma once

#include <string>

namespace promisehub {

struct SourceLocation {
  std::string path;  // as shown to people: relative to the site folder where possible
  int line = 0;      // 1-based; 0 means "the whole file"
  int column = 0;    // 1-based; 0 means "the whole line"

  std::string to_string() const;
};

}  // namespace promisehub
