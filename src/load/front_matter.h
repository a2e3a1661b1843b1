// Splits a Markdown file into its YAML front matter and its body, remembering line numbers.
#pragma once

#include <optional>
#include <string>

#include "core/diagnostics.h"
#include "load/source_text.h"

namespace promisehub {

struct FrontMatter {
  std::string yaml;
  int yaml_first_line = 2;  // the line after the opening ---
  std::string body;
  int body_first_line = 1;
};

std::optional<FrontMatter> split_front_matter(const SourceText& source, Diagnostics& diags);

}  // namespace promisehub
