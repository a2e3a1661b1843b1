// cmark-gfm wrapper. Every C handle is owned by a unique_ptr with its own deleter.
#include "render/markdown.h"

#include "core/lang_marks.h"

#include <cmark-gfm-extension_api.h>
#include <cmark-gfm.h>

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <mutex>
#include <optional>
#include <tuple>
#include <vector>

#include "core/markdown_doc.h"
#include "core/text.h"
#include "i18n/catalog.h"
#include "model/site.h"
#include "render/raw_html.h"

namespace promisehub {
namespace {

struct CharDeleter {
  void operator()(char* s) const { std::free(s); }
};
using CharPtr = std::unique_ptr<char, CharDeleter>;

bool is_blocked_image(const char* url, const ImageRule& rule) {
  if (rule.any_site || !url) return false;
  std::optional<std::string> host = other_site_of(url);
  return host && std::find(rule.hosts.begin(), rule.hosts.end(), *host) == rule.hosts.end();
}

// Where a node's text starts, and the offset `at` inside its literal (bytes; 1-based).
ExternalImage located(cmark_node* node, const char* literal, std::size_t at, const char* url) {
  int line = cmark_node_get_start_line(node), column = cmark_node_get_start_column(node);
  std::string_view before(literal, at);
  std::size_t newline = before.rfind('\n');
  line += static_cast<int>(std::count(before.begin(), before.end(), '\n'));
  column = newline == std::string_view::npos ? column + static_cast<int>(at)
                                             : static_cast<int>(at - newline);
  return {line, column, url};
}

// Raw HTML without the tags that fetch pictures from other sites.
std::string without_blocked_fetches(cmark_node* node, const char* literal, const ImageRule& rule,
                                    std::vector<ExternalImage>* found) {
  std::string kept;
  std::size_t copied = 0;
  for (const FetchedUrl& f : urls_fetched_by(literal)) {
    if (!is_blocked_image(f.url.c_str(), rule)) continue;
    if (found) found->push_back(located(node, literal, f.at, f.url.c_str()));
    if (f.tag_begin < copied) continue;  // a tag with two such URLs goes once
    kept.append(literal + copied, f.tag_begin - copied);
    copied = f.tag_end;
  }
  if (copied == 0) return literal;
  return kept + (literal + copied);
}

// Unsafe links become their text; unsafe images and raw HTML disappear (spec §9), and so do
// pictures from other sites the site does not allow (noted in `found`, when given). A node
// inside one that is removed is left alone: it goes with its parent.
void apply_safety_rules(cmark_node* root, const MarkdownOptions& options,
                        std::vector<ExternalImage>* found = nullptr) {
  const bool allow_html = options.allow_html;
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
          bool blocked = url && is_safe_url(url) && is_blocked_image(url, options.images);
          if (blocked && found) found->push_back(located(node, "", 0, url));
          if (!url || !is_safe_url(url) || blocked) {
            remove.push_back(node);
            removing = node;
          }
          break;
        }
        case CMARK_NODE_HTML_BLOCK:
        case CMARK_NODE_HTML_INLINE: {
          const char* lit = cmark_node_get_literal(node);
          if (!allow_html || !lit || !is_safe_raw_html(lit)) {
            remove.push_back(node);
          } else if (std::string kept = without_blocked_fetches(node, lit, options.images, found);
                     kept.size() != std::strlen(lit)) {
            cmark_node_set_literal(node, kept.c_str());
          }
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
  if (top_level < options.min_heading_level) {
    int shift = options.min_heading_level - top_level;
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
std::string word(const Catalog* words, const std::string& key, const char* english) {
  return words && words->has(key) ? words->text(key) : std::string(english);
}

std::string post_process(std::string html, const std::string& prefix, const Catalog* words) {
  if (!prefix.empty() && html.find("fn") != std::string::npos) {
    html = replace_all(std::move(html), "id=\"fn", "id=\"" + prefix + "fn");
    html = replace_all(std::move(html), "href=\"#fn", "href=\"#" + prefix + "fn");
  }
  html = replace_all(std::move(html), "<input type=\"checkbox\" checked=\"\" disabled=\"\" />",
                     "<input type=\"checkbox\" checked disabled aria-label=\"" +
                         escape_html(word(words, "markdown.task_done", "Done")) + "\">");
  html =
      replace_all(std::move(html), "<input type=\"checkbox\" disabled=\"\" />",
                  "<input type=\"checkbox\" disabled aria-label=\"" +
                      escape_html(word(words, "markdown.task_not_done", "Not done yet")) + "\">");
  // cmark-gfm writes its footnotes' way back in English.
  if (words && words->has("markdown.back_to_content"))
    html =
        replace_all(std::move(html), "aria-label=\"Back to content\"",
                    "aria-label=\"" + escape_html(words->text("markdown.back_to_content")) + "\"");
  for (const char* align : {"left", "center", "right"}) {
    html = replace_all(std::move(html), std::string(" align=\"") + align + "\"",
                       std::string(" class=\"align-") + align + "\"");
  }
  return html;
}

std::string table_name(const Catalog* words, int n) {
  if (words && words->has("markdown.table"))
    return escape_html(words->format("markdown.table", {{"n", n}}));
  return "Table " + std::to_string(n);
}

// The text of the HTML in [from, to): tags dropped, spaces tidied.
std::string text_between(const std::string& html, std::size_t from, std::size_t to) {
  std::string out;
  bool in_tag = false;
  for (std::size_t i = from; i < to; ++i) {
    char c = html[i];
    if (c == '<') in_tag = true;
    if (!in_tag) {
      bool space = c == ' ' || c == '\n' || c == '\t';
      if (!space || (!out.empty() && out.back() != ' ')) out += space ? ' ' : c;
    }
    if (c == '>') in_tag = false;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

// Markdown has no way to write a table's caption: each table the text makes is named after the
// heading it sits under (or "Table 2" when there is none), for screen readers' lists of tables.
// One pass: a text of many thousands of tables stays quick.
std::string add_table_captions(const std::string& html, const Catalog* words) {
  const std::string open = "<table>\n";
  if (html.find(open) == std::string::npos) return html;
  std::string out;
  out.reserve(html.size() + 256);
  std::string heading;  // the text of the last heading before here
  int n = 0;
  std::size_t i = 0;
  while (i < html.size()) {
    std::size_t next = html.find('<', i);
    if (next == std::string::npos) break;
    out.append(html, i, next - i);
    i = next;
    bool is_heading = i + 3 < html.size() && html[i + 1] == 'h' && html[i + 2] >= '2' &&
                      html[i + 2] <= '6' && (html[i + 3] == '>' || html[i + 3] == ' ');
    if (is_heading) {
      std::size_t start = html.find('>', i);
      std::size_t end = start == std::string::npos ? start : html.find("</h", start);
      if (end != std::string::npos) heading = text_between(html, start + 1, end);
    } else if (html.compare(i, open.size(), open) == 0) {
      ++n;
      out += open;
      i += open.size();
      if (html.compare(i, 8, "<caption") != 0) {
        out += "<caption class=\"visually-hidden\">" +
               (heading.empty() ? table_name(words, n) : heading) + "</caption>\n";
      }
      continue;
    }
    out += '<';
    ++i;
  }
  if (i < html.size()) out.append(html, i, std::string::npos);
  return out;
}

}  // namespace

void init_markdown() {
  init_markdown_parser();
}

std::string render_markdown(std::string_view markdown, const MarkdownOptions& options) {
  // A text in the main language on a page in another (core/lang_marks.h): the HTML is marked as
  // a block, so that it is written in an element of its own with its `lang`.
  if (is_other_lang(markdown)) {
    std::string html = render_markdown(unmarked(markdown), options);
    return html.empty() ? html : kOtherLangStart + (kOtherLangBlock + html) + kOtherLangEnd;
  }
  int flags = kSiteMarkdownOptions;
  if (options.allow_html) flags |= CMARK_OPT_UNSAFE;
  MarkdownDoc doc = parse_markdown(markdown, flags);
  if (!doc.root) return {};
  apply_safety_rules(doc.root.get(), options);
  // Render before the parser is freed: it owns the extension list.
  CharPtr html(cmark_render_html(doc.root.get(), flags,
                                 cmark_parser_get_syntax_extensions(doc.parser.get())));
  std::string out = add_table_captions(post_process(html ? std::string(html.get()) : std::string(),
                                                    options.id_prefix, options.words),
                                       options.words);
  // cmark-gfm's table extension can cut a character in two ("[^ab\xC3\xA9|…" in a paragraph
  // that looks like a table): pages and feeds must stay valid UTF-8.
  if (!is_valid_utf8(out)) out = to_valid_utf8(out);
  return out;
}

std::vector<ExternalImage> external_images(std::string_view markdown,
                                           const MarkdownOptions& options) {
  std::vector<ExternalImage> found;
  // Most texts have no picture at all: only those are parsed again.
  bool may_have = markdown.find("![") != std::string_view::npos ||
                  (options.allow_html && markdown.find('<') != std::string_view::npos);
  if (options.images.any_site || !may_have) return found;
  int flags = kSiteMarkdownOptions;
  if (options.allow_html) flags |= CMARK_OPT_UNSAFE;
  MarkdownDoc doc = parse_markdown(markdown, flags);
  if (!doc.root) return found;
  apply_safety_rules(doc.root.get(), options, &found);
  // cmark counts bytes; people count characters.
  std::vector<std::size_t> line_starts{0};
  for (std::size_t i = 0; i < markdown.size(); ++i)
    if (markdown[i] == '\n') line_starts.push_back(i + 1);
  for (ExternalImage& image : found) {
    if (image.line < 1 || static_cast<std::size_t>(image.line) > line_starts.size()) continue;
    std::size_t start = line_starts[static_cast<std::size_t>(image.line) - 1];
    std::size_t end = std::min(markdown.size(), start + static_cast<std::size_t>(image.column) - 1);
    image.column = line_column_of(markdown.substr(start, end - start), end - start).second;
  }
  std::sort(found.begin(), found.end(), [](const ExternalImage& a, const ExternalImage& b) {
    return std::tie(a.line, a.column) < std::tie(b.line, b.column);
  });
  return found;
}

ImageRule image_rule_for(const SiteConfig& config) {
  ImageRule rule;
  rule.any_site = config.any_external_image;
  for (const auto& host : config.external_image_hosts) rule.hosts.push_back(to_lower_ascii(host));
  if (auto own = other_site_of(config.base_url)) rule.hosts.push_back(*own);
  return rule;
}

std::string markdown_to_text(std::string_view markdown) {
  if (is_other_lang(markdown)) return mark_other_lang(markdown_to_text(unmarked(markdown)));
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
