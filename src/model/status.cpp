// Default status words, audiences and themes.
#include "model/status.h"

#include <algorithm>
#include <array>

namespace promisehub {

const std::vector<StatusWords>& default_statuses() {
  static const std::vector<StatusWords> kStatuses = {
      {Status::not_started, "Not started yet", "We have not started this yet."},
      {Status::little_progress, "Little or no work yet", "Not much has happened on this yet."},
      {Status::needs_more, "Started, but not enough yet", "Work has started, but more is needed."},
      {Status::underway, "Happening now", "We are working on this."},
      {Status::ongoing, "We keep doing this", "This is something we do all the time."},
      {Status::done, "Done", "We have done what we promised."},
  };
  return kStatuses;
}

namespace {
const std::array<std::string, kAllStatuses.size()>& keys() {
  static const std::array<std::string, kAllStatuses.size()> kKeys = {
      "not-started", "little-progress", "needs-more", "underway", "ongoing", "done"};
  return kKeys;
}
}  // namespace

const std::string& status_key(Status s) {
  return keys().at(index_of(s));
}

std::optional<Status> status_from_key(std::string_view key) {
  for (Status s : kAllStatuses)
    if (keys()[index_of(s)] == key) return s;
  return std::nullopt;
}

std::vector<std::string> status_keys() {
  return {keys().begin(), keys().end()};
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
