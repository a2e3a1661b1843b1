// `promisehub check`: everything `build` checks, plus the plain-language lint; writes nothing.
#include <iostream>

#include "cli/args.h"
#include "cli/commands.h"
#include "cli/common.h"
#include "lint/site_lint.h"
#include "pipeline.h"

namespace promisehub {

int run_check(const std::vector<std::string>& raw) {
  ParsedArgs args = parse_args(raw, {"--site", "--now", "--format"}, {"--strict", "--drafts"});
  if (!args.error.empty()) return usage_error(args.error, "check");
  auto options = build_options_from(args);
  if (!options) return 2;
  std::string format = args.get("--format").value_or("text");
  if (format != "text" && format != "json")
    return usage_error("--format should be text or json", "check");

  Diagnostics diags;
  auto site = load_site(*options, diags);
  if (site) {
    lint_site(*site, diags);
    render_site(*site, *options, diags);  // template problems are found by rendering
  }
  if (format == "json") {
    std::cout << diagnostics_to_json(diags.sorted());
  } else {
    print_diagnostics(diags, options->site_dir);
    if (!diags.has_errors() && diags.warning_count() == 0) std::cout << "No problems found.\n";
  }
  if (diags.has_errors()) return 1;
  if (args.flag("--strict") && diags.warning_count() > 0) return 1;
  return 0;
}

}  // namespace promisehub
