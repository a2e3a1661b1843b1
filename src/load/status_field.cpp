// Reading a status key, and the words people write for one.
#include "load/status_field.h"

#include <utility>
#include <vector>

#include "core/text.h"
#include "load/fields.h"
#include "model/status.h"

namespace promisehub {
namespace {

// Words people write for a status, and the key they mean.
const std::vector<std::pair<std::string, std::string>>& status_words() {
  static const std::vector<std::pair<std::string, std::string>> kWords = {
      {"complete", "done"},
      {"completed", "done"},
      {"finished", "done"},
      {"achieved", "done"},
      {"met", "done"},
      {"in-progress", "underway"},
      {"in progress", "underway"},
      {"started", "underway"},
      {"on-track", "underway"},
      {"not started", "not-started"},
      {"planned", "not-started"},
      {"continuous", "ongoing"},
      {"business as usual", "ongoing"},
      {"delayed", "little-progress"},
      {"off-track", "needs-more"},
  };
  return kWords;
}

}  // namespace

std::optional<Located<Status>> read_status(const Located<std::string>& text,
                                           const std::string& context, FileProblems& diags) {
  std::string key = trim(text.value);
  if (auto status = status_from_key(key)) return Located<Status>{*status, text.where};
  std::string hint;
  std::string lower = to_lower_ascii(key);
  for (const auto& [word, meant] : status_words())
    if (lower == word) hint = "`" + key + "` is written `" + meant + "` here. ";
  if (hint.empty())
    if (auto guess = closest_match(lower, status_keys())) hint = "did you mean `" + *guess + "`? ";
  diags.error(text.where, "unknown status `" + key + "`" + (context.empty() ? "" : " " + context),
              hint + "Statuses are: " + list_of(status_keys()), "unknown-status");
  return std::nullopt;
}

}  // namespace promisehub
