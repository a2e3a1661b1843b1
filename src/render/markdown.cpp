// cmark-gfm wrapper. Every C handle is owned by a unique_ptr with its own deleter.
#include "render/markdown.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <mutex>
#include <vector>

#include "core/text.h"
#include "render/raw_html.h"

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

// Debian's cmark-gfm (0.29.0.gfm.6) predates the fixes for several inputs whose parse time grows
// with the square of their size, or whose output grows far beyond it. A linear look at the text
// first decides what to defuse; real content never comes near these limits.
constexpr std::uint64_t kTableRowWork = 16'000'000;  // sum over lines of (cells in the line)²
constexpr std::uint64_t kTableCells = 500'000;       // cells a table may fill in with blanks
constexpr std::uint64_t kAutolinkWork = 16'000'000;  // characters rescanned after "www."
constexpr std::size_t kMaxHtmlOpeners = 256;         // "<?" and "<!": each scans to its end

struct Defused {
  std::string text;
  bool tables = true;
  bool autolinks = true;
};

bool is_blank_line(std::string_view line) {
  return std::all_of(line.begin(), line.end(), [](char c) { return c == ' ' || c == '\t'; });
}

// "|---|:--:|", also behind "> " or "- ": the line under a table's header row.
bool is_delimiter_row(std::string_view line) {
  bool dash = false;
  for (char c : line) {
    if (c == '-') {
      dash = true;
    } else if (!std::strchr(" \t|:>*+.)0123456789", c)) {
      return false;
    }
  }
  return dash;
}

Defused defuse(std::string_view md) {
  Defused out;
  std::vector<std::pair<std::size_t, std::size_t>> lines;  // [begin, end)
  for (std::size_t b = 0; b <= md.size();) {
    std::size_t e = md.find('\n', b);
    if (e == std::string_view::npos) e = md.size();
    lines.push_back({b, e});
    b = e + 1;
  }
  // Tables: cells per row (quadratic in the parser) and blank cells a table adds to short rows.
  std::vector<std::size_t> next_blank(lines.size() + 1, lines.size());
  for (std::size_t i = lines.size(); i-- > 0;) {
    std::string_view line = md.substr(lines[i].first, lines[i].second - lines[i].first);
    next_blank[i] = is_blank_line(line) ? i : next_blank[i + 1];
  }
  std::uint64_t row_work = 0, cells = 0;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    std::string_view line = md.substr(lines[i].first, lines[i].second - lines[i].first);
    std::uint64_t pipes = static_cast<std::uint64_t>(std::count(line.begin(), line.end(), '|'));
    row_work += (pipes + 1) * (pipes + 1);
    if (is_delimiter_row(line)) cells += (pipes + 1) * (next_blank[i + 1] - i);
    if (row_work > kTableRowWork || cells > kTableCells) {
      out.tables = false;
      break;
    }
  }
  // Autolinks: from each "www." the extension rescans to the end of the word, and from each
  // '@' the whole word around it.
  std::uint64_t autolink_work = 0;
  for (std::size_t start = 0; start < md.size() && out.autolinks;) {
    std::size_t end = md.find_first_of(" \t\n<", start);
    if (end == std::string_view::npos) end = md.size();
    for (std::size_t i = start; i < end; ++i) {
      if (md[i] == '@') autolink_work += end - start;
      if (md[i] == 'w' && md.compare(i, 4, "www.") == 0) autolink_work += end - i;
    }
    if (autolink_work > kAutolinkWork) out.autolinks = false;
    start = end + 1;
  }
  // Raw HTML openers without their closers: escaped, so the parser reads them as text.
  std::size_t openers = 0;
  auto is_opener = [&](std::size_t i) {
    return md[i] == '<' && i + 1 < md.size() && (md[i + 1] == '?' || md[i + 1] == '!') &&
           md.compare(i, 4, "<!--") != 0;
  };
  for (std::size_t i = 0; i < md.size(); ++i) openers += is_opener(i) ? 1 : 0;
  if (openers <= kMaxHtmlOpeners) {
    out.text = std::string(md);
  } else {
    out.text.reserve(md.size() + openers);
    for (std::size_t i = 0; i < md.size(); ++i) {
      if (is_opener(i)) out.text += '\\';
      out.text += md[i];
    }
  }
  // cmark-gfm's own repair of bad bytes makes the text longer, which confuses its table
  // extension: it then cuts a character in two. Content files are checked before they get
  // here; other callers get the same repair, done first.
  if (!is_valid_utf8(out.text) || out.text.find('\0') != std::string::npos)
    out.text = to_valid_utf8(out.text);
  return out;
}

// Unsafe links become their text; unsafe images and raw HTML disappear (spec §9). A node inside
// one that is removed is left alone: it goes with its parent.
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

NodePtr parse(const Defused& markdown, int options, ParserPtr& parser) {
  parser.reset(cmark_parser_new(options));
  for (const char* name : {"table", "strikethrough", "autolink", "tagfilter", "tasklist"}) {
    if ((!markdown.tables && std::strcmp(name, "table") == 0) ||
        (!markdown.autolinks && std::strcmp(name, "autolink") == 0))
      continue;
    if (cmark_syntax_extension* ext = cmark_find_syntax_extension(name))
      cmark_parser_attach_syntax_extension(parser.get(), ext);
  }
  cmark_parser_feed(parser.get(), markdown.text.data(), markdown.text.size());
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
  NodePtr doc = parse(defuse(markdown), flags, parser);
  if (!doc) return {};
  apply_safety_rules(doc.get(), options.allow_html, options.min_heading_level);
  // Render before the parser is freed: it owns the extension list.
  CharPtr html(
      cmark_render_html(doc.get(), flags, cmark_parser_get_syntax_extensions(parser.get())));
  std::string out = post_process(html ? std::string(html.get()) : std::string(), options.id_prefix);
  // cmark-gfm's table extension can cut a character in two ("[^ab\xC3\xA9|…" in a paragraph
  // that looks like a table): pages and feeds must stay valid UTF-8.
  if (!is_valid_utf8(out)) out = to_valid_utf8(out);
  return out;
}

std::string markdown_to_text(std::string_view markdown) {
  init_markdown();
  ParserPtr parser;
  NodePtr doc = parse(defuse(markdown), CMARK_OPT_DEFAULT, parser);
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
               (ev == CMARK_EVENT_EXIT &&
                (type == CMARK_NODE_PARAGRAPH || type == CMARK_NODE_HEADING ||
                 type == CMARK_NODE_ITEM))) {
      if (!out.empty() && out.back() != ' ') out += ' ';
    }
  }
  return is_valid_utf8(out) ? trim(out) : trim(to_valid_utf8(out));
}

}  // namespace promisehub
