// A status as written in a plan, an update or site.yaml: read once, here, with one message for a
// status that does not exist. The model only ever holds the six keys of spec §5.
#pragma once

#include <optional>
#include <string>

#include "load/fields.h"
#include "model/site.h"

namespace promisehub {

// `text` trimmed when it is a status key; otherwise an error at its place, naming `context`
// ("in action 1.2", "in `statuses`"), with the closest key or the key a common word means
// ("complete" is `done`), and nullopt.
std::optional<Located<std::string>> read_status(const Located<std::string>& text,
                                                const std::string& context, FileProblems& diags);

}  // namespace promisehub
