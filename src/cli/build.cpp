// `promisehub build`: load, check, render and write the site atomically.
#include <iostream>

#include "cli/args.h"
#include "cli/commands.h"
#include "cli/common.h"
#include "pipeline.h"

namespace promisehub {

int run_build(const std::vector<std::string>& raw) {
  ParsedArgs args = parse_args("build", raw, {"--site", "--out", "--now", "--jobs"},
                               {"--drafts", "--timings", "--no-search"});
  if (!args.error.empty()) return usage_error(args.error, "build");
  auto options = build_options_from(args);
  if (!options) return 2;
  options->search = !args.flag("--no-search");
  Diagnostics diags;
  BuildReport report = build_site(*options, diags);
  print_diagnostics(diags, options->site_dir);
  if (args.flag("--timings")) {
    for (const auto& [stage, seconds] : report.times.seconds)
      std::cerr << "timing: " << stage << ": " << static_cast<long>(seconds * 1000 + 0.5)
                << " ms\n";
    if (report.search_reused)
      std::cerr << "timing: search index: kept the live site's (the searched pages are as they "
                   "were)\n";
  }
  if (!report.search_message.empty()) std::cerr << report.search_message << "\n";
  if (!report.ok) {
    if (!report.search_message.empty())
      std::cerr << "To publish without search, build with --no-search.\n";
    std::cerr << "The site was not built; the previous site (if any) is unchanged.\n";
    return 1;
  }
  std::cout << "Built " << report.pages << " files into "
            << (options->out_dir.empty() ? options->site_dir + "/public" : options->out_dir) << " ("
            << report.files_written << " written, " << report.files_unchanged << " unchanged).\n";
  if (report.build_date_source == "SOURCE_DATE_EPOCH")
    std::cout << "Built for " << report.build_date.human()
              << ", the day SOURCE_DATE_EPOCH gives: updates dated after it wait.\n";
  return 0;
}

}  // namespace promisehub
