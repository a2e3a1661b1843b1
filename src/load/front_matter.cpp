// Front matter: `---` on the first line, YAML, then `---` on a line of its own.
#include "load/front_matter.h"

#include "core/text.h"

namespace promisehub {
namespace {

bool is_fence(std::string_view line) {
  std::string t = trim(line);
  return t == "---";
}

}  // namespace

std::optional<FrontMatter> split_front_matter(const SourceText& source, Diagnostics& diags) {
  const std::string& text = source.text;
  std::size_t first_end = text.find('\n');
  std::string_view first_line =
      std::string_view(text).substr(0, first_end == std::string::npos ? text.size() : first_end);
  if (trim(text).empty()) {
    diags.error({source.display_path, 1, 1}, "this file is empty",
                "start it with `---`, the details (title, date …), another `---`, then the text",
                "empty-file");
    return std::nullopt;
  }
  if (!is_fence(first_line)) {
    diags.error({source.display_path, 1, 1}, "this file does not start with front matter",
                "put a line `---` first, then the details (title, date …), then another `---`",
                "no-front-matter");
    return std::nullopt;
  }
  if (first_end == std::string::npos) first_end = text.size();
  std::size_t pos = first_end + 1;
  int line = 2;
  while (pos <= text.size()) {
    std::size_t end = text.find('\n', pos);
    if (end == std::string::npos) end = text.size();
    if (is_fence(std::string_view(text).substr(pos, end - pos))) {
      FrontMatter fm;
      fm.yaml = text.substr(first_end + 1, pos - (first_end + 1));
      fm.yaml_first_line = 2;
      fm.body = end < text.size() ? text.substr(end + 1) : std::string();
      fm.body_first_line = line + 1;
      return fm;
    }
    if (end == text.size()) break;
    pos = end + 1;
    ++line;
  }
  diags.error({source.display_path, 1, 1}, "the front matter that starts here is never closed",
              "did you forget the second `---` line after the details?", "unclosed-front-matter");
  return std::nullopt;
}

}  // namespace promisehub
