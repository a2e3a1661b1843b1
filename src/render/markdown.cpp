// cmark-gfm wrapper. Every C handle is owned by a unique_ptr with its own deleter.
#include "render/markdown.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <cstdlib>
#include <memory>
#include <mutex>
#include <vector>

#include "core/text.h"

namespace promisehub {
namespace {

struct ParserDeleter {
  void operator()(cmark_parser* p) const { cmark_parser_free(p); }
};
struct NodeDeleter {
  void operator()(cmark_node* n) const { cmark_node_free(n); }
};
struct IterDeleter {
  void operator()(cmark_iter* i) const { cmark_iter_free(i); }
};
struct CharDeleter {
  void operator()(char* s) const { std::free(s); }
};
using ParserPtr = std::unique_ptr<cmark_parser, ParserDeleter>;
using NodePtr = std::unique_ptr<cmark_node, NodeDeleter>;
using IterPtr = std::unique_ptr<cmark_iter, IterDeleter>;
using CharPtr = std::unique_ptr<char, CharDeleter>;

const char* const kExtensions[] = {"table", "strikethrough", "autolink", "tagfilter", "tasklist"};

bool dangerous_raw_html(std::string_view html) {
  std::string lower = to_lower_ascii(html);
  for (const char* bad : {"<script", "javascript:", "vbscript:", "data:", "<iframe", "<object",
                          "<embed", "<style", "<form", "<meta", "<link", "<base", "srcdoc"}) {
    if (lower.find(bad) != std::string::npos) return true;
  }
  // Event handler attributes: whitespace or / or quote, then on…=
  for (std::size_t pos = lower.find("on"); pos != std::string::npos; pos = lower.find("on", pos + 2)) {
    if (pos == 0) continue;
    char before = lower[pos - 1];
    if (before != ' ' && before != '\t' && before != '\n' && before != '/' && before != '"' &&
        before != '\'')
      continue;
    std::size_t i = pos + 2;
    while (i < lower.size() && std::isalpha(static_cast<unsigned char>(lower[i]))) ++i;
    while (i < lower.size() && (lower[i] == ' ' || lower[i] == '\t' || lower[i] == '\n')) ++i;
    if (i > pos + 2 && i < lower.size() && lower[i] == '=') return true;
  }
  return false;
}

// Unsafe links become their text; unsafe images and dangerous raw HTML disappear.
void apply_safety_rules(cmark_node* root, bool allow_html, int min_heading_level) {
  std::vector<cmark_node*> unwrap, remove;
  int top_level = 7;
  {
    IterPtr iter(cmark_iter_new(root));
    cmark_event_type ev;
    while ((ev = cmark_iter_next(iter.get())) != CMARK_EVENT_DONE) {
      if (ev != CMARK_EVENT_ENTER) continue;
      cmark_node* node = cmark_iter_get_node(iter.get());
      switch (cmark_node_get_type(node)) {
        case CMARK_NODE_LINK: {
          const char* url = cmark_node_get_url(node);
          if (!url || !is_safe_url(url)) unwrap.push_back(node);
          break;
        }
        case CMARK_NODE_IMAGE: {
          const char* url = cmark_node_get_url(node);
          if (!url || !is_safe_url(url)) remove.push_back(node);
          break;
        }
        case CMARK_NODE_HTML_BLOCK:
        case CMARK_NODE_HTML_INLINE: {
          const char* lit = cmark_node_get_literal(node);
          if (!allow_html || !lit || dangerous_raw_html(lit)) remove.push_back(node);
          break;
        }
        case CMARK_NODE_HEADING:
          top_level = std::min(top_level, cmark_node_get_heading_level(node));
          break;
        default: break;
      }
    }
  }
  for (cmark_node* node : unwrap) {
    while (cmark_node* child = cmark_node_first_child(node)) cmark_node_insert_before(node, child);
    cmark_node_free(node);
  }
  for (cmark_node* node : remove) cmark_node_free(node);
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

NodePtr parse(std::string_view markdown, int options, ParserPtr& parser) {
  parser.reset(cmark_parser_new(options));
  for (const char* name : kExtensions) {
    if (cmark_syntax_extension* ext = cmark_find_syntax_extension(name))
      cmark_parser_attach_syntax_extension(parser.get(), ext);
  }
  cmark_parser_feed(parser.get(), markdown.data(), markdown.size());
  return NodePtr(cmark_parser_finish(parser.get()));
}

}  // namespace

void init_markdown() {
  static std::once_flag once;
  std::call_once(once, [] { cmark_gfm_core_extensions_ensure_registered(); });
}

std::string render_markdown(std::string_view markdown, const MarkdownOptions& options) {
  init_markdown();
  int flags = CMARK_OPT_FOOTNOTES | CMARK_OPT_VALIDATE_UTF8 | CMARK_OPT_SMART;
  if (options.allow_html) flags |= CMARK_OPT_UNSAFE;
  ParserPtr parser;
  NodePtr doc = parse(markdown, flags, parser);
  if (!doc) return {};
  apply_safety_rules(doc.get(), options.allow_html, options.min_heading_level);
  // Render before the parser is freed: it owns the extension list.
  CharPtr html(cmark_render_html(doc.get(), flags, cmark_parser_get_syntax_extensions(parser.get())));
  return post_process(html ? std::string(html.get()) : std::string(), options.id_prefix);
}

std::string markdown_to_text(std::string_view markdown) {
  init_markdown();
  ParserPtr parser;
  NodePtr doc = parse(markdown, CMARK_OPT_DEFAULT, parser);
  if (!doc) return {};
  std::string out;
  IterPtr iter(cmark_iter_new(doc.get()));
  cmark_event_type ev;
  while ((ev = cmark_iter_next(iter.get())) != CMARK_EVENT_DONE) {
    cmark_node* node = cmark_iter_get_node(iter.get());
    cmark_node_type type = cmark_node_get_type(node);
    if (ev == CMARK_EVENT_ENTER && (type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE)) {
      if (const char* lit = cmark_node_get_literal(node)) out += lit;
    } else if (type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK ||
               (ev == CMARK_EVENT_EXIT && (type == CMARK_NODE_PARAGRAPH || type == CMARK_NODE_HEADING ||
                                           type == CMARK_NODE_ITEM))) {
      if (!out.empty() && out.back() != ' ') out += ' ';
    }
  }
  return trim(out);
}

}  // namespace promisehub
