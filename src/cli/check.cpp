// `promisehub check`: everything `build` checks, plus the plain-language lint; writes nothing.
#include <iostream>

#include "cli/args.h"
#include "cli/commands.h"
#include "cli/common.h"
#include "lint/site_lint.h"
#include "pipeline.h"

namespace promisehub {

namespace {

// Names the files checked that readers cannot see yet, so a problem in one is not a surprise.
void print_unpublished(const Site& site) {
  std::vector<std::string> lines;
  for (const Update& u : site.updates) {
    if (u.published_by(site.build_date)) continue;
    lines.push_back("  " + u.path +
                    (u.draft ? " (a draft)" : " (appears on " + u.date.iso() + ")"));
  }
  for (const Page& p : site.pages)
    if (p.draft) lines.push_back("  " + p.path + " (a draft)");
  if (lines.empty()) return;
  std::cout << "Checked too, though not on the site yet:\n";
  for (const auto& line : lines) std::cout << line << '\n';
}

}  // namespace

int run_check(const std::vector<std::string>& raw) {
  ParsedArgs args =
      parse_args("check", raw, {"--site", "--now", "--format"}, {"--strict", "--drafts"});
  if (!args.error.empty()) return usage_error(args.error, "check");
  auto options = build_options_from(args);
  if (!options) return 2;
  std::string format = args.get("--format").value_or("text");
  if (format != "text" && format != "json")
    return usage_error("--format should be text or json", "check");

  // What will be published next is checked now: drafts and future updates too, so that a
  // draft's problems are found while it is a draft, not by readers once it is published.
  options->drafts = true;
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
    if (site) print_unpublished(*site);
  }
  if (diags.has_errors()) return 1;
  if (args.flag("--strict") && diags.warning_count() > 0) return 1;
  return 0;
}

}  // namespace promisehub
