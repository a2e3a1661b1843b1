// Parsing Markdown with cmark-gfm, after a linear look at the text for inputs it is slow on.
#include "core/markdown_doc.h"

#include <cmark-gfm-core-extensions.h>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <mutex>
#include <string>
#include <vector>

#include "core/text.h"

namespace promisehub {
namespace {

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
}  // namespace

void init_markdown_parser() {
  static std::once_flag once;
  std::call_once(once, [] { cmark_gfm_core_extensions_ensure_registered(); });
}

MarkdownDoc parse_markdown(std::string_view text, int options) {
  init_markdown_parser();
  Defused markdown = defuse(text);
  MarkdownDoc doc;
  doc.parser.reset(cmark_parser_new(options));
  for (const char* name : {"table", "strikethrough", "autolink", "tagfilter", "tasklist"}) {
    if ((!markdown.tables && std::strcmp(name, "table") == 0) ||
        (!markdown.autolinks && std::strcmp(name, "autolink") == 0))
      continue;
    if (cmark_syntax_extension* ext = cmark_find_syntax_extension(name))
      cmark_parser_attach_syntax_extension(doc.parser.get(), ext);
  }
  cmark_parser_feed(doc.parser.get(), markdown.text.data(), markdown.text.size());
  doc.root.reset(cmark_parser_finish(doc.parser.get()));
  return doc;
}

}  // namespace promisehub
