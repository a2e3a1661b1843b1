// Brings a tree that is not live (the previous generation, or a new empty folder) up to date with
// a finished PageSet, doing only what changed: a file whose stamp and hash still match is left
// alone, a file the live site holds with the same bytes is hard-linked from it (so unchanged
// files keep their inode and mtime), anything else is written anew. What the tree holds that no
// build made is removed, but for what is carried over from the live site (.gitkeep).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "render/page_set.h"
#include "write/manifest.h"

namespace promisehub {

struct TreeUpdate {
  int tree = -1;                             // the folder to bring up to date, open
  int live = -1;                             // the live site, open (-1: there is none)
  TreeManifest* tree_known = nullptr;        // what the tree held (null: unknown); used up
  const TreeManifest* live_known = nullptr;  // what the live site holds (null: unknown)
  int jobs = 1;
  std::size_t uncounted = SIZE_MAX;  // a file not counted in written or unchanged (bookkeeping)
};

struct TreeUpdateResult {
  bool ok = false;
  std::string problem;        // when not ok: the first file, in path order, that failed
  std::size_t written = 0;    // files whose bytes the live site did not have
  std::size_t unchanged = 0;  // files with the live site's bytes
  std::size_t touched = 0;    // files written or linked in the tree
  TreeManifest manifest;      // what the tree holds now
};

// Entries of the live site's top folder a build carries over although it did not make them.
bool is_carried_over(const std::string& top_level_name);

TreeUpdateResult update_tree(const std::vector<const OutputFile*>& files, const TreeUpdate& how);

}  // namespace promisehub
