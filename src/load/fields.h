// Reads one YAML mapping against a schema: known keys only, no duplicates, types and required
// values checked, every problem reported with its location and a hint. Never throws.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <yaml-cpp/yaml.h>

#include "core/dates.h"
#include "core/diagnostics.h"
#include "model/site.h"

namespace promisehub {

// One file's problems, passed on to the run's diagnostics up to a limit, then one note that
// there are more: a broken 8 MiB file can hold millions, and the loaders stop early when full.
class FileProblems {
 public:
  static constexpr std::size_t kLimit = 200;
  explicit FileProblems(Diagnostics& out) : out_(out) {}

  void error(SourceLocation where, std::string message, std::string hint = {},
             std::string code = {});
  void warning(SourceLocation where, std::string message, std::string hint = {},
               std::string code = {});
  bool full() const { return count_ > kLimit; }
  Diagnostics& sink() const { return out_; }  // for the few checks made once per value

 private:
  bool admit(const SourceLocation& where);

  Diagnostics& out_;
  std::size_t count_ = 0;
};

class Fields {
 public:
  // `what` names the thing for messages, e.g. "action 1.2" or "the site".
  Fields(const YAML::Node& node, std::string path, int first_line, std::string what,
         std::vector<std::string> allowed, FileProblems& diags);

  bool is_map() const { return is_map_; }
  SourceLocation where() const { return at(node_); }
  SourceLocation at(const YAML::Node& n) const;
  const std::string& path() const { return path_; }
  int first_line() const { return first_line_; }
  FileProblems& diags() const { return diags_; }

  bool has(const std::string& key) const;
  // The value node for `key` (the first one, when a key was written twice), or null.
  std::optional<YAML::Node> get(const std::string& key) const;
  SourceLocation key_at(const std::string& key) const;

  std::optional<LocatedText> text(const std::string& key, bool required = false,
                                  const std::string& hint = {}) const;
  std::vector<LocatedText> text_list(const std::string& key) const;
  // YYYY, YYYY-MM or YYYY-MM-DD only.
  std::optional<Located<Date>> date(const std::string& key, bool required = false) const;
  std::optional<double> number(const std::string& key, bool required = false) const;
  std::optional<bool> boolean(const std::string& key) const;
  std::optional<int> integer(const std::string& key, int min, int max) const;

  // Scalar → text, with errors for maps and lists; used for items of lists too.
  std::optional<LocatedText> scalar_text(const YAML::Node& n, const std::string& key) const;

 private:
  bool has_key_written(const std::string& key) const;

  YAML::Node node_;
  std::string path_;
  int first_line_;
  std::string what_;
  bool is_map_ = false;
  std::vector<std::pair<std::string, std::pair<YAML::Node, YAML::Node>>> entries_;
  FileProblems& diags_;
};

// "`x` should be one of: a, b, c"
std::string list_of(const std::vector<std::string>& words);

}  // namespace promisehub
