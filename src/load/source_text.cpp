// Reading content files: the first line of defence against careless or hostile bytes.
#include "load/source_text.h"

#include <fstream>

#include "core/text.h"

namespace promisehub {

namespace {

void report_too_large(const std::string& display_path, std::size_t size, Diagnostics& diags) {
  diags.error({display_path, 0, 0},
              "this file is " + std::to_string((size + (1u << 20) - 1) >> 20) +
                  " MiB, more than the limit of " + std::to_string(kMaxContentFileBytes >> 20) +
                  " MiB",
              "split it into smaller files, or move large documents to content/static/",
              "file-too-large");
}

}  // namespace

std::optional<SourceText> accept_source_text(std::string display_path, std::string bytes,
                                             Diagnostics& diags) {
  if (bytes.size() > kMaxContentFileBytes) {
    report_too_large(display_path, bytes.size(), diags);
    return std::nullopt;
  }
  if (starts_with(bytes, "\xEF\xBB\xBF")) bytes.erase(0, 3);  // editors on Windows add a BOM
  if (auto bad = first_invalid_utf8(bytes)) {
    auto [line, col] = line_column_of(bytes, *bad);
    diags.error({display_path, line, col}, "this file is not valid UTF-8 text",
                "save it as UTF-8 in your editor (the bad byte is here)", "invalid-utf8");
    return std::nullopt;
  }
  if (bytes.find('\0') != std::string::npos) {
    auto [line, col] = line_column_of(bytes, bytes.find('\0'));
    diags.error({display_path, line, col}, "this file contains a NUL character",
                "save it again as plain UTF-8 text", "nul-byte");
    return std::nullopt;
  }
  if (bytes.find('\r') != std::string::npos) {
    // CRLF and lone CR both become LF: lines and columns stay the same for people.
    std::string lf;
    lf.reserve(bytes.size());
    for (std::size_t i = 0; i < bytes.size(); ++i) {
      if (bytes[i] == '\r') {
        lf += '\n';
        if (i + 1 < bytes.size() && bytes[i + 1] == '\n') ++i;
      } else {
        lf += bytes[i];
      }
    }
    bytes.swap(lf);
  }
  return SourceText{std::move(display_path), std::move(bytes)};
}

std::optional<SourceText> read_source_file(const std::string& disk_path, std::string display_path,
                                           Diagnostics& diags) {
  std::ifstream in(disk_path, std::ios::binary | std::ios::ate);
  if (!in) {
    diags.error({display_path, 0, 0}, "cannot open this file", "check that it exists and can be read",
                "unreadable");
    return std::nullopt;
  }
  std::streamoff size = in.tellg();
  if (size < 0) size = 0;
  if (static_cast<std::size_t>(size) > kMaxContentFileBytes) {
    report_too_large(display_path, static_cast<std::size_t>(size), diags);
    return std::nullopt;
  }
  std::string bytes(static_cast<std::size_t>(size), '\0');
  in.seekg(0);
  in.read(bytes.data(), size);
  bytes.resize(static_cast<std::size_t>(in.gcount()));
  return accept_source_text(std::move(display_path), std::move(bytes), diags);
}

}  // namespace promisehub
