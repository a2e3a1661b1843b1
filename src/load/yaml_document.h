// Parses YAML text into a yaml-cpp node, turning every parser failure into a located diagnostic.
#pragma once

#include <optional>
#include <string>

#include <yaml-cpp/yaml.h>

#include "core/diagnostics.h"
#include "load/source_text.h"

namespace promisehub {

// `first_line` is the file line where the YAML text starts (front matter starts on line 2).
std::optional<YAML::Node> parse_yaml(const SourceText& source, const std::string& yaml_text,
                                     int first_line, Diagnostics& diags);

SourceLocation location_of(const YAML::Mark& mark, const std::string& path, int first_line);

}  // namespace promisehub
