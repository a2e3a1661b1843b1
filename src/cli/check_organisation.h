// `promisehub check --organisation <id>`: one organisation's files, for its own reviewers. The
// whole site is still loaded (what the files refer to is checked against it), but only the
// problems in the organisation's files are shown.
#pragma once

#include <optional>
#include <set>
#include <string>

#include "core/diagnostics.h"
#include "model/site.h"

namespace promisehub {

struct OrganisationFiles {
  std::string id, name;
  std::set<std::string> files;  // display paths: its own file, its plans, its updates
  std::size_t plans = 0, updates = 0;
};

// The files of organisation `id` in `site`, or nullopt after printing why there is none.
std::optional<OrganisationFiles> organisation_files(const Site& site, const std::string& id,
                                                    const std::string& site_dir);

// The problems of `all` in those files go to `out`; returns how many were left out.
std::size_t only_in(const Diagnostics& all, const OrganisationFiles& org, Diagnostics& out);

}  // namespace promisehub
