// Writes a finished PageSet to disk atomically: the previous generation kept beside the output
// folder is brought up to date with what changed, then swapped in whole. Files whose bytes did not
// change keep their inode and mtime; a build that changes nothing writes nothing.
#pragma once

#include <string>

#include "core/diagnostics.h"
#include "render/page_set.h"

namespace promisehub {

struct WriteResult {
  bool ok = false;
  std::size_t written = 0;    // files with new bytes
  std::size_t unchanged = 0;  // files carried over from the previous build untouched
  std::size_t touched = 0;    // files written or linked into place (the rest were left alone)
};

struct WriteOptions {
  int jobs = 0;          // files written at once (0: all cores)
  std::string site_dir;  // never replaced, nor its parents, content/ or themes/ (empty: no site)
};

// Refuses (with a diagnostic, writing nothing) a folder that holds files a build did not make.
WriteResult write_site_atomically(const PageSet& pages, const std::string& out_dir,
                                  Diagnostics& diags, const WriteOptions& options = {});

// Rejects absolute paths, "..", empty segments and backslashes: nothing may land outside --out.
bool is_confined_output_path(const std::string& relative_path);

// A file of the build's own beside the output folder: "<parent>/.<out><tag>", for `out_dir`
// written any way ("public", "public/", "./x/public/.").
std::string beside_output(const std::string& out_dir, const std::string& tag);

// Removes temporary folders left beside `out_dir` by builds that were killed.
void remove_stale_temporaries(const std::string& out_dir);

}  // namespace promisehub
