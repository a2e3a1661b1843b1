// Fuzzes the check of SVG pictures in content/static/ (core/active_content.h): whatever the
// input, no crash, and what it finds is located inside the file. A picture it passes holds no
// "<script" at all (whatever the case or prefix), no "javascript:" and no "on…=" handler.
#include <cstdio>
#include <cstring>
#include <string>

#include "core/active_content.h"
#include "core/text.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace promisehub;
  std::string svg(reinterpret_cast<const char*>(data), size);
  auto found = active_content_in_svg(svg);
  if (found) {
    auto [lines, last_column] = line_column_of(svg, svg.size());
    if (found->line < 1 || found->line > lines || found->column < 1) __builtin_trap();
    return 0;
  }
  std::string lower = to_lower_ascii(svg);
  for (std::size_t at = lower.find("script"); at != std::string::npos;
       at = lower.find("script", at + 1)) {
    // "<script" or "<x:script": an element a browser would run.
    std::size_t lt = lower.rfind('<', at);
    if (lt == std::string::npos) continue;
    std::string name = lower.substr(lt + 1, at + 6 - lt - 1);
    // The name must end there: "<scripts>" is another element.
    bool ends = at + 6 == lower.size() || std::strchr(" \t\r\n/>", lower[at + 6]) != nullptr;
    if (ends && name.find_first_of(" \t\r\n>/\"'=") == std::string::npos &&
        (name == "script" || ends_with(name, ":script"))) {
      // Inside a comment or CDATA it is text: only report when neither is open before it.
      std::size_t comment = lower.rfind("<!--", lt), cdata = lower.rfind("<![cdata[", lt);
      bool in_comment = comment != std::string::npos && lower.find("-->", comment + 4) > lt;
      bool in_cdata = cdata != std::string::npos && lower.find("]]>", cdata + 9) > lt;
      if (!in_comment && !in_cdata) {
        std::fprintf(stderr, "a <script> element passed at byte %zu\n", lt);
        __builtin_trap();
      }
    }
  }
  return 0;
}
