// Fuzzes Markdown rendering with the safety rules of spec §9: whatever the input, the HTML holds
// no script, no event handler and no script or data URL (tests/hostile/html_safety.h reads it
// as a browser would). An input starting with "!html\n" is rendered as with `allow_html: true`.
#include <cstdio>
#include <string>

#include "core/text.h"
#include "hostile/html_safety.h"
#include "render/markdown.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace promisehub;
  std::string text(reinterpret_cast<const char*>(data), size);
  MarkdownOptions options;
  if (text.compare(0, 6, "!html\n") == 0) {
    options.allow_html = true;
    text.erase(0, 6);
  }
  options.id_prefix = "u1-";
  options.min_heading_level = 2 + static_cast<int>(size % 3);
  std::string html = render_markdown(text, options);
  auto dangers = hostile::html_dangers(html);
  if (!dangers.empty()) {
    std::fprintf(stderr, "unsafe HTML (allow_html=%d): %s\n", options.allow_html,
                 dangers[0].c_str());
    __builtin_trap();
  }
  // Without allow_html no tag at all comes from the text, so not even the letters "<script"
  // (with it, "<scriptx>" is an unknown element, which the oracle above rightly lets be).
  if (!options.allow_html && to_lower_ascii(html).find("<script") != std::string::npos)
    __builtin_trap();
  if (!is_valid_utf8(html)) __builtin_trap();
  markdown_to_text(text);
  return 0;
}
