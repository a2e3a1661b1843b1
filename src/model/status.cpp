// Default status words, audiences and themes.
#include "model/status.h"

#include <algorithm>

namespace promisehub {

const std::vector<StatusWords>& default_statuses() {
  static const std::vector<StatusWords> kStatuses = {
      {"not-started", "Not started yet", "We have not started this yet."},
      {"little-progress", "Little or no work yet", "Not much has happened on this yet."},
      {"needs-more", "Started, but not enough yet", "Work has started, but more is needed."},
      {"underway", "Happening now", "We are working on this."},
      {"ongoing", "We keep doing this", "This is something we do all the time."},
      {"done", "Done", "We have done what we promised."},
  };
  return kStatuses;
}

bool is_status_key(const std::string& key) {
  const auto& all = default_statuses();
  return std::any_of(all.begin(), all.end(), [&](const StatusWords& s) { return s.key == key; });
}

std::vector<std::string> status_keys() {
  std::vector<std::string> keys;
  for (const auto& s : default_statuses()) keys.push_back(s.key);
  return keys;
}

const std::vector<Tag>& audiences() {
  static const std::vector<Tag> kAudiences = {
      {"young-people", "Children and young people"},  {"families", "Families"},
      {"care-leavers", "Young people leaving care"},  {"carers", "Carers"},
      {"workforce", "People who work with children"},
  };
  return kAudiences;
}

bool is_audience(const std::string& id) {
  const auto& all = audiences();
  return std::any_of(all.begin(), all.end(), [&](const Tag& t) { return t.id == id; });
}

const std::vector<Tag>& promise_themes() {
  static const std::vector<Tag> kThemes = {
      {"what-matters", "What matters to children and families"},
      {"listening", "Listening"},
      {"poverty", "Poverty"},
      {"childrens-rights", "Children's rights"},
      {"language", "Language"},
      {"voice", "Voice"},
      {"family", "Family"},
      {"care", "Care"},
      {"people", "People"},
      {"scaffolding", "Scaffolding: help when you need it"},
  };
  return kThemes;
}

}  // namespace promisehub
