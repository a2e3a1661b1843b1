// The six status keys of spec §5, their default words, and the audiences and themes of §6.
#pragma once

#include <string>
#include <vector>

#include "model/site.h"

namespace promisehub {

const std::vector<StatusWords>& default_statuses();
std::vector<std::string> status_keys();  // in display order, for messages

struct Tag {
  std::string id, label;
};
const std::vector<Tag>& audiences();
const std::vector<Tag>& promise_themes();  // fundamentals and foundations of The Promise
bool is_audience(const std::string& id);

}  // namespace promisehub
