// A status as written in a plan, an update or site.yaml: read once, here, with one message for a
// status that does not exist. The model holds a Status, never the text.
#pragma once

#include <optional>
#include <string>

#include "load/fields.h"
#include "model/site.h"

namespace promisehub {

// The status `text` names (trimmed) when it is a status key; otherwise an error at its place,
// naming `context`
// ("in action 1.2", "in `statuses`"), with the closest key or the key a common word means
// ("complete" is `done`), and nullopt.
std::optional<Located<Status>> read_status(const Located<std::string>& text,
                                           const std::string& context, FileProblems& diags);

}  // namespace promisehub
