// Argument parsing.
#include "cli/args.h"

#include <algorithm>

#include "core/text.h"

namespace promisehub {

std::optional<std::string> ParsedArgs::get(const std::string& name) const {
  auto it = options.find(name);
  if (it == options.end()) return std::nullopt;
  return it->second;
}

ParsedArgs parse_args(const std::string& command, const std::vector<std::string>& args,
                      const std::vector<std::string>& value_options,
                      const std::vector<std::string>& flag_options, bool positionals) {
  ParsedArgs out;
  out.command = command;
  auto known = [](const std::vector<std::string>& list, const std::string& s) {
    return std::find(list.begin(), list.end(), s) != list.end();
  };
  for (std::size_t i = 0; i < args.size(); ++i) {
    std::string a = args[i];
    if (!starts_with(a, "--") || a == "--") {
      if (!positionals) {
        out.error = "`" + a + "` is not an option of `promisehub " + command +
                    "` (options start with --, e.g. --site DIR)";
        return out;
      }
      out.positionals.push_back(a);
      continue;
    }
    std::string value;
    bool has_value = false;
    std::size_t eq = a.find('=');
    if (eq != std::string::npos) {
      value = a.substr(eq + 1);
      a = a.substr(0, eq);
      has_value = true;
    }
    if (known(flag_options, a)) {
      if (has_value) {
        out.error = a + " does not take a value";
        return out;
      }
      out.options[a] = "true";
    } else if (known(value_options, a)) {
      if (!has_value) {
        if (i + 1 >= args.size()) {
          out.error = a + " needs a value";
          return out;
        }
        value = args[++i];
      }
      out.options[a] = value;
    } else {
      std::vector<std::string> all = value_options;
      all.insert(all.end(), flag_options.begin(), flag_options.end());
      out.error = "unknown option " + a;
      if (auto guess = closest_match(a, all)) out.error += " (did you mean " + *guess + "?)";
      return out;
    }
  }
  return out;
}

}  // namespace promisehub
