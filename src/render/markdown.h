// Markdown to HTML with cmark-gfm: GFM extensions, footnotes, and the safety rules of spec §9.
#pragma once

#include <string>
#include <string_view>

namespace promisehub {

struct MarkdownOptions {
  bool allow_html = false;    // site.yaml `allow_html`; even then, scripts and handlers are dropped
  std::string id_prefix;      // keeps footnote ids unique when several documents share a page
  int min_heading_level = 2;  // the page's h1 is the title; body headings start lower
};

// Call once before any threads start (cmark-gfm registers its extensions globally).
void init_markdown();

std::string render_markdown(std::string_view markdown, const MarkdownOptions& options);

// Markdown to plain text on one line (for descriptions, feeds and summaries).
std::string markdown_to_text(std::string_view markdown);

}  // namespace promisehub
