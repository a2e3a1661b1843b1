// Reading content files: the first line of defence against careless or hostile bytes.
#include "load/source_text.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstring>

#include "core/controls.h"
#include "core/text.h"

namespace promisehub {

namespace {

void report_too_large(const std::string& display_path, std::size_t size, Diagnostics& diags) {
  diags.error(
      {display_path, 1, 1},
      "this file is " + std::to_string((size + (1u << 20) - 1) >> 20) +
          " MiB, more than the limit of " + std::to_string(kMaxContentFileBytes >> 20) + " MiB",
      "split it into smaller files, or move large documents to content/static/", "file-too-large");
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
  // Control characters are never text; in messages they could even drive the terminal.
  if (auto control = first_control_character(bytes)) {
    auto [line, col] = line_column_of(bytes, control->offset);
    diags.error({display_path, line, col},
                "this file contains a control character (" + control->name() + ")",
                "delete it, or save the file again as plain UTF-8 text",
                control->code_point == 0 ? "nul-byte" : "control-character");
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

bool markdown_size_ok(const std::string& markdown, const SourceLocation& where,
                      Diagnostics& diags) {
  if (markdown.size() <= kMaxMarkdownBytes) return true;
  diags.error(where,
              "this Markdown text is " + std::to_string(markdown.size() >> 10) +
                  " KiB, more than the limit of " + std::to_string(kMaxMarkdownBytes >> 10) +
                  " KiB",
              "split it into several updates or pages, or put a long document in content/static/ "
              "and link to it",
              "markdown-too-large");
  return false;
}

std::optional<SourceText> read_source_file(const std::string& disk_path, std::string display_path,
                                           Diagnostics& diags) {
  // O_NONBLOCK: a FIFO or device under content/ must not hang the build; it is refused below.
  int fd = ::open(disk_path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
  struct stat st {};
  if (fd < 0 || ::fstat(fd, &st) != 0) {
    std::string why = std::strerror(errno);
    if (fd >= 0) ::close(fd);
    diags.error({display_path, 1, 1}, "cannot open this file (" + why + ")",
                "check that it exists and can be read", "unreadable");
    return std::nullopt;
  }
  if (!S_ISREG(st.st_mode)) {
    ::close(fd);
    // No line and column: printing the source line would open it again, and block.
    diags.error({display_path, 0, 0}, "this is not a regular file",
                "content files must be plain text files", "unreadable");
    return std::nullopt;
  }
  if (static_cast<std::uint64_t>(st.st_size) > kMaxContentFileBytes) {
    ::close(fd);
    report_too_large(display_path, static_cast<std::size_t>(st.st_size), diags);
    return std::nullopt;
  }
  // Read at most one byte past the limit, whatever the size said: the file may be growing.
  std::string bytes;
  bytes.resize(static_cast<std::size_t>(st.st_size) + 1);
  std::size_t got = 0;
  while (got <= kMaxContentFileBytes) {
    if (got == bytes.size()) bytes.resize(std::min(bytes.size() * 2, kMaxContentFileBytes + 1));
    ssize_t n = ::read(fd, bytes.data() + got, bytes.size() - got);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      std::string why = std::strerror(errno);
      ::close(fd);
      diags.error({display_path, 1, 1}, "cannot read this file (" + why + ")", "", "unreadable");
      return std::nullopt;
    }
    if (n == 0) break;
    got += static_cast<std::size_t>(n);
  }
  ::close(fd);
  bytes.resize(got);
  return accept_source_text(std::move(display_path), std::move(bytes), diags);
}

}  // namespace promisehub
