// content/organisations/<id>.yaml (spec §11): who an organisation is, its kind and its areas.
#include <algorithm>

#include "core/text.h"
#include "load/contact_fields.h"
#include "load/fields.h"
#include "load/loaders.h"
#include "load/yaml_document.h"
#include "model/areas.h"

namespace promisehub {

const std::vector<std::string>& organisation_kinds() {
  static const std::vector<std::string> kinds = {"council",      "health-board", "partnership",
                                                 "third-sector", "national",     "other"};
  return kinds;
}

namespace {

void load_kind(const Fields& f, Organisation& org) {
  auto t = f.text("kind", true, "add `kind:` with one of: " + list_of(organisation_kinds()));
  if (!t) return;
  std::string kind = trim(t->value);
  const auto& kinds = organisation_kinds();
  if (std::find(kinds.begin(), kinds.end(), kind) != kinds.end()) {
    org.kind = kind;
    return;
  }
  std::string hint;
  if (auto guess = closest_match(kind, kinds)) hint = "did you mean `" + *guess + "`? ";
  f.diags().error(t->where, "unknown kind `" + t->value + "` for the organisation",
                  hint + "`kind` takes: " + list_of(kinds), "unknown-kind");
}

void load_areas(const Fields& f, Organisation& org) {
  if (!f.has("areas")) {
    f.diags().error(f.where(), "the organisation has no `areas:`",
                    "add the council areas it works in, e.g. `areas: [midlothian]`, or "
                    "`areas: [scotland]` for a national body",
                    "missing-key");
    return;
  }
  for (const auto& a : f.text_list("areas")) {
    std::string id = trim(a.value);
    if (find_area(id)) {
      if (std::find(org.areas.begin(), org.areas.end(), id) == org.areas.end())
        org.areas.push_back(id);
      continue;
    }
    std::string hint;
    if (auto guess = closest_match(id, area_ids())) hint = "did you mean `" + *guess + "`? ";
    f.diags().error(a.where, "there is no council area `" + a.value + "`",
                    hint +
                        "areas are Scotland's 32 council areas, written like "
                        "`city-of-edinburgh` or `na-h-eileanan-siar`, or `scotland`",
                    "unknown-area");
  }
  if (org.areas.empty() && !f.diags().full()) {
    f.diags().error(f.key_at("areas"), "the organisation's `areas:` list is empty",
                    "add at least one council area, or `scotland`", "missing-key");
  }
}

// The same checks, and the same messages, as help lines and `complaints:` (contact_fields.h).
void load_contact(const Fields& f, Organisation& org) {
  auto node = f.get("contact");
  if (!node) return;
  Fields c(*node, f.path(), f.first_line(), "the organisation's contact", {"phone", "email", "url"},
           f.diags());
  if (!c.is_map()) return;
  if (auto t = c.text("phone"); t && !trim(t->value).empty()) {
    org.phone = trim(t->value);
    org.dial =
        checked_phone(c, *t, "the `phone` in the organisation's `contact`", false).value_or("");
  }
  org.email =
      checked_email(c, c.text("email"), "`email` in the organisation's `contact`").value_or("");
  org.contact_url =
      checked_web_address(c, c.text("url"), "`url` in the organisation's `contact`").value_or("");
}

}  // namespace

std::optional<Organisation> load_organisation(const SourceText& source, const std::string& id,
                                              Diagnostics& diags) {
  if (trim(source.text).empty()) {
    diags.error({source.display_path, 1, 1}, "this organisation file is empty",
                "an organisation needs at least `name:`, `kind:` and `areas:`", "empty-file");
    return std::nullopt;
  }
  FileProblems problems(diags);
  if (!is_safe_slug(id)) {
    problems.error({source.display_path, 1, 1},
                   "the file name `" + id + ".yaml` cannot be used in a web address",
                   "rename it with lower-case letters, digits and dashes, e.g. "
                   "midlothian-council.yaml",
                   "bad-file-name");
  }
  auto root = parse_yaml(source, source.text, 1, diags);
  if (!root) return std::nullopt;
  Fields f(*root, source.display_path, 1, "the organisation",
           {"name", "short_name", "kind", "areas", "plain", "website", "contact"}, problems);
  if (!f.is_map()) return std::nullopt;
  Organisation org;
  org.id = id;
  org.path = source.display_path;
  org.where = f.where();
  if (auto t = f.text("name", true, "add `name:` with the organisation's full name"))
    org.name = trim(t->value);
  if (auto t = f.text("short_name")) org.short_name = trim(t->value);
  load_kind(f, org);
  load_areas(f, org);
  if (auto t = f.text("plain")) org.plain = *t;
  org.website = checked_web_address(f, f.text("website"), "`website`").value_or("");
  load_contact(f, org);
  return org;
}

}  // namespace promisehub
