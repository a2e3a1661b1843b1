// Collects every problem of a run (errors and warnings) so they can all be reported at once.
#pragma once

#include <mutex>
#include <string>
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

// Prints the diagnostic and, when the file can be read, the source line with a caret beneath.
std::string format_with_source(const Diagnostic& d, const std::string& site_dir);

// Machine-readable output for `--format json`.
std::string diagnostics_to_json(const std::vector<Diagnostic>& items);

}  // namespace promisehub
