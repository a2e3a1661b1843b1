// Active content: kinds of file a browser runs, and an SVG reader that looks at every tag and
// attribute the way an XML parser sees them (names with any prefix, character references
// decoded), refusing what could run or hide something from this reading.
#include "core/active_content.h"

#include <algorithm>
#include <cctype>
#include <cstdint>

#include "core/text.h"

namespace promisehub {
namespace {

struct KindOfFile {
  const char* extension;
  const char* what;
};

// A browser opens these as documents or runs them as programs on the site's address.
const KindOfFile kActiveKinds[] = {
    {".html", "a web page (.html)"},
    {".htm", "a web page (.htm)"},
    {".xhtml", "a web page (.xhtml)"},
    {".xht", "a web page (.xht)"},
    {".shtml", "a web page (.shtml)"},
    {".mht", "a saved web page (.mht)"},
    {".mhtml", "a saved web page (.mhtml)"},
    {".xml", "an XML document, which can hold a web page (.xml)"},
    {".xsl", "an XSL style sheet, which makes web pages (.xsl)"},
    {".xslt", "an XSL style sheet, which makes web pages (.xslt)"},
    {".js", "a script (.js)"},
    {".mjs", "a script (.mjs)"},
    {".cjs", "a script (.cjs)"},
    {".wasm", "a WebAssembly program (.wasm)"},
    {".svgz", "a compressed SVG picture, which cannot be checked for scripts (.svgz)"},
};

// Elements (by local name, whatever the prefix) that run code, load documents or handle events.
const char* const kActiveElements[] = {"script",   "foreignobject", "iframe", "frame",
                                       "frameset", "embed",         "object", "applet",
                                       "handler",  "listener",      "portal"};

// Pictures that data: addresses inside an SVG may hold (they never run).
const char* const kPictureData[] = {"image/png", "image/jpeg", "image/jpg", "image/gif",
                                    "image/webp"};

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

std::string extension_of(std::string_view name) {
  std::size_t slash = name.rfind('/');
  std::string_view base = slash == std::string_view::npos ? name : name.substr(slash + 1);
  std::size_t dot = base.rfind('.');
  return dot == std::string_view::npos || dot == 0 ? std::string()
                                                   : to_lower_ascii(base.substr(dot));
}

// Letters, digits, '-', '_', '.', ':' and anything beyond ASCII: what XML allows in a name.
bool is_xml_name(std::string_view name) {
  return std::all_of(name.begin(), name.end(), [](char c) {
    unsigned char u = static_cast<unsigned char>(c);
    return u >= 0x80 || std::isalnum(u) || c == '-' || c == '_' || c == '.' || c == ':';
  });
}

std::string local_name(std::string_view name) {
  std::size_t colon = name.rfind(':');
  return to_lower_ascii(colon == std::string_view::npos ? name : name.substr(colon + 1));
}

// XML knows five named references and numeric ones; others need a DTD, which is refused.
std::string decode_xml_references(std::string_view text) {
  static const std::pair<const char*, char> kNamed[] = {
      {"amp;", '&'}, {"lt;", '<'}, {"gt;", '>'}, {"quot;", '"'}, {"apos;", '\''}};
  std::string out;
  for (std::size_t i = 0; i < text.size();) {
    if (text[i] != '&') {
      out += text[i++];
      continue;
    }
    bool done = false;
    for (const auto& [name, c] : kNamed) {
      if (text.compare(i + 1, std::char_traits<char>::length(name), name) == 0) {
        out += c;
        i += 1 + std::char_traits<char>::length(name);
        done = true;
        break;
      }
    }
    if (done) continue;
    std::size_t j = i + 1;
    if (j < text.size() && text[j] == '#') {
      bool hex = j + 1 < text.size() && (text[j + 1] == 'x' || text[j + 1] == 'X');
      j += hex ? 2 : 1;
      std::uint32_t cp = 0;
      std::size_t start = j;
      for (; j < text.size() && j - start < 8; ++j) {
        char d = static_cast<char>(std::tolower(static_cast<unsigned char>(text[j])));
        int v = d >= '0' && d <= '9' ? d - '0' : hex && d >= 'a' && d <= 'f' ? d - 'a' + 10 : -1;
        if (v < 0) break;
        cp = cp * (hex ? 16 : 10) + static_cast<std::uint32_t>(v);
      }
      if (j > start) {
        out += cp < 0x80 ? static_cast<char>(cp) : '?';  // only ASCII makes a URL scheme
        i = j < text.size() && text[j] == ';' ? j + 1 : j;
        continue;
      }
    }
    out += text[i++];
  }
  return out;
}

// What an attribute does, when it could run something.
std::optional<std::string> active_attribute(std::string_view name, std::string_view raw_value) {
  std::string local = local_name(name);
  if (starts_with(local, "on")) return "an event handler (" + std::string(name) + "=…)";
  std::string value;
  for (char c : to_lower_ascii(decode_xml_references(raw_value)))
    if (static_cast<unsigned char>(c) > 0x20) value += c;  // browsers skip these in URLs
  if (value.find("javascript:") != std::string::npos ||
      value.find("vbscript:") != std::string::npos)
    return "a script address (" + std::string(name) + "=\"javascript:…\")";
  for (std::size_t at = value.find("data:"); at != std::string::npos;
       at = value.find("data:", at + 5)) {
    std::string_view rest = std::string_view(value).substr(at + 5);
    if (std::none_of(std::begin(kPictureData), std::end(kPictureData),
                     [&](const char* p) { return starts_with(rest, p); }))
      return "a data: address that is not a picture (" + std::string(name) + "=…)";
  }
  // <set attributeName="href" to="…"> and the like change a link or handler as the picture runs.
  if (local == "attributename" &&
      (value.find("href") != std::string::npos || starts_with(local_name(value), "on")))
    return "an animation that changes a link or a handler (" + std::string(name) + "=\"" + value +
           "\")";
  return std::nullopt;
}

}  // namespace

std::optional<ActiveContent> active_kind_of(std::string_view file_name) {
  std::string ext = extension_of(file_name);
  for (const auto& k : kActiveKinds)
    if (ext == k.extension) return ActiveContent{k.what, 0, 0};
  return std::nullopt;
}

bool needs_content(std::string_view file_name) {
  return extension_of(file_name) == ".svg";
}

std::optional<ActiveContent> active_content_in_svg(std::string_view svg) {
  auto found = [&](std::size_t offset, std::string what) {
    auto [line, column] = line_column_of(svg, offset);
    return ActiveContent{std::move(what), line, column};
  };
  auto unfinished = [&](std::size_t offset) {
    return found(offset, "markup that is never finished, so the rest cannot be checked");
  };
  // XML has no '<' inside a tag, a declaration or an instruction: a picture that does is not
  // well-formed, and what a program makes of it is anyone's guess.
  auto misplaced = [&](std::size_t offset) {
    return found(offset, "a '<' inside a tag, so the picture is not well-formed XML");
  };
  auto badly_named = [&](std::size_t offset, std::string_view name) {
    return found(offset, "the name `" + std::string(name) +
                             "`, which XML does not allow, so the picture is not well-formed");
  };
  for (std::size_t i = svg.find('<'); i != std::string_view::npos; i = svg.find('<', i)) {
    const std::size_t lt = i;
    if (svg.compare(i, 4, "<!--") == 0 || svg.compare(i, 9, "<![CDATA[") == 0) {
      bool comment = svg[i + 2] == '-';
      std::size_t start = i + (comment ? 4 : 9);
      std::size_t end = svg.find(comment ? "-->" : "]]>", start);
      if (end == std::string_view::npos) return unfinished(lt);
      // XML allows no "--" in a comment: where one ends is then anyone's guess.
      if (comment && svg.substr(start, end - start).find("--") != std::string_view::npos)
        return found(lt, "a comment with `--` inside it, so the picture is not well-formed XML");
      i = end + 3;
      continue;
    }
    if (i + 1 < svg.size() && svg[i + 1] == '!') {
      // A DOCTYPE naming the SVG DTD is harmless; one with its own declarations ("[ … ]") can
      // define entities that expand into markup this reading never sees.
      // XML has no other declaration in a document.
      if (svg.compare(i, 9, "<!DOCTYPE") != 0 || i + 9 >= svg.size() || !is_space(svg[i + 9]))
        return found(lt,
                     "a `<!` that is not a comment, CDATA or DOCTYPE, so the picture is not "
                     "well-formed XML");
      std::size_t end = svg.find('>', i);
      if (end == std::string_view::npos) return unfinished(lt);
      std::string_view declaration = svg.substr(i, end - i);
      if (declaration.find('[') != std::string_view::npos)
        return found(lt, "a DOCTYPE with declarations of its own, which can hide markup");
      if (declaration.find('<', 1) != std::string_view::npos) return misplaced(lt);
      i = end + 1;
      continue;
    }
    if (i + 1 < svg.size() && svg[i + 1] == '?') {
      std::size_t end = svg.find("?>", i);
      if (end == std::string_view::npos) return unfinished(lt);
      if (svg.substr(i + 1, end - i - 1).find('<') != std::string_view::npos) return misplaced(lt);
      std::size_t name_end = i + 2;
      while (name_end < end && !is_space(svg[name_end])) ++name_end;
      std::string target = to_lower_ascii(svg.substr(i + 2, name_end - i - 2));
      // <?xml-stylesheet?> can transform the picture into a web page.
      if (target != "xml") return found(lt, "a processing instruction (<?" + target + " …?>)");
      i = end + 2;
      continue;
    }
    std::size_t j = i + 1;
    bool closing = j < svg.size() && svg[j] == '/';
    if (closing) ++j;
    std::size_t name_start = j;
    while (j < svg.size() && !is_space(svg[j]) && svg[j] != '/' && svg[j] != '>') ++j;
    std::string_view name = svg.substr(name_start, j - name_start);
    if (name.empty()) {  // not markup: an XML parser refuses the file, and nothing runs
      i = j;
      continue;
    }
    if (name.find('<') != std::string_view::npos) return misplaced(lt);
    if (!is_xml_name(name)) return badly_named(lt, name);
    std::string local = local_name(name);
    if (!closing && std::find(std::begin(kActiveElements), std::end(kActiveElements), local) !=
                        std::end(kActiveElements))
      return found(lt, "a <" + std::string(name) + "> element");
    for (;;) {
      while (j < svg.size() && (is_space(svg[j]) || svg[j] == '/')) ++j;
      if (j >= svg.size()) return unfinished(lt);
      if (svg[j] == '>') break;
      std::size_t attr_start = j;
      while (j < svg.size() && !is_space(svg[j]) && svg[j] != '=' && svg[j] != '>' && svg[j] != '/')
        ++j;
      std::string_view attr = svg.substr(attr_start, j - attr_start);
      while (j < svg.size() && is_space(svg[j])) ++j;
      std::string_view value;
      if (j < svg.size() && svg[j] == '=') {
        ++j;
        while (j < svg.size() && is_space(svg[j])) ++j;
        if (j >= svg.size()) return unfinished(lt);
        char quote = svg[j];
        if (quote == '"' || quote == '\'') {
          std::size_t end = svg.find(quote, j + 1);
          if (end == std::string_view::npos) return unfinished(lt);
          value = svg.substr(j + 1, end - j - 1);
          j = end + 1;
        } else {  // XML needs quotes; read it as an HTML parser would, to be safe
          std::size_t start = j;
          while (j < svg.size() && !is_space(svg[j]) && svg[j] != '>') ++j;
          value = svg.substr(start, j - start);
        }
      }
      if (attr.find('<') != std::string_view::npos || value.find('<') != std::string_view::npos)
        return misplaced(attr_start);
      if (attr.empty() || !is_xml_name(attr)) return badly_named(attr_start, attr);
      if (auto what = active_attribute(attr, value)) return found(attr_start, *what);
    }
    i = j + 1;
  }
  return std::nullopt;
}

}  // namespace promisehub
