// Shared by the libFuzzer targets: bytes in as a content file, and the invariants every loader
// keeps whatever it is given (no exception, every error located).
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <optional>
#include <string>

#include "core/diagnostics.h"
#include "load/source_text.h"

namespace promisehub::fuzz {

// The bytes as a content file, through the same first checks as a file read from disk.
inline std::optional<SourceText> source_from(const uint8_t* data, size_t size, const char* path,
                                             Diagnostics& diags) {
  return accept_source_text(path, std::string(reinterpret_cast<const char*>(data), size), diags);
}

// Every problem in a file's text names a line and a column in that file.
inline void check_located(const Diagnostics& diags, const char* path) {
  for (const auto& d : diags.all()) {
    if (d.where.path != path || d.where.line < 1 || d.where.column < 1 || d.message.empty()) {
      std::fprintf(stderr, "not located: %s\n", d.to_string().c_str());
      __builtin_trap();
    }
  }
}

}  // namespace promisehub::fuzz
