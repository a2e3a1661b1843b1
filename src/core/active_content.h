// What in a file published as is (content/static/) would run in a reader's browser. Such a file
// is served from the site's own address, so a script in it could read what the site keeps in
// the browser: the web editor's GitHub sign-in, for one.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace promisehub {

struct ActiveContent {
  std::string what;  // "a <script> element", "a web page (.html)" …
  int line = 0;      // 1-based in the file, 0 when it is the kind of file itself
  int column = 0;
};

// Web pages, scripts and XML documents are active by their kind (the name is enough); an SVG
// picture only when it holds something that runs, so `bytes_of_svg` is read for those
// (needs_content). Other files (pictures, PDFs, documents) are passive.
std::optional<ActiveContent> active_kind_of(std::string_view file_name);
bool needs_content(std::string_view file_name);
std::optional<ActiveContent> active_content_in_svg(std::string_view svg);

}  // namespace promisehub
