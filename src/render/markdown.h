// Markdown to HTML with cmark-gfm: GFM extensions, footnotes, and the safety rules of spec §9.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace promisehub {

class Catalog;
struct SiteConfig;

// Which pictures from other sites a page may show (site.yaml `allow_external_images`). Any other
// is left out: a reader's browser would fetch it by itself, telling that site who reads the page
// and when (a tracking pixel), and pages promise no third-party requests.
struct ImageRule {
  bool any_site = false;
  std::vector<std::string> hosts;  // lower-case host names; the site's own is always one
  bool operator==(const ImageRule& o) const { return any_site == o.any_site && hosts == o.hosts; }
};
ImageRule image_rule_for(const SiteConfig& config);

struct MarkdownOptions {
  bool allow_html = false;    // site.yaml `allow_html`; even then, scripts and handlers are dropped
  ImageRule images;           // pictures from other sites shown; by default none
  std::string id_prefix;      // keeps footnote ids unique when several documents share a page
  int min_heading_level = 2;  // the page's h1 is the title; body headings start lower
  // The page's language, for the words the HTML adds (footnote links, task boxes, table
  // captions); English when there is none (as for `check`, which shows no page).
  const Catalog* words = nullptr;
};

// Call once before any threads start (cmark-gfm registers its extensions globally).
void init_markdown();

std::string render_markdown(std::string_view markdown, const MarkdownOptions& options);

// A picture from another site that render_markdown leaves out, where it is in the text
// (1-based line, and column in characters): `![x](https://…)`, or in raw HTML a `src`, `srcset`,
// `poster` or `background` when `allow_html` lets the HTML through.
struct ExternalImage {
  int line = 0, column = 0;
  std::string url;
};
std::vector<ExternalImage> external_images(std::string_view markdown,
                                           const MarkdownOptions& options);

// Markdown to plain text on one line (for descriptions, feeds and summaries).
std::string markdown_to_text(std::string_view markdown);

}  // namespace promisehub
