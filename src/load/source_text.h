// Reads a content file safely: bounded size, valid UTF-8, no byte-order mark, LF line endings.
#pragma once

#include <optional>
#include <string>

#include "core/diagnostics.h"

namespace promisehub {

struct SourceText {
  std::string display_path;  // what people see in messages, e.g. "content/plans/x.yaml"
  std::string text;
};

constexpr std::size_t kMaxContentFileBytes = 8u << 20;  // 8 MiB: far beyond any real plan
// One Markdown text (a body, a summary): about 150,000 words. The Markdown library has
// inputs whose time or output grows much faster than their size; this keeps both in bounds.
constexpr std::size_t kMaxMarkdownBytes = 1u << 20;

// Checks and normalises text that came from anywhere (a file, a test, a fuzzer).
std::optional<SourceText> accept_source_text(std::string display_path, std::string bytes,
                                             Diagnostics& diags);
// False, with an error at `where`, when a Markdown text is longer than kMaxMarkdownBytes.
bool markdown_size_ok(const std::string& markdown, const SourceLocation& where, Diagnostics& diags);

std::optional<SourceText> read_source_file(const std::string& disk_path, std::string display_path,
                                           Diagnostics& diags);

}  // namespace promisehub
