// A small tokenizer after the HTML standard's: enough to see every tag and attribute a browser
// would see in a piece of raw HTML, and to refuse the piece when anything could run.
#include "render/raw_html.h"

#include <algorithm>
#include <cctype>
#include <cstdint>

#include "core/text.h"

namespace promisehub {
namespace {

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}
bool is_alpha(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// Elements that run code, load other documents, or change how the rest of the page is read.
bool is_forbidden_element(const std::string& name) {
  static const char* const kForbidden[] = {
      "script",  "style", "iframe",   "frame",   "frameset", "object",    "embed",    "applet",
      "form",    "meta",  "link",     "base",    "svg",      "math",      "template", "noscript",
      "xmp",     "title", "textarea", "noembed", "noframes", "plaintext", "portal",   "param",
      "listing", "xml",   "import",   "isindex", "slot"};
  return std::find(std::begin(kForbidden), std::end(kForbidden), name) != std::end(kForbidden);
}

bool is_url_attribute(const std::string& name) {
  static const char* const kUrl[] = {
      "href", "src",    "action",   "formaction", "xlink:href", "poster",   "background",
      "cite", "data",   "codebase", "lowsrc",     "dynsrc",     "longdesc", "manifest",
      "ping", "usemap", "profile",  "classid",    "archive",    "icon",     "xml:base"};
  return std::find(std::begin(kUrl), std::end(kUrl), name) != std::end(kUrl);
}

// Lower-case, with the whitespace and control characters browsers skip inside a URL removed.
std::string squeezed(std::string_view value) {
  std::string out;
  for (char c : to_lower_ascii(decode_html_references(value)))
    if (static_cast<unsigned char>(c) > 0x20) out += c;
  return out;
}

bool safe_attribute(const std::string& name, std::string_view raw_value) {
  // `name` can shadow document properties the theme's script uses (DOM clobbering).
  if (starts_with(name, "on") || name == "srcdoc" || name == "name" || name == "http-equiv")
    return false;
  if (is_url_attribute(name)) return is_safe_url(decode_html_references(raw_value));
  if (name == "srcset" || name == "imagesrcset") {
    for (const auto& candidate : split(decode_html_references(raw_value), ',')) {
      std::string url = trim(candidate);
      url = url.substr(0, url.find_first_of(" \t\n"));
      if (!url.empty() && !is_safe_url(url)) return false;
    }
  }
  if (name == "style") {
    std::string value = squeezed(raw_value);
    for (const char* bad :
         {"url(", "expression", "@import", "behavior", "binding", "javascript:", "vbscript:", "\\"})
      if (value.find(bad) != std::string::npos) return false;
  }
  return true;  // other attributes are text (title, alt, class …)
}

struct Cursor {
  std::string_view s;
  std::size_t i = 0;
  bool done() const { return i >= s.size(); }
  char peek() const { return done() ? '\0' : s[i]; }
  bool skip_to(std::string_view closer) {
    std::size_t end = s.find(closer, i);
    if (end == std::string_view::npos) return false;
    i = end + closer.size();
    return true;
  }
};

struct Attribute {
  std::string name;  // lower-case
  std::string_view value;
  std::size_t at = 0;  // where the value starts in the HTML
};

struct Tag {
  std::size_t begin = 0, end = 0;  // from its '<' to after its '>'
  bool closing = false;
  std::string name;  // lower-case
  std::vector<Attribute> attributes;
};

// Reads one tag after its `<` (or `</`); false when it never ends, or holds '<' or '>' where the
// glossary linker would take them for the end of a tag.
bool read_tag(Cursor& c, Tag& tag) {
  while (!c.done() && !is_space(c.peek()) && c.peek() != '/' && c.peek() != '>')
    tag.name += static_cast<char>(std::tolower(static_cast<unsigned char>(c.s[c.i++])));
  while (true) {
    while (!c.done() && (is_space(c.peek()) || c.peek() == '/')) ++c.i;
    if (c.done()) return false;  // the tag never ends: it would swallow what follows
    if (c.peek() == '>') {
      tag.end = ++c.i;
      return true;
    }
    Attribute attr;
    // The first character may be '=' (an odd name, but a name all the same).
    do {
      attr.name += static_cast<char>(std::tolower(static_cast<unsigned char>(c.s[c.i++])));
    } while (!c.done() && !is_space(c.peek()) && c.peek() != '/' && c.peek() != '>' &&
             c.peek() != '=');
    while (!c.done() && is_space(c.peek())) ++c.i;
    attr.at = c.i;
    if (c.peek() == '=') {
      ++c.i;
      while (!c.done() && is_space(c.peek())) ++c.i;
      if (c.done()) return false;
      char quote = c.peek();
      if (quote == '"' || quote == '\'') {
        std::size_t end = c.s.find(quote, c.i + 1);
        if (end == std::string_view::npos) return false;  // an open quote swallows the page
        attr.at = c.i + 1;
        attr.value = c.s.substr(c.i + 1, end - c.i - 1);
        c.i = end + 1;
      } else {
        attr.at = c.i;
        while (!c.done() && !is_space(c.peek()) && c.peek() != '>') ++c.i;
        attr.value = c.s.substr(attr.at, c.i - attr.at);
      }
    }
    // '<' or '>' inside an attribute: harmless to a browser, but not to the glossary linker,
    // which finds tags by their '>' and would put its own markup inside the value.
    if (attr.name.find_first_of("<>") != std::string::npos ||
        attr.value.find_first_of("<>") != std::string_view::npos)
      return false;
    tag.attributes.push_back(std::move(attr));
  }
}

bool is_safe_tag(const Tag& tag) {
  if (tag.closing) return true;
  if (is_forbidden_element(tag.name)) return false;
  return std::all_of(tag.attributes.begin(), tag.attributes.end(),
                     [](const Attribute& a) { return safe_attribute(a.name, a.value); });
}

// Attributes whose URLs a browser fetches by itself as the page loads (or, for `ping`, when a
// link is followed): a picture, a video's poster, a table's background …
bool is_fetch_attribute(const std::string& name) {
  static const char* const kFetched[] = {"src",    "srcset", "imagesrcset", "poster", "background",
                                         "lowsrc", "dynsrc", "ping",        "data"};
  return std::find(std::begin(kFetched), std::end(kFetched), name) != std::end(kFetched);
}

// A comment after its "<!", as a browser ends it: at "-->", "--!>", or at once for "<!-->" and
// "<!--->". One left open would hide the rest of the page; one holding '<' or '>' may be a
// conditional comment (old browsers read its inside) or hide a tag from the glossary linker.
bool read_comment(Cursor& c) {
  c.i += 3;  // "!--"
  std::size_t start = c.i;
  if (c.s.substr(start, 1) == ">" || c.s.substr(start, 2) == "->") return false;  // abrupt end
  std::size_t end = std::min(c.s.find("-->", start), c.s.find("--!>", start));
  if (end == std::string_view::npos) return false;
  std::string_view inside = c.s.substr(start, end - start);
  if (inside.find_first_of("<>") != std::string_view::npos) return false;
  // "<!--[if IE]>" is a conditional comment, even when a "--!>" closes it early.
  if (to_lower_ascii(inside).find("[if") != std::string::npos) return false;
  c.i = end + (c.s.compare(end, 3, "-->") == 0 ? 3 : 4);
  return true;
}

void append_utf8(std::string& out, std::uint32_t cp) {
  if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

}  // namespace

std::string decode_html_references(std::string_view text) {
  static const std::pair<const char*, const char*> kNamed[] = {
      {"colon", ":"},  {"tab", "\t"},   {"newline", "\n"}, {"sol", "/"},    {"lpar", "("},
      {"rpar", ")"},   {"amp", "&"},    {"lt", "<"},       {"gt", ">"},     {"quot", "\""},
      {"apos", "'"},   {"period", "."}, {"comma", ","},    {"excl", "!"},   {"num", "#"},
      {"percnt", "%"}, {"equals", "="}, {"commat", "@"},   {"bsol", "\\"},  {"quest", "?"},
      {"nbsp", " "},   {"semi", ";"},   {"plus", "+"},     {"lowbar", "_"}, {"hyphen", "-"},
      {"dash", "-"}};
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    if (text[i] != '&') {
      out += text[i++];
      continue;
    }
    std::size_t j = i + 1;
    if (j < text.size() && text[j] == '#') {
      ++j;
      bool hex = j < text.size() && (text[j] == 'x' || text[j] == 'X');
      if (hex) ++j;
      std::uint32_t cp = 0;
      std::size_t digits = 0;
      for (; j < text.size(); ++j, ++digits) {
        char d = text[j];
        int v = d >= '0' && d <= '9'          ? d - '0'
                : hex && d >= 'a' && d <= 'f' ? d - 'a' + 10
                : hex && d >= 'A' && d <= 'F' ? d - 'A' + 10
                                              : -1;
        if (v < 0) break;
        cp =
            std::min<std::uint32_t>(cp * (hex ? 16 : 10) + static_cast<std::uint32_t>(v), 0x110000);
      }
      if (digits == 0) {
        out += text[i++];
        continue;
      }
      if (j < text.size() && text[j] == ';') ++j;  // browsers accept a missing ';'
      append_utf8(out, cp);
      i = j;
      continue;
    }
    std::size_t k = j;
    while (k < text.size() && k - j < 32 &&
           (is_alpha(text[k]) || (text[k] >= '0' && text[k] <= '9')))
      ++k;
    std::string name = to_lower_ascii(text.substr(j, k - j));
    const char* replacement = nullptr;
    for (const auto& [n, r] : kNamed)
      if (name == n) replacement = r;
    if (!replacement) {
      out += text[i++];
      continue;
    }
    out += replacement;
    i = k < text.size() && text[k] == ';' ? k + 1 : k;
  }
  return out;
}

namespace {

// Every tag of `html` as a browser reads it, shown to `on_tag`; false when a part is incomplete
// or `on_tag` says a tag is not safe.
template <typename OnTag>
bool walk_tags(std::string_view html, OnTag on_tag) {
  Cursor c{html};
  while (!c.done()) {
    std::size_t lt = html.find('<', c.i);
    if (lt == std::string_view::npos) return true;
    c.i = lt + 1;
    if (c.s.substr(c.i, 3) == "!--") {
      if (!read_comment(c)) return false;
    } else if (c.peek() == '!' || c.peek() == '?') {
      if (!c.skip_to(">")) return false;  // doctype, CDATA, processing instruction
    } else if (is_alpha(c.peek()) ||
               (c.peek() == '/' && c.i + 1 < html.size() && is_alpha(html[c.i + 1]))) {
      Tag tag;
      tag.begin = lt;
      tag.closing = c.peek() == '/';
      if (tag.closing) ++c.i;
      if (!read_tag(c, tag) || !on_tag(tag)) return false;
    }
    // Anything else is a plain '<' in text.
  }
  return true;
}

}  // namespace

bool is_safe_raw_html(std::string_view html) {
  return walk_tags(html, is_safe_tag);
}

std::vector<FetchedUrl> urls_fetched_by(std::string_view html) {
  std::vector<FetchedUrl> out;
  walk_tags(html, [&](const Tag& tag) {
    for (const Attribute& a : tag.attributes) {
      if (tag.closing || !is_fetch_attribute(a.name)) continue;
      std::string value = decode_html_references(a.value);
      if (a.name != "srcset" && a.name != "imagesrcset" && a.name != "ping") {
        out.push_back({tag.begin, tag.end, a.at, trim(value)});
        continue;
      }
      // "a.png 1x, b.png 2x"; `ping` lists addresses with spaces between.
      for (const auto& part : split(value, a.name == "ping" ? ' ' : ',')) {
        std::string url = trim(part);
        url = url.substr(0, url.find_first_of(" \t\n"));
        if (!url.empty()) out.push_back({tag.begin, tag.end, a.at, url});
      }
    }
    return true;
  });
  return out;
}

// The host a URL fetches from when it names another site ("https://…", "//…"), as a browser
// reads it: tabs and newlines dropped, '\' as '/', any number of slashes, no user or port.
std::optional<std::string> other_site_of(std::string_view raw) {
  std::string url;
  for (char c : to_lower_ascii(trim(raw)))
    if (c != '\t' && c != '\n' && c != '\r') url += c == '\\' ? '/' : c;
  std::size_t from;
  if (starts_with(url, "//")) {
    from = 0;
  } else if (starts_with(url, "http:") || starts_with(url, "https:")) {
    from = url.find(':') + 1;
  } else {
    return std::nullopt;  // relative, or a kind of address that fetches nothing (mailto:)
  }
  from = std::min(url.find_first_not_of('/', from), url.size());
  std::string host = url.substr(from, url.find_first_of("/?#", from) - from);
  if (std::size_t at = host.rfind('@'); at != std::string::npos) host.erase(0, at + 1);
  if (starts_with(host, "[")) {
    host = host.substr(0, host.find(']') + 1);
  } else if (std::size_t colon = host.find(':'); colon != std::string::npos) {
    host.erase(colon);
  }
  std::string decoded;  // browsers decode %41 in a host name
  for (std::size_t i = 0; i < host.size(); ++i) {
    if (host[i] == '%' && i + 2 < host.size() &&
        std::isxdigit(static_cast<unsigned char>(host[i + 1])) &&
        std::isxdigit(static_cast<unsigned char>(host[i + 2]))) {
      decoded += static_cast<char>(std::stoi(host.substr(i + 1, 2), nullptr, 16));
      i += 2;
    } else {
      decoded += host[i];
    }
  }
  host = to_lower_ascii(decoded);
  while (!host.empty() && host.back() == '.') host.pop_back();
  return host;
}

}  // namespace promisehub
