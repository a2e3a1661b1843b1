// Fuzzes the glossary linker on the decoded text of rendered Markdown. The first line holds the
// terms, split at '|'; the rest is Markdown ("!html\n" first: as with `allow_html: true`).
// Whatever the input: taking out the links and <abbr> it adds gives back the page byte for byte,
// the text a reader sees is the same (no markup inside a character reference), and the page
// stays safe and valid UTF-8.
#include <cstdio>
#include <string>
#include <vector>

#include "core/text.h"
#include "hostile/html_safety.h"
#include "render/glossary_linker.h"
#include "render/markdown.h"

namespace {

const std::string kLink = "<a class=\"term\" href=\"/g/#t\">";
const std::string kAbbr = "<abbr title=\"T\">";

void fail(const char* what, const std::string& html) {
  std::fprintf(stderr, "%s:\n%s\n", what, html.c_str());
  __builtin_trap();
}

// The text as a browser shows it: each run between tags decoded on its own, so markup put
// inside a reference ("&<a …>amp</a>;") shows up as a change.
std::string visible(const std::string& html) {
  std::string out;
  for (std::size_t i = 0; i < html.size();) {
    std::size_t tag = html.find('<', i);
    if (tag == std::string::npos) tag = html.size();
    out += promisehub::hostile::detail::decode(std::string_view(html).substr(i, tag - i));
    std::size_t end = tag < html.size() ? html.find('>', tag) : tag;
    i = end == std::string::npos ? html.size() : end + 1;
  }
  return out;
}

// The page without what the linker added, checking each addition on the way.
std::string without_additions(const std::string& linked) {
  std::string out;
  std::size_t i = 0;
  while (i < linked.size()) {
    bool link = linked.compare(i, kLink.size(), kLink) == 0;
    bool abbr = !link && linked.compare(i, kAbbr.size(), kAbbr) == 0;
    if (!link && !abbr) {
      out += linked[i++];
      continue;
    }
    const std::string& open = link ? kLink : kAbbr;
    const std::string close = link ? "</a>" : "</abbr>";
    std::size_t end = linked.find(close, i + open.size());
    if (end == std::string::npos) fail("an addition is not closed", linked);
    if (linked.find('<', i + open.size()) != end) fail("a term runs into markup", linked);
    out.append(linked, i + open.size(), end - i - open.size());
    i = end + close.size();
  }
  return out;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace promisehub;
  std::string text(reinterpret_cast<const char*>(data), size);
  std::size_t line_end = text.find('\n');
  if (line_end == std::string::npos) return 0;
  std::vector<GlossaryEntry> entries;
  for (const std::string& term : split(text.substr(0, line_end), '|')) {
    if (entries.size() == 64 || !is_valid_utf8(term)) break;
    entries.push_back({{term, {}}, "T", {"T", {}}, "t"});
  }
  text.erase(0, line_end + 1);
  MarkdownOptions options;
  if (text.compare(0, 6, "!html\n") == 0) {
    options.allow_html = true;
    text.erase(0, 6);
  }
  options.id_prefix = "u1-";
  const std::string html = render_markdown(text, options);
  const std::string linked = GlossaryLinker(entries, "/g/").apply(html);
  // Markdown never writes these itself; raw HTML that does is left out of the comparison.
  bool ours = html.find(kLink) == std::string::npos && html.find(kAbbr) == std::string::npos;
  if (ours && without_additions(linked) != html) fail("the page changed", linked);
  if (visible(linked) != visible(html)) fail("the text a reader sees changed", linked);
  if (!hostile::html_dangers(linked).empty()) fail("unsafe HTML", linked);
  if (!is_valid_utf8(linked)) fail("not UTF-8", linked);
  return 0;
}
