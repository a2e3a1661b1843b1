// The whole of a file on disk, as bytes.
#pragma once

#include <optional>
#include <string>

namespace promisehub {

// Every byte of the file at `path`; nullopt when it cannot be opened.
std::optional<std::string> read_file_bytes(const std::string& path);

}  // namespace promisehub
