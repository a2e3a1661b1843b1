// Fuzzes Markdown rendering with the safety rules of spec §9: whatever the input, the HTML holds
// no script, no event handler and no script or data URL (tests/hostile/html_safety.h reads it
// as a browser would), and no picture from another site. An input starting with "!html\n" is
// rendered as with `allow_html: true`.
#include <cstdio>
#include <string>

#include "core/text.h"
#include "hostile/html_safety.h"
#include "render/markdown.h"
#include "render/raw_html.h"

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
  // Pictures from other sites are left out (none allowed here), and each is located.
  if (!options.allow_html) {
    for (std::size_t at = html.find("<img src=\""); at != std::string::npos;
         at = html.find("<img src=\"", at + 1)) {
      std::size_t start = at + 10, end = html.find('"', start);
      std::string src = replace_all(html.substr(start, end - start), "&amp;", "&");
      if (other_site_of(src)) {
        std::fprintf(stderr, "a picture from another site: %s\n", src.c_str());
        __builtin_trap();
      }
    }
  }
  for (const auto& image : external_images(text, options))
    if (image.line < 1 || image.column < 1 || image.url.empty()) __builtin_trap();
  markdown_to_text(text);
  return 0;
}
