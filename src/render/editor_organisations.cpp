// Each organisation's own updates in the web editor (spec §11): a collection that saves into
// content/updates/<id>/, the folder its reviewers own (docs/organisations.md), and offers only
// that organisation's plans, promises and indicators.
#include <algorithm>

#include "render/editor_collections.h"

namespace promisehub {
namespace {

// Decap's relation widget keeps to the plans whose `organisation` is this one (its `filters`).
void keep_to_organisation(YAML::Node fields, const std::string& id) {
  if (!fields.IsSequence()) return;
  for (YAML::Node field : fields) {
    if (!field.IsMap()) continue;
    const YAML::Node& read = field;  // const: reading a key never adds it
    const YAML::Node& widget = read["widget"];
    const YAML::Node& collection = read["collection"];
    if (widget && widget.as<std::string>() == "relation" && collection &&
        collection.as<std::string>() == "plans") {
      YAML::Node filter(YAML::NodeType::Map);
      filter["field"] = "organisation";
      filter["values"].push_back(id);
      field["filters"].push_back(filter);
    }
    if (read["fields"]) keep_to_organisation(field["fields"], id);
    if (read["field"] && read["field"]["fields"])
      keep_to_organisation(field["field"]["fields"], id);
  }
}

YAML::Node theme_updates(const YAML::Node& config) {
  const YAML::Node& collections = config["collections"];
  if (!collections.IsSequence()) return YAML::Node(YAML::NodeType::Undefined);
  for (const auto& c : collections) {
    if (c.IsMap() && c["name"] && c["name"].as<std::string>() == "updates" && c["folder"] &&
        c["fields"])
      return c;
  }
  return YAML::Node(YAML::NodeType::Undefined);
}

}  // namespace

std::vector<YAML::Node> organisation_collections(const YAML::Node& config, const Site& site) {
  std::vector<YAML::Node> out;
  if (!site.has_organisations) return out;
  const YAML::Node updates = theme_updates(config);
  if (!updates) return out;
  const std::string folder = updates["folder"].as<std::string>();
  for (const Organisation& org : site.organisations) {
    bool has_plans = std::any_of(site.plans.begin(), site.plans.end(),
                                 [&](const Plan& p) { return p.organisation == org.id; });
    if (!has_plans) continue;  // an update needs a plan to report on
    YAML::Node c = YAML::Clone(updates);
    c["name"] = "updates-from-" + org.id;
    c["label"] = "Updates from " + org.label();
    c["label_singular"] = "Update from " + org.label();
    c["description"] = "Progress updates from " + org.name + ". They are saved in " + folder + "/" +
                       org.id +
                       "/, the folder its own reviewers look after. Their web addresses are "
                       "the same as any update's. Only its own plans and promises are offered. " +
                       updates["description"].as<std::string>("");
    c["folder"] = folder + "/" + org.id;
    keep_to_organisation(c["fields"], org.id);
    for (YAML::Node field : c["fields"]) {
      const YAML::Node& read = field;
      if (read.IsMap() && read["name"] && read["name"].as<std::string>() == "author")
        field["default"] = org.name;  // "From": who the update is from, filled in
    }
    out.push_back(c);
  }
  return out;
}

}  // namespace promisehub
