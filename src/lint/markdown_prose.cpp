// Markdown to plain prose with cmark-gfm: keeps what a reader reads, drops code, tables, URLs.
#include "lint/markdown_prose.h"

#include <cstring>
#include <memory>

#include "core/markdown_doc.h"
#include "lint/text_scan.h"

namespace promisehub::lint {
namespace {

std::string_view line_at(std::string_view text, std::size_t pos) {
  const std::size_t end = text.find('\n', pos);
  std::string_view line =
      text.substr(pos, end == std::string_view::npos ? text.size() - pos : end - pos);
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  return line;
}

// Skips "---\n...\n---" (YAML) or "+++\n...\n+++" (TOML) at the very start.
std::string_view strip_front_matter(std::string_view markdown) {
  if (markdown.substr(0, 3) == "\xEF\xBB\xBF") markdown.remove_prefix(3);
  const std::string_view fence = line_at(markdown, 0);
  if (fence != "---" && fence != "+++") return markdown;
  std::size_t pos = markdown.find('\n');
  while (pos != std::string_view::npos) {
    const std::string_view line = line_at(markdown, pos + 1);
    if (line == fence || (fence == "---" && line == "...")) {
      const std::size_t end = markdown.find('\n', pos + 1);
      return end == std::string_view::npos ? std::string_view() : markdown.substr(end + 1);
    }
    pos = markdown.find('\n', pos + 1);
  }
  return markdown;  // no closing fence: not front matter
}

bool is_type(cmark_node* node, const char* name) {
  return std::strcmp(cmark_node_get_type_string(node), name) == 0;
}

std::string text_of(cmark_node* node) {
  std::string out;
  IterPtr iter(cmark_iter_new(node));
  for (auto ev = cmark_iter_next(iter.get()); ev != CMARK_EVENT_DONE;
       ev = cmark_iter_next(iter.get())) {
    cmark_node* current = cmark_iter_get_node(iter.get());
    if (ev == CMARK_EVENT_ENTER && cmark_node_get_type(current) == CMARK_NODE_TEXT) {
      out += cmark_node_get_literal(current);
    }
  }
  return out;
}

// A link whose text is its own address ("https://…", "<a@b.org>") is not prose.
bool link_text_is_address(cmark_node* link) {
  const std::string text = text_of(link);
  const char* url_c = cmark_node_get_url(link);
  const std::string url = url_c ? url_c : "";
  if (text.empty() || text == url || "mailto:" + text == url) return true;
  const auto spans = detail::non_prose_spans(text);
  return spans.size() == 1 && spans[0].begin == 0 && spans[0].end == text.size();
}

bool ends_with_terminal(std::string_view s) {
  while (!s.empty() && std::string_view(")]\"'*_").find(s.back()) != std::string_view::npos) {
    s.remove_suffix(1);
  }
  for (std::string_view closer : {"\xE2\x80\x99", "\xE2\x80\x9D"}) {  // ’ ”
    while (s.size() >= closer.size() && s.substr(s.size() - closer.size()) == closer) {
      s.remove_suffix(closer.size());
    }
  }
  if (s.empty()) return false;
  const char c = s.back();
  const bool ellipsis = s.size() >= 3 && s.substr(s.size() - 3) == "\xE2\x80\xA6";
  return c == '.' || c == '!' || c == '?' || c == ':' || ellipsis;
}

// Dropped code and links leave gaps: "see  for more ." becomes "see for more."
std::string tidy_spaces(std::string_view block) {
  std::string out;
  for (char c : block) {
    const bool space = detail::is_ascii_space(c);
    if (space && (out.empty() || out.back() == ' ')) continue;
    if (!out.empty() && out.back() == ' ' &&
        std::string_view(".,;:!?").find(c) != std::string_view::npos) {
      out.pop_back();
    }
    out.push_back(space ? ' ' : c);
  }
  if (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

class ProseWriter {
 public:
  void text(std::string_view s) { block_ += s; }
  void space() {
    if (!block_.empty() && block_.back() != ' ') block_ += ' ';
  }
  void end_block() {
    const std::string tidy = tidy_spaces(block_);
    block_.clear();
    if (tidy.empty()) return;
    if (!out_.empty()) out_ += "\n\n";
    out_ += tidy;
    if (!ends_with_terminal(tidy)) out_ += '.';
  }
  std::string finish() {
    end_block();
    return std::move(out_);
  }

 private:
  std::string block_;
  std::string out_;
};

}  // namespace

std::string prose_from_markdown(std::string_view markdown) {
  const std::string_view body = strip_front_matter(markdown);
  // Read as the site reads it (footnotes, smart punctuation), without rendering anything.
  MarkdownDoc doc = parse_markdown(body);
  if (!doc.root) return {};

  ProseWriter writer;
  IterPtr iter(cmark_iter_new(doc.root.get()));
  for (auto ev = cmark_iter_next(iter.get()); ev != CMARK_EVENT_DONE;
       ev = cmark_iter_next(iter.get())) {
    cmark_node* node = cmark_iter_get_node(iter.get());
    const cmark_node_type type = cmark_node_get_type(node);
    if (ev == CMARK_EVENT_EXIT) {
      if (type == CMARK_NODE_PARAGRAPH || type == CMARK_NODE_HEADING) writer.end_block();
      continue;
    }
    switch (type) {
      case CMARK_NODE_TEXT:
        writer.text(cmark_node_get_literal(node));
        break;
      case CMARK_NODE_SOFTBREAK:
      case CMARK_NODE_LINEBREAK:
        writer.space();
        break;
      case CMARK_NODE_IMAGE:
        cmark_iter_reset(iter.get(), node, CMARK_EVENT_EXIT);  // skip the alt text
        break;
      case CMARK_NODE_LINK:
        if (link_text_is_address(node)) cmark_iter_reset(iter.get(), node, CMARK_EVENT_EXIT);
        break;
      case CMARK_NODE_PARAGRAPH:
      case CMARK_NODE_HEADING:
        writer.end_block();  // text before a nested block (rare) stays its own sentence
        break;
      default:
        // Code, HTML and footnotes are leaves or skipped; tables are an extension type.
        if (is_type(node, "table")) cmark_iter_reset(iter.get(), node, CMARK_EVENT_EXIT);
        break;
    }
  }
  return writer.finish();
}

}  // namespace promisehub::lint
