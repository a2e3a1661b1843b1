// Turns Markdown into the plain prose a reader reads, for scoring.
#pragma once

#include <string>
#include <string_view>

namespace promisehub::lint {

// Parses `markdown` (CommonMark with the GFM table, strikethrough, autolink and task-list
// extensions) and returns its prose, one block per paragraph separated by blank lines.
//
// - Kept: the text of paragraphs, headings, list items, block quotes, emphasis and link text.
// - Dropped: front matter (--- YAML --- or +++ TOML +++ at the start), code blocks, inline
//   code, tables, raw HTML, images (alt text too), link URLs, and links whose text is just a
//   URL or e-mail address.
// - Every block ends with . ! ? : or … — a period is added where it does not — so headings and
//   list items count as sentences of their own.
//
// Thread-safe once cmark_gfm_core_extensions_ensure_registered() has run; the first call runs
// it, so call this once before starting threads if the rest of the program has not.
std::string prose_from_markdown(std::string_view markdown);

}  // namespace promisehub::lint
