// Finds the content files of a site (spec §1), refusing links that lead out of content/.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/diagnostics.h"
#include "model/site.h"

struct stat;

namespace promisehub {

struct ContentFile {
  std::string disk_path;     // absolute
  std::string display_path;  // relative to the site folder, e.g. "content/plans/x.yaml"
  std::string stem;          // file name without its extension
  // When the file was last changed and its size, as found while listing (-1: not known).
  long long mtime_ns = -1, size = -1;
  bool shared = false;  // a link, or a file with other names: a change may show up elsewhere
};

struct ContentTree {
  std::optional<ContentFile> site, glossary, language;
  std::vector<ContentFile> plans, updates, pages;  // sorted by file name
  // Files written as translations (`x.gd.yaml` beside `x.yaml`, `site.gd.yaml`), by path.
  std::vector<ContentFile> translations;
  std::vector<ContentFile> organisations;  // content/organisations/, sorted
  bool organisations_folder = false;       // content/organisations/ exists
  std::vector<StaticFile> static_files;    // sorted by target
};

// Updates are read from content/updates/ and from its folders (one level: a folder per
// organisation); plans and pages only from their folders themselves.
ContentTree find_content(const std::string& site_dir, Diagnostics& diags);

// Two updates in different folders with the same file name would have the same address
// (/updates/<file name>/): an error at the second, naming the first. `updates` as listed.
void report_shared_addresses(const std::vector<ContentFile>& updates, Diagnostics& diags);

// Sets f's mtime_ns and size from what stat/fstatat found.
void note_stamp(ContentFile& f, const struct stat& st);

}  // namespace promisehub
