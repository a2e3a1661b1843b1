// `promisehub check`: everything `build` checks, plus the plain-language lint; writes nothing.
#include <iostream>
#include <map>
#include <set>

#include "cli/args.h"
#include "cli/check_organisation.h"
#include "cli/commands.h"
#include "cli/common.h"
#include "core/text.h"
#include "i18n/catalog_loader.h"
#include "lint/site_lint.h"
#include "pipeline.h"

namespace promisehub {

namespace {

// The files checked that readers cannot see yet, each with when they will: "a draft", or
// "appears on 2025-07-01".
std::map<std::string, std::string> unpublished_files(const Site& site) {
  std::map<std::string, std::string> files;
  for (const Update& u : site.updates) {
    if (u.published_by(site.build_date)) continue;
    files[u.path] = u.draft ? "a draft" : "appears on " + u.date.iso();
  }
  for (const Page& p : site.pages)
    if (p.draft) files[p.path] = "a draft";
  return files;
}

// Names the files checked that readers cannot see yet, so a problem in one is not a surprise.
void print_unpublished(const std::map<std::string, std::string>& files) {
  if (files.empty()) return;
  std::cout << "Checked too, though not on the site yet:\n";
  for (const auto& [path, when] : files) std::cout << "  " << path << " (" << when << ")\n";
}

// Says which problems are in what readers cannot see yet, and which errors `build` does not
// stop on today but will once a draft or future update is published.
void mark_unpublished(const Diagnostics& diags, const std::map<std::string, std::string>& files,
                      const std::set<std::string>& errors_today, Diagnostics& marked) {
  for (Diagnostic d : diags.all()) {
    auto file = files.find(d.where.path);
    bool later = d.severity == Severity::error && !errors_today.count(d.to_string());
    std::string in;
    if (file != files.end())
      in = file->second == "a draft" ? "in a draft" : "in an update that " + file->second;
    if (later && file != files.end() && file->second == "a draft")
      d.message = "in a draft (build will stop here once it is published): " + d.message;
    else if (later && file != files.end())
      d.message = in + " (build will stop here on that day): " + d.message;
    else if (later)
      d.message =
          "once drafts and future updates are published (build will stop here): " + d.message;
    else if (!in.empty())
      d.message = in + ": " + d.message;
    marked.add(std::move(d));
  }
}

// Reading age is measured for English only: said, so that no problems in Gaelic is not read
// as "easy enough to read".
void print_reading_age_note(const SiteConfig& config) {
  std::vector<std::string> others = languages_without_reading_age(config);
  if (others.empty()) return;
  std::cout << "Reading age is measured for English texts only. Texts in " << join(others, ", ")
            << " were checked for words to avoid and unexplained short forms, with that "
               "language's own content/language.<code>.yaml and glossary.<code>.yaml.\n";
}

// The errors `build` reports today, when drafts and future updates are left out.
std::set<std::string> build_errors_today(BuildOptions options) {
  options.drafts = false;
  Diagnostics today;
  load_site(options, today);
  std::set<std::string> errors;
  for (const Diagnostic& d : today.all())
    if (d.severity == Severity::error) errors.insert(d.to_string());
  return errors;
}

}  // namespace

int run_check(const std::vector<std::string>& raw) {
  ParsedArgs args = parse_args("check", raw, {"--site", "--now", "--format", "--organisation"},
                               {"--strict", "--drafts"});
  if (!args.error.empty()) return usage_error(args.error, "check");
  auto options = build_options_from(args);
  if (!options) return 2;
  std::string format = args.get("--format").value_or("text");
  if (format != "text" && format != "json")
    return usage_error("--format should be text or json", "check");

  // What will be published next is checked now: drafts and future updates too, so that a
  // draft's problems are found while it is a draft, not by readers once it is published.
  options->drafts = true;
  Diagnostics found;
  Site failed;
  auto site = load_site(*options, found, nullptr, &failed);
  if (site) {
    lint_site(*site, found);
    render_site(*site, *options, found);  // template problems are found by rendering
    // The theme's words for each other language: what is missing, at its file.
    for (const auto& lang : site->config.languages)
      load_catalog(options->site_dir + "/themes/" + site->config.theme,
                   "themes/" + site->config.theme, lang.value, found);
  }
  std::map<std::string, std::string> files = unpublished_files(site ? *site : failed);
  // Only errors need telling apart: loading again as build does costs nothing when there are
  // none.
  std::set<std::string> errors_today;
  if (found.has_errors()) errors_today = build_errors_today(*options);
  Diagnostics all;
  mark_unpublished(found, files, errors_today, all);

  // --organisation: only that organisation's files (what they refer to was checked above).
  std::optional<OrganisationFiles> org;
  std::size_t others = 0;
  Diagnostics one;
  if (auto id = args.get("--organisation")) {
    org = organisation_files(site ? *site : failed, *id, options->site_dir);
    if (!org) return 2;
    others = only_in(all, *org, one);
  }
  const Diagnostics& diags = org ? one : all;

  if (format == "json") {
    std::cout << diagnostics_to_json(diags.sorted());
  } else {
    if (org) {
      std::cout << "Checked " << org->name << " (" << org->id << "): its file, " << org->plans
                << (org->plans == 1 ? " plan" : " plans") << " and " << org->updates
                << (org->updates == 1 ? " update" : " updates") << ", and what they refer to.\n";
    }
    print_diagnostics(diags, options->site_dir);
    if (!diags.has_errors() && diags.warning_count() == 0) std::cout << "No problems found.\n";
    if (org && others > 0)
      std::cout << others
                << (others == 1 ? " problem in another file of the site is"
                                : " problems in other files of the site are")
                << " not shown: run `promisehub check` to see " << (others == 1 ? "it" : "them")
                << ".\n";
    print_unpublished(files);
    if (site) print_reading_age_note(site->config);
  }
  if (diags.has_errors()) return 1;
  if (args.flag("--strict") && diags.warning_count() > 0) return 1;
  return 0;
}

}  // namespace promisehub
