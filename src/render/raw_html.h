// The check raw HTML from Markdown must pass when a site sets `allow_html: true` (spec §9).
#pragma once

#include <string>
#include <string_view>

namespace promisehub {

// True when a piece of raw HTML can go into a page as it is: every tag complete, no script,
// style, frame, form or embedded document, no event handler attribute, and every URL one of
// the safe kinds (is_safe_url) once character references are decoded.
bool is_safe_raw_html(std::string_view html);

// Decodes character references (&#58; &#x3a; &colon; …) the way a browser does in attributes,
// for the names that matter to URLs; others are left as they are.
std::string decode_html_references(std::string_view text);

}  // namespace promisehub
