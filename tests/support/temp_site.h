// A throwaway site folder for tests: write content files, then load or build it for real.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/diagnostics.h"
#include "model/site.h"
#include "pipeline.h"

namespace promisehub::testing {

class TempSite {
 public:
  TempSite();  // starts with a small valid site (one plan, two actions, one update)
  ~TempSite();
  TempSite(const TempSite&) = delete;
  TempSite& operator=(const TempSite&) = delete;

  const std::string& dir() const { return dir_; }
  void write(const std::string& relative_path, const std::string& text) const;
  void remove(const std::string& relative_path) const;
  // Copies the repository's themes/ so the site can be rendered.
  void add_themes() const;

  std::optional<Site> load(Diagnostics& diags, const std::string& now = "2026-01-01") const;
  // Every diagnostic as "path:line:col: error: message — hint", sorted.
  std::vector<std::string> messages(const std::string& now = "2026-01-01") const;

  static const char* const kSiteYaml;
  static const char* const kPlanYaml;
  static const char* const kUpdateMd;

 private:
  std::string dir_;
};

// Copies the repository's example content/ and themes/ into `dir` (created if needed).
void copy_example_site(const std::string& dir);

// True when any message contains every one of the fragments.
bool any_message_has(const std::vector<std::string>& messages,
                     const std::vector<std::string>& fragments);
std::string read_file(const std::string& path);

// Options for building `site` in a session: the test day 2026-01-01, two jobs.
BuildOptions session_options(const TempSite& site);
// Every output file's bytes by path (a file copied from disk as "copy:<source>"), for comparing
// two builds.
std::map<std::string, std::string> page_bytes(const PageSet& set);

}  // namespace promisehub::testing
