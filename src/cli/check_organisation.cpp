// One organisation's files.
#include "cli/check_organisation.h"

#include <iostream>

#include "core/text.h"
#include "load/fields.h"

namespace promisehub {

std::optional<OrganisationFiles> organisation_files(const Site& site, const std::string& id,
                                                    const std::string& site_dir) {
  if (!site.has_organisations) {
    std::cerr << "error: " << site_dir
              << " has no content/organisations/ folder, so it has no organisations to check\n"
              << "  hint: run `promisehub check` without --organisation to check the whole site\n";
    return std::nullopt;
  }
  const Organisation* org = site.find_organisation(id);
  if (!org) {
    std::vector<std::string> ids;
    for (const auto& o : site.organisations) ids.push_back(o.id);
    std::cerr << "error: there is no organisation `" << id << "` in content/organisations/\n"
              << "  hint: ";
    if (auto guess = closest_match(id, ids)) std::cerr << "did you mean `" << *guess << "`? ";
    std::cerr << "the organisations are: " << (ids.empty() ? "none yet" : list_of(ids)) << "\n";
    return std::nullopt;
  }
  OrganisationFiles out;
  out.id = org->id;
  out.name = org->name;
  out.files.insert(org->path);
  std::set<std::string> plans;
  for (const auto& p : site.plans) {
    if (p.organisation != org->id) continue;
    plans.insert(p.id);
    out.files.insert(p.path);
    ++out.plans;
  }
  const std::string folder = "content/updates/" + org->id + "/";
  for (const auto& u : site.updates) {
    if (!plans.count(u.plan.value) && !starts_with(u.path, folder)) continue;
    out.files.insert(u.path);
    ++out.updates;
  }
  return out;
}

std::size_t only_in(const Diagnostics& all, const OrganisationFiles& org, Diagnostics& out) {
  std::size_t others = 0;
  const std::string folder = "content/updates/" + org.id + "/";
  for (Diagnostic d : all.all()) {
    if (org.files.count(d.where.path) || starts_with(d.where.path, folder))
      out.add(std::move(d));
    else
      ++others;
  }
  return others;
}

}  // namespace promisehub
