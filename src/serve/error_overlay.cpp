// The error panel of the preview.
#include "serve/error_overlay.h"

#include <cctype>

#include "core/text.h"

namespace promisehub {
namespace {

// The position just after the opening tag `<name …>`, searched case-insensitively.
std::size_t after_open_tag(const std::string& html, const std::string& name) {
  std::string lower = to_lower_ascii(html);
  std::string open = "<" + name;
  for (std::size_t at = lower.find(open); at != std::string::npos; at = lower.find(open, at + 1)) {
    char next = at + open.size() < lower.size() ? lower[at + open.size()] : '\0';
    if (next != '>' && !std::isspace(static_cast<unsigned char>(next))) continue;
    std::size_t end = lower.find('>', at);
    return end == std::string::npos ? std::string::npos : end + 1;
  }
  return std::string::npos;
}

std::string build_meta(std::uint64_t build) {
  return "<meta name=\"promisehub-build\" content=\"" + std::to_string(build) + "\">";
}

}  // namespace

std::string error_panel_html(const std::vector<Diagnostic>& problems, const std::string& site_dir,
                             const std::string& base_path, bool have_last_good_site) {
  if (problems.empty()) return {};
  std::size_t errors = 0;
  for (const auto& d : problems)
    if (d.severity == Severity::error) ++errors;
  std::string count = std::to_string(errors) + (errors == 1 ? " problem" : " problems");
  std::string out;
  out += "<link rel=\"stylesheet\" href=\"" + escape_html(base_path) +
         "__promisehub/error-panel.css\">\n";
  out +=
      "<section class=\"promisehub-errors\" role=\"alert\" tabindex=\"-1\" "
      "aria-labelledby=\"promisehub-errors-title\">\n";
  out += "<h2 id=\"promisehub-errors-title\">The site could not be built: " + count + "</h2>\n";
  out += have_last_good_site
             ? "<p>You are looking at the last version that worked. Fix the problems below and "
               "save the file: this page updates by itself.</p>\n"
             : "<p>Fix the problems below and save the file: this page updates by itself.</p>\n";
  out += "<ol>\n";
  SourceLines sources(site_dir);
  for (const auto& d : problems) {
    out += "<li><pre>" + escape_html(format_with_source(d, sources)) + "</pre></li>\n";
  }
  out +=
      "</ol>\n<p>The same messages are in the terminal where <code>promisehub serve</code> "
      "runs.</p>\n</section>\n";
  return out;
}

std::string decorate_html(const std::string& html, std::uint64_t build, const std::string& panel) {
  std::string out = html;
  // Before </head>, so <meta charset> stays first.
  std::size_t head_end = to_lower_ascii(out).find("</head>");
  if (head_end != std::string::npos) {
    out.insert(head_end, build_meta(build) + "\n");
  } else {
    out.insert(0, build_meta(build) + "\n");
  }
  if (!panel.empty()) {
    std::size_t body = after_open_tag(out, "body");
    if (body != std::string::npos) {
      out.insert(body, "\n" + panel);
    } else {
      std::size_t meta_end = out.find(build_meta(build)) + build_meta(build).size();
      out.insert(meta_end, "\n" + panel);
    }
  }
  return out;
}

std::string error_page_html(const std::string& panel, std::uint64_t build,
                            const std::string& base_path) {
  std::string base = escape_html(base_path);
  return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n" +
         build_meta(build) +
         "\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
         "<title>Promise Hub preview: the site could not be built</title>\n"
         "<script src=\"" +
         base + "__promisehub/live-reload.js\" defer></script>\n</head>\n<body>\n<main>\n" +
         "<h1>Promise Hub preview</h1>\n" + panel + "</main>\n</body>\n</html>\n";
}

const std::string& error_panel_css() {
  static const std::string css = R"CSS(/* Promise Hub preview: the problems panel. */
/* Fixed to the top of the window, over the page: seen wherever the reader had scrolled to (the
   reload after a save keeps the scroll position), and scrolled on its own when it is long. */
.promisehub-errors {
  position: fixed;
  top: 0;
  left: 0;
  right: 0;
  z-index: 2147483647;
  box-sizing: border-box;
  max-height: 70vh;
  overflow: auto;
  box-shadow: 0 0.25rem 1.5rem rgba(0, 0, 0, 0.45);
  margin: 0;
  padding: 1rem 1.25rem;
  border: 0.375rem solid #a4000f;
  background: #fff;
  color: #1a1a1a;
  font: 1.0625rem/1.5 system-ui, sans-serif;
}
.promisehub-errors:focus { outline: 0.25rem solid #1a1a1a; outline-offset: -0.625rem; }
.promisehub-errors h2 { margin: 0 0 0.5rem; font-size: 1.375rem; color: #a4000f; }
.promisehub-errors ol { margin: 0.5rem 0; padding-left: 1.5rem; }
.promisehub-errors li { margin: 0.5rem 0; }
.promisehub-errors pre {
  margin: 0;
  white-space: pre-wrap;
  overflow-wrap: anywhere;
  font: 0.9375rem/1.4 ui-monospace, monospace;
}
)CSS";
  return css;
}

}  // namespace promisehub
