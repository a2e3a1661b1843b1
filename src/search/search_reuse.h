// The search index of the last build, used again when a build gives Pagefind the very same
// pages. Pagefind takes several times as long as the rest of a build and cannot update an index
// in part, so a build that changes nothing a reader can search for keeps the index it has.
// What the last index was made from is kept beside the output folder
// (`.<out>.promisehub-search`), never in it: the key of its input and each file's size and hash.
// Its files are read back from the live site and checked against that list; a missing or
// changed file means a new index, never a stale one.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "render/page_set.h"

namespace promisehub {

// The index files of the site in `out_dir`, when its last build made them from `key`.
std::optional<std::vector<OutputFile>> reusable_search_index(const std::string& out_dir,
                                                             std::uint64_t key);

// After a build wrote `files` (the index made from `key`) into `out_dir`. Without files (a site
// built without search) the record is removed.
void remember_search_index(const std::string& out_dir, std::uint64_t key,
                           const std::vector<OutputFile>& files);

}  // namespace promisehub
