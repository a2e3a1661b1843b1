// `promisehub serve`: preview on 127.0.0.1, rebuilt and reloaded on every change.
#include <iostream>

#include <boost/filesystem.hpp>

#include "cli/args.h"
#include "cli/commands.h"
#include "cli/common.h"
#include "core/text.h"
#include "serve/preview.h"

namespace promisehub {
namespace {

std::optional<int> parse_port(const std::string& text) {
  char* end = nullptr;
  long n = std::strtol(text.c_str(), &end, 10);
  if (text.empty() || *end != '\0' || n < 1 || n > 65535) return std::nullopt;
  return static_cast<int>(n);
}

void print_build(const RebuildReport& r, const std::string& site_dir, bool first) {
  Diagnostics diags;
  for (const auto& d : r.diagnostics) diags.add(d);
  print_diagnostics(diags, site_dir);
  if (r.ok) {
    std::cout << "Built " << r.files << " files in " << r.milliseconds << " ms." << std::endl;
  } else if (first) {
    std::cerr << "The site could not be built; the preview shows the problems until they are fixed."
              << std::endl;
  } else {
    std::cerr << "The site was not rebuilt; the preview shows the problems and the last version "
                 "that worked."
              << std::endl;
  }
}

}  // namespace

int run_serve(const std::vector<std::string>& raw) {
  ParsedArgs args = parse_args("serve", raw, {"--site", "--port", "--now", "--jobs"}, {"--drafts"});
  if (!args.error.empty()) return usage_error(args.error, "serve");
  auto options = build_options_from(args);
  if (!options) return 2;
  auto port = parse_port(args.get("--port").value_or("1313"));
  if (!port)
    return usage_error("--port should be a whole number from 1 to 65535, e.g. 1313", "serve");

  boost::system::error_code ec;
  if (!boost::filesystem::is_directory(boost::filesystem::path(options->site_dir) / "content",
                                       ec)) {
    std::cerr << "promisehub serve: there is no content/ folder in " << options->site_dir
              << "; run this in the site's folder, or give it with --site DIR.\n";
    return 1;
  }

  PreviewReporter report;
  bool first = true;
  report.built = [&](const RebuildReport& r) {
    print_build(r, options->site_dir, first);
    first = false;
  };
  report.changed = [&](const std::vector<std::string>& changed) {
    std::string first = changed.front();
    if (starts_with(first, options->site_dir + "/")) first.erase(0, options->site_dir.size() + 1);
    std::cout << "Changed: " << first;
    if (changed.size() > 1) std::cout << " and " << changed.size() - 1 << " more";
    std::cout << std::endl;
  };
  report.serving = [](const std::string& url) {
    std::cout << "Serving the preview at " << url << " (press Ctrl-C to stop)." << std::endl;
  };
  report.problem = [](const std::string& message) {
    std::cerr << "promisehub serve: " << message << std::endl;
  };
  report.stopping = [] { std::cout << "\nStopping the preview." << std::endl; };
  return run_preview(*options, *port, report);
}

}  // namespace promisehub
