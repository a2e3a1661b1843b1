// Helpers shared by the commands: usage errors and options common to build, check and serve.
#pragma once

#include <optional>
#include <string>

#include "cli/args.h"
#include "pipeline.h"

namespace promisehub {

int usage_error(const std::string& message, const std::string& command);
std::optional<BuildOptions> build_options_from(const ParsedArgs& args);

}  // namespace promisehub
