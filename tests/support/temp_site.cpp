// TempSite: real files in a real temporary folder.
#include "support/temp_site.h"

#include <fstream>
#include <sstream>

#include <boost/filesystem.hpp>

namespace fs = boost::filesystem;

namespace promisehub::testing {

const char* const TempSite::kSiteYaml = R"(title: Test Hub
base_url: https://hub.example.org/
language: en-GB
organisation: Test Council
reading_age: 9
help:
  - name: Childline
    phone: "0800 1111"
    url: https://www.childline.org.uk/
)";

const char* const TempSite::kPlanYaml = R"(title: Test Plan 2024
plain: What we promised you.
groups:
  - id: home
    title: A Good Home
    plain: You will have a good home.
actions:
  - id: "1.1"
    group: home
    title: We will keep brothers and sisters together where it is safe.
    plain: We will help you live with your brothers and sisters.
    leads: [Head of Service]
    due: 2024-12
    status: underway
    for: [young-people]
    themes: [family]
  - id: "1.2"
    group: home
    title: We will review every home.
    plain: We will check every home is good.
    due: Every 3 months
    status: not-started
)";

const char* const TempSite::kUpdateMd = R"(---
title: Brothers and sisters
plain: More children now live with their brothers and sisters.
date: 2024-06-30
plan: test-plan
actions: ["1.1"]
status:
  "1.1": done
---
We did it. **Twelve** children moved home together.
)";

TempSite::TempSite() {
  dir_ = (fs::temp_directory_path() / fs::unique_path("promisehub-test-%%%%-%%%%-%%%%")).string();
  fs::create_directories(fs::path(dir_) / "content" / "plans");
  fs::create_directories(fs::path(dir_) / "content" / "updates");
  fs::create_directories(fs::path(dir_) / "content" / "pages");
  write("content/site.yaml", kSiteYaml);
  write("content/plans/test-plan.yaml", kPlanYaml);
  write("content/updates/2024-06-30-brothers-and-sisters.md", kUpdateMd);
}

TempSite::~TempSite() {
  boost::system::error_code ec;
  fs::remove_all(dir_, ec);
}

void TempSite::write(const std::string& relative_path, const std::string& text) const {
  fs::path p = fs::path(dir_) / relative_path;
  fs::create_directories(p.parent_path());
  std::ofstream out(p.string(), std::ios::binary | std::ios::trunc);
  out << text;
}

void TempSite::remove(const std::string& relative_path) const {
  fs::remove_all(fs::path(dir_) / relative_path);
}

void TempSite::add_themes() const {
  fs::path from = fs::path(PROMISEHUB_SOURCE_DIR) / "themes";
  for (fs::recursive_directory_iterator it(from), end; it != end; ++it) {
    fs::path target = fs::path(dir_) / "themes" / fs::relative(it->path(), from);
    if (fs::is_directory(it->path())) {
      fs::create_directories(target);
    } else {
      fs::create_directories(target.parent_path());
      fs::copy_file(it->path(), target, fs::copy_option::overwrite_if_exists);
    }
  }
}

std::optional<Site> TempSite::load(Diagnostics& diags, const std::string& now) const {
  BuildOptions options;
  options.site_dir = dir_;
  options.now = parse_date(now);
  options.jobs = 2;
  return load_site(options, diags);
}

std::vector<std::string> TempSite::messages(const std::string& now) const {
  Diagnostics diags;
  load(diags, now);
  std::vector<std::string> out;
  for (const auto& d : diags.sorted()) out.push_back(d.to_string());
  return out;
}

void copy_example_site(const std::string& dir) {
  fs::create_directories(dir);
  for (const char* folder : {"content", "themes"}) {
    fs::copy(fs::path(PROMISEHUB_SOURCE_DIR) / folder, fs::path(dir) / folder,
             fs::copy_options::recursive);
  }
}

bool any_message_has(const std::vector<std::string>& messages,
                     const std::vector<std::string>& fragments) {
  for (const auto& m : messages) {
    bool all = true;
    for (const auto& f : fragments) all = all && m.find(f) != std::string::npos;
    if (all) return true;
  }
  return false;
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

BuildOptions session_options(const TempSite& site) {
  BuildOptions o;
  o.site_dir = site.dir();
  o.now = Date{2026, 1, 1};
  o.jobs = 2;
  return o;
}

std::map<std::string, std::string> page_bytes(const PageSet& set) {
  std::map<std::string, std::string> out;
  for (const auto& f : set.files)
    out[f.path] = f.copy_from.empty() ? f.content() : "copy:" + f.copy_from;
  return out;
}

}  // namespace promisehub::testing
