// `promisehub new update|page "Title"`: starts a new content file with its front matter filled in.
#include <iostream>

#include <boost/filesystem.hpp>

#include "cli/args.h"
#include "cli/commands.h"
#include "cli/common.h"
#include "core/text.h"
#include "load/loaders.h"
#include "pipeline.h"
#include "scaffold/new_content.h"
#include "validate/references.h"

namespace fs = boost::filesystem;

namespace promisehub {
namespace {

const char kUsage[] =
    "use `promisehub new update --plan P --actions 1.1,2.2 \"Title\"` or "
    "`promisehub new page \"Title\"`";

std::vector<std::string> split_ids(const std::string& list) {
  std::vector<std::string> ids;
  for (const auto& part : split(list, ','))
    if (!trim(part).empty()) ids.push_back(trim(part));
  return ids;
}

// Writes the file into content/<folder>/ and says what to do next.
int create(const std::string& site_dir, const std::string& folder, const std::string& name,
           const std::string& text, const std::string& next_steps) {
  fs::path dir = fs::path(site_dir) / "content" / folder;
  boost::system::error_code ec;
  fs::create_directories(dir, ec);
  std::string path = (dir / name).lexically_normal().generic_string();
  if (auto problem = write_new_file(path, text)) {
    std::cerr << "promisehub new: " << *problem << ".\n";
    return 1;
  }
  std::cout << "Created " << path << "\n" << next_steps;
  return 0;
}

// The date given with --date; without one, the day the site is built for (set once it is loaded).
std::optional<Date> update_date(const ParsedArgs& args) {
  auto given = args.get("--date");
  if (!given) return Date{};
  Date d;
  if (parse_date(*given, d) != DateParse::ok || d.day == 0) return std::nullopt;
  return d;
}

int new_update(const ParsedArgs& args, const BuildOptions& options, const std::string& title) {
  NewUpdate update;
  update.title = title;
  auto plan = args.get("--plan");
  if (!plan || trim(*plan).empty())
    return usage_error(
        "say which plan the update is about with --plan, e.g. --plan "
        "midlothian-2021-24 (the file name in content/plans/ without .yaml)",
        "new");
  update.plan = trim(*plan);
  update.actions = split_ids(args.get("--actions").value_or(""));
  auto date = update_date(args);
  if (!date) return usage_error("--date should be a date such as 2024-06-30", "new");
  update.date = *date;
  std::string slug = file_slug(title);
  if (slug.empty())
    return usage_error("the title needs some letters or digits to make the file name", "new");

  Diagnostics diags;
  auto site = load_site(options, diags);
  if (!site) {
    print_diagnostics(diags, options.site_dir);
    std::cerr << "promisehub new: fix the problems above first: the new update is checked "
                 "against the site's plans.\n";
    return 1;
  }
  if (update.date.year == 0) update.date = site->build_date;
  check_update_targets(*site, update, diags);
  if (diags.has_errors()) {
    print_diagnostics(diags, options.site_dir);
    std::cerr << "No file was written.\n";
    return 1;
  }
  return create(options.site_dir, "updates", update.date.iso() + "-" + slug + ".md",
                update_file_text(*site, update),
                "Next: write the update in that file, then see it with `promisehub serve "
                "--drafts`.\nIt stays off the site until you change `draft: true` to "
                "`draft: false`.\n");
}

int new_page(const BuildOptions& options, const std::string& title) {
  std::string slug = file_slug(title);
  if (slug.empty())
    return usage_error("the title needs some letters or digits to make the file name", "new");
  boost::system::error_code ec;
  if (!fs::is_directory(fs::path(options.site_dir) / "content", ec)) {
    std::cerr << "promisehub new: there is no content/ folder in " << options.site_dir
              << "; run this in the site's folder, or give it with --site DIR.\n";
    return 1;
  }
  // The page name must not take an address the site uses itself (checked as `build` would).
  Site probe;
  Page page;
  page.slug = slug;
  page.path = "content/pages/" + slug + ".md";
  probe.pages.push_back(page);
  Diagnostics diags;
  validate_references(probe, diags);
  if (diags.has_errors()) {
    print_diagnostics(diags, options.site_dir);
    std::cerr << "No file was written; choose another title.\n";
    return 1;
  }
  int reading_age = 9;
  Diagnostics ignored;  // a broken site.yaml is for `check` to report, not a reason to stop
  fs::path config = fs::path(options.site_dir) / "content" / "site.yaml";
  if (auto source = read_source_file(config.string(), "content/site.yaml", ignored)) {
    if (auto c = load_site_config(*source, ignored)) reading_age = c->reading_age;
  }
  return create(options.site_dir, "pages", slug + ".md", page_file_text(title, reading_age),
                "Next: write the page in that file, then see it with `promisehub serve "
                "--drafts`.\nIt stays off the site until you change `draft: true` to "
                "`draft: false`.\n");
}

}  // namespace

int run_new(const std::vector<std::string>& raw) {
  ParsedArgs args =
      parse_args("new", raw, {"--site", "--plan", "--actions", "--date", "--now"}, {}, true);
  if (!args.error.empty()) return usage_error(args.error, "new");
  if (args.positionals.empty())
    return usage_error(std::string("say what to make: ") + kUsage, "new");
  std::string kind = args.positionals.front();
  std::vector<std::string> words(args.positionals.begin() + 1, args.positionals.end());
  std::string title = trim(join(words, " "));  // forgiving when the quotes were left out
  if (kind != "update" && kind != "page")
    return usage_error("unknown kind `" + kind + "`; " + kUsage, "new");
  if (title.empty()) return usage_error("give the title in quotes; " + std::string(kUsage), "new");
  auto options = build_options_from(args);
  if (!options) return 2;
  if (kind == "page") {
    for (const char* only_update : {"--plan", "--actions", "--date"})
      if (args.get(only_update))
        return usage_error(std::string(only_update) + " is for `new update`, not pages", "new");
    return new_page(*options, title);
  }
  return new_update(args, *options, title);
}

}  // namespace promisehub
