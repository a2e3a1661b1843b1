// The Content-Type of a file the preview serves, by its extension.
#pragma once

#include <string>

namespace promisehub {

// "plans/x/index.html" -> "text/html; charset=utf-8"; unknown -> "application/octet-stream".
std::string content_type_for(const std::string& path);

}  // namespace promisehub
