// Shared command-line helpers.
#include "cli/common.h"

#include <iostream>

#include "cli/commands.h"
#include "core/text.h"

namespace promisehub {

int usage_error(const std::string& message, const std::string& command) {
  std::cerr << "promisehub " << command << ": " << message << "\n"
            << "Run `promisehub --help` to see the commands and their options.\n";
  return 2;
}

std::optional<BuildOptions> build_options_from(const ParsedArgs& args) {
  BuildOptions o;
  if (auto v = args.get("--site")) o.site_dir = *v;
  if (auto v = args.get("--out")) o.out_dir = *v;
  o.drafts = args.flag("--drafts");
  if (auto v = args.get("--now")) {
    Date d;
    if (parse_date(*v, d) != DateParse::ok || d.day == 0) {
      usage_error("--now should be a date such as 2024-06-30", args.command);
      return std::nullopt;
    }
    o.now = d;
  }
  if (auto v = args.get("--jobs")) {
    char* end = nullptr;
    long n = std::strtol(v->c_str(), &end, 10);
    if (v->empty() || *end != '\0' || n < 1 || n > 256) {
      usage_error("--jobs should be a whole number from 1 to 256", args.command);
      return std::nullopt;
    }
    o.jobs = static_cast<int>(n);
  }
  return o;
}

void print_diagnostics(const Diagnostics& diags, const std::string& site_dir) {
  auto items = diags.sorted();
  SourceLines sources(site_dir);
  for (const auto& d : items) std::cerr << format_with_source(d, sources);
  std::size_t errors = 0, warnings = 0;
  for (const auto& d : items) (d.severity == Severity::error ? errors : warnings)++;
  if (errors || warnings) {
    std::cerr << errors << (errors == 1 ? " error" : " errors") << ", " << warnings
              << (warnings == 1 ? " warning" : " warnings") << ".\n";
  }
}

}  // namespace promisehub
