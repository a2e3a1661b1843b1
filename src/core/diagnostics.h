// Collects every problem of a run (errors and warnings) so they can all be reported at once.
#pragma once

#include <map>
#include <mutex>
#include <string>
#include <utility>
#include <vector>

#include "core/source_location.h"

namespace promisehub {

enum class Severity { error, warning };

struct Diagnostic {
  Severity severity = Severity::error;
  SourceLocation where;
  std::string message;  // what is wrong
  std::string hint;     // what to do about it (may be empty)
  std::string code;     // a short stable name for tools, e.g. "unknown-key"

  // `path:line:col: error: message — hint`
  std::string to_string() const;
};

// A thread-safe sink. Loaders and validators never throw for bad content: they report here.
class Diagnostics {
 public:
  void error(SourceLocation where, std::string message, std::string hint = {},
             std::string code = {});
  void warning(SourceLocation where, std::string message, std::string hint = {},
               std::string code = {});
  void add(Diagnostic d);

  bool has_errors() const;
  std::size_t error_count() const;
  std::size_t warning_count() const;
  // Sorted by file, line, column, then message, so output is stable whatever the thread order.
  std::vector<Diagnostic> sorted() const;
  std::vector<Diagnostic> all() const;

 private:
  mutable std::mutex mutex_;
  std::vector<Diagnostic> items_;
};

// The lines of the files diagnostics point into, each file read once when first asked for:
// thousands of findings in one long file do not read it again for each.
class SourceLines {
 public:
  explicit SourceLines(std::string site_dir) : site_dir_(std::move(site_dir)) {}
  // Line `line` (1-based) of `path`, or nullptr when the file cannot be read or is shorter.
  const std::string* line(const std::string& path, int line);

 private:
  std::string site_dir_;
  std::map<std::string, std::vector<std::string>> files_;
};

// Prints the diagnostic and, when the file can be read, the source line with a caret beneath.
std::string format_with_source(const Diagnostic& d, SourceLines& sources);
std::string format_with_source(const Diagnostic& d, const std::string& site_dir);

// Machine-readable output for `--format json`.
std::string diagnostics_to_json(const std::vector<Diagnostic>& items);

}  // namespace promisehub
