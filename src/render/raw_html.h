// The check raw HTML from Markdown must pass when a site sets `allow_html: true` (spec §9).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace promisehub {

// True when a piece of raw HTML can go into a page as it is: every tag complete, no script,
// style, frame, form or embedded document, no event handler attribute, and every URL one of
// the safe kinds (is_safe_url) once character references are decoded.
bool is_safe_raw_html(std::string_view html);

// A URL a browser fetches by itself for a piece of raw HTML (a picture's `src`, each `srcset`
// candidate, a `poster`, a `background` …), with the tag it is in: [tag_begin, tag_end).
struct FetchedUrl {
  std::size_t tag_begin = 0, tag_end = 0;
  std::size_t at = 0;  // where the attribute's value starts
  std::string url;     // character references decoded
};
// Every such URL in a piece that is_safe_raw_html accepts (for others, those before the first
// part that is not safe).
std::vector<FetchedUrl> urls_fetched_by(std::string_view html);

// The host a URL fetches from when it names another site ("https://…", "//…"), as a browser
// reads it: tabs and newlines dropped, '\' as '/', any number of slashes, no user or port, %XX
// decoded, lower-case. None for a relative URL or one that fetches nothing (mailto:).
std::optional<std::string> other_site_of(std::string_view url);

// Decodes character references (&#58; &#x3a; &colon; …) the way a browser does in attributes,
// for the names that matter to URLs; others are left as they are.
std::string decode_html_references(std::string_view text);

}  // namespace promisehub
