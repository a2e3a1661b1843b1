// Command-line parsing shared by every command: `--flag value`, `--flag=value` and positionals.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace promisehub {

struct ParsedArgs {
  std::string command;
  std::map<std::string, std::string> options;  // "--site" -> "DIR"; flags map to "true"
  std::vector<std::string> positionals;
  std::string error;  // set when the arguments could not be understood

  bool flag(const std::string& name) const { return options.count(name) > 0; }
  std::optional<std::string> get(const std::string& name) const;
};

// `value_options` take a value; `flag_options` do not. Anything else is an error with a hint, and
// so is a word that is not an option, unless the command takes such words (`positionals`).
ParsedArgs parse_args(const std::string& command, const std::vector<std::string>& args,
                      const std::vector<std::string>& value_options,
                      const std::vector<std::string>& flag_options, bool positionals = false);

}  // namespace promisehub
