// One loader per kind of content file (spec §2–§7). Each reads already-checked text, reports every
// problem to the diagnostics sink, and returns what it could read.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/diagnostics.h"
#include "load/source_text.h"
#include "model/site.h"

namespace promisehub {

std::optional<SiteConfig> load_site_config(const SourceText& source, Diagnostics& diags);
std::optional<Plan> load_plan(const SourceText& source, const std::string& plan_id,
                              Diagnostics& diags);
std::optional<Update> load_update(const SourceText& source, const std::string& slug,
                                  Diagnostics& diags);
std::optional<Page> load_page(const SourceText& source, const std::string& slug,
                              Diagnostics& diags);
std::optional<Organisation> load_organisation(const SourceText& source, const std::string& id,
                                              Diagnostics& diags);
// The kinds an organisation can be (spec §11), in the order messages list them.
const std::vector<std::string>& organisation_kinds();
std::vector<GlossaryEntry> load_glossary(const SourceText& source, Diagnostics& diags);
std::vector<LanguageRule> load_language(const SourceText& source, Diagnostics& diags);
// A translation (spec §12), from its place and name: `stem` is the file name without its
// extension, e.g. "midlothian-2021-24.gd".
std::optional<Translation> load_translation(const SourceText& source, const std::string& stem,
                                            Diagnostics& diags);

}  // namespace promisehub
