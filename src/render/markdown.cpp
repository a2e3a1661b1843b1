// cmark-gfm wrapper. Every C handle is owned by a unique_ptr with its own deleter.
#include "render/markdown.h"

#include <cmark-gfm-extension_api.h>
#include <cmark-gfm.h>

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <mutex>
#include <vector>

#include "core/markdown_doc.h"
#include "core/text.h"
#include "render/raw_html.h"

namespace promisehub {
namespace {

struct CharDeleter {
  void operator()(char* s) const { std::free(s); }
};
using CharPtr = std::unique_ptr<char, CharDeleter>;

void apply_safety_rules(cmark_node* root, bool allow_html, int min_heading_level) {
  std::vector<cmark_node*> unwrap, remove;
  cmark_node* removing = nullptr;  // the removed image whose alt text is being walked
  int top_level = 7;
  {
    IterPtr iter(cmark_iter_new(root));
    cmark_event_type ev;
    while ((ev = cmark_iter_next(iter.get())) != CMARK_EVENT_DONE) {
      cmark_node* node = cmark_iter_get_node(iter.get());
      if (removing) {
        if (ev == CMARK_EVENT_EXIT && node == removing) removing = nullptr;
        continue;
      }
      if (ev != CMARK_EVENT_ENTER) continue;
      switch (cmark_node_get_type(node)) {
        case CMARK_NODE_LINK: {
          const char* url = cmark_node_get_url(node);
          if (!url || !is_safe_url(url)) unwrap.push_back(node);
          break;
        }
        case CMARK_NODE_IMAGE: {
          const char* url = cmark_node_get_url(node);
          if (!url || !is_safe_url(url)) {
            remove.push_back(node);
            removing = node;
          }
          break;
        }
        case CMARK_NODE_HTML_BLOCK:
        case CMARK_NODE_HTML_INLINE: {
          const char* lit = cmark_node_get_literal(node);
          if (!allow_html || !lit || !is_safe_raw_html(lit)) remove.push_back(node);
          break;
        }
        case CMARK_NODE_HEADING:
          top_level = std::min(top_level, cmark_node_get_heading_level(node));
          break;
        default:
          break;
      }
    }
  }
  for (cmark_node* node : remove) cmark_node_free(node);
  for (cmark_node* node : unwrap) {
    while (cmark_node* child = cmark_node_first_child(node)) cmark_node_insert_before(node, child);
    cmark_node_free(node);
  }
  if (top_level < min_heading_level) {
    int shift = min_heading_level - top_level;
    IterPtr iter(cmark_iter_new(root));
    cmark_event_type ev;
    while ((ev = cmark_iter_next(iter.get())) != CMARK_EVENT_DONE) {
      cmark_node* node = cmark_iter_get_node(iter.get());
      if (ev == CMARK_EVENT_ENTER && cmark_node_get_type(node) == CMARK_NODE_HEADING) {
        cmark_node_set_heading_level(node, std::min(6, cmark_node_get_heading_level(node) + shift));
      }
    }
  }
}

// HTML fixes cmark-gfm leaves to us: unique footnote ids, labelled task boxes, no obsolete align.
std::string post_process(std::string html, const std::string& prefix) {
  if (!prefix.empty() && html.find("fn") != std::string::npos) {
    html = replace_all(std::move(html), "id=\"fn", "id=\"" + prefix + "fn");
    html = replace_all(std::move(html), "href=\"#fn", "href=\"#" + prefix + "fn");
  }
  html = replace_all(std::move(html), "<input type=\"checkbox\" checked=\"\" disabled=\"\" />",
                     "<input type=\"checkbox\" checked disabled aria-label=\"Done\">");
  html = replace_all(std::move(html), "<input type=\"checkbox\" disabled=\"\" />",
                     "<input type=\"checkbox\" disabled aria-label=\"Not done yet\">");
  for (const char* align : {"left", "center", "right"}) {
    html = replace_all(std::move(html), std::string(" align=\"") + align + "\"",
                       std::string(" class=\"align-") + align + "\"");
  }
  return html;
}

}  // namespace

void init_markdown() {
  init_markdown_parser();
}

std::string render_markdown(std::string_view markdown, const MarkdownOptions& options) {
  int flags = kSiteMarkdownOptions;
  if (options.allow_html) flags |= CMARK_OPT_UNSAFE;
  MarkdownDoc doc = parse_markdown(markdown, flags);
  if (!doc.root) return {};
  apply_safety_rules(doc.root.get(), options.allow_html, options.min_heading_level);
  // Render before the parser is freed: it owns the extension list.
  CharPtr html(cmark_render_html(doc.root.get(), flags,
                                 cmark_parser_get_syntax_extensions(doc.parser.get())));
  std::string out = post_process(html ? std::string(html.get()) : std::string(), options.id_prefix);
  // cmark-gfm's table extension can cut a character in two ("[^ab\xC3\xA9|…" in a paragraph
  // that looks like a table): pages and feeds must stay valid UTF-8.
  if (!is_valid_utf8(out)) out = to_valid_utf8(out);
  return out;
}

std::string markdown_to_text(std::string_view markdown) {
  // Plain quotes, as descriptions and summaries have always had them.
  MarkdownDoc doc = parse_markdown(markdown, CMARK_OPT_DEFAULT);
  if (!doc.root) return {};
  std::string out;
  IterPtr iter(cmark_iter_new(doc.root.get()));
  cmark_event_type ev;
  while ((ev = cmark_iter_next(iter.get())) != CMARK_EVENT_DONE) {
    cmark_node* node = cmark_iter_get_node(iter.get());
    cmark_node_type type = cmark_node_get_type(node);
    if (ev == CMARK_EVENT_ENTER && (type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE)) {
      if (const char* lit = cmark_node_get_literal(node)) out += lit;
    } else if (type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK ||
               (ev == CMARK_EVENT_EXIT &&
                (type == CMARK_NODE_PARAGRAPH || type == CMARK_NODE_HEADING ||
                 type == CMARK_NODE_ITEM))) {
      if (!out.empty() && out.back() != ' ') out += ' ';
    }
  }
  return is_valid_utf8(out) ? trim(out) : trim(to_valid_utf8(out));
}

}  // namespace promisehub
