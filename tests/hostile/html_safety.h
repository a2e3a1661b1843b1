// The test oracle for "no injection" (spec §9): reads HTML the way a browser's tokenizer would and
// lists everything that could run code. Header-only and written apart from the generator's own
// filter (src/render/raw_html.cpp), so that the two check each other. Used by the hostile-content
// tests, the atomic-output tests and the Markdown fuzzer.
#pragma once

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace promisehub::hostile {

struct HtmlRules {
  // The theme's own <script src="…"> tags (no inline code) are allowed when this is set: their
  // src must start with one of these prefixes, e.g. "/assets/".
  std::vector<std::string> script_src_prefixes;
};

namespace detail {

inline std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

inline bool space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

inline void put_utf8(std::string& out, std::uint32_t cp) {
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
    out += static_cast<char>(0xF0 | ((cp >> 18) & 0x07));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

// Numeric references and the named ones that can spell a URL scheme.
inline std::string decode(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size();) {
    if (s[i] != '&') {
      out += s[i++];
      continue;
    }
    std::size_t j = i + 1;
    if (j < s.size() && s[j] == '#') {
      bool hex = j + 1 < s.size() && (s[j + 1] == 'x' || s[j + 1] == 'X');
      j += hex ? 2 : 1;
      auto digit = [&](char c) -> int {
        if (c >= '0' && c <= '9') return c - '0';
        if (hex && (c | 0x20) >= 'a' && (c | 0x20) <= 'f') return (c | 0x20) - 'a' + 10;
        return -1;
      };
      std::uint32_t cp = 0;
      std::size_t start = j;
      for (; j < s.size() && digit(s[j]) >= 0; ++j)
        cp = std::min<std::uint32_t>(cp * (hex ? 16 : 10) + static_cast<std::uint32_t>(digit(s[j])),
                                     0x10FFFF);
      if (j == start) {
        out += s[i++];
        continue;
      }
      if (j < s.size() && s[j] == ';') ++j;
      put_utf8(out, cp == 0 ? 0xFFFD : cp);
      i = j;
      continue;
    }
    static const std::pair<const char*, const char*> named[] = {
        {"colon;", ":"}, {"tab;", "\t"}, {"newline;", "\n"}, {"amp;", "&"},  {"amp", "&"},
        {"lt;", "<"},    {"gt;", ">"},   {"quot;", "\""},    {"apos;", "'"}, {"sol;", "/"}};
    bool done = false;
    for (const auto& [name, value] : named) {
      std::string_view n(name);
      if (lower(s.substr(j, n.size())) == n) {
        out += value;
        i = j + n.size();
        done = true;
        break;
      }
    }
    if (!done) out += s[i++];
  }
  return out;
}

// A URL attribute is dangerous unless, decoded and without the characters browsers skip, it is
// relative or http, https, mailto or tel.
inline bool dangerous_url(std::string_view raw) {
  std::string v;
  for (char c : lower(decode(raw)))
    if (static_cast<unsigned char>(c) > 0x20) v += c;
  std::size_t colon = v.find(':');
  if (colon == std::string::npos) return false;
  std::size_t sep = v.find_first_of("/?#");
  if (sep != std::string::npos && sep < colon) return false;
  std::string scheme = v.substr(0, colon);
  // Not a scheme unless a letter then letters, digits, '+', '-', '.': else a relative path.
  bool is_scheme =
      std::isalpha(static_cast<unsigned char>(scheme[0])) &&
      std::all_of(scheme.begin(), scheme.end(), [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) || c == '+' || c == '-' || c == '.';
      });
  if (!is_scheme) return false;
  return scheme != "http" && scheme != "https" && scheme != "mailto" && scheme != "tel";
}

inline bool url_attribute(const std::string& name) {
  static const char* const names[] = {"href",   "src",      "action",   "formaction", "xlink:href",
                                      "poster", "data",     "cite",     "background", "ping",
                                      "srcset", "codebase", "manifest", "lowsrc"};
  return std::find(std::begin(names), std::end(names), name) != std::end(names);
}

}  // namespace detail

// Everything in `html` that could run script, each as a short description (empty: safe).
inline std::vector<std::string> html_dangers(std::string_view html, const HtmlRules& rules = {}) {
  using namespace detail;
  std::vector<std::string> found;
  auto report = [&](std::size_t at, const std::string& what) {
    std::size_t from = at > 40 ? at - 40 : 0;
    found.push_back(what + " near: " + std::string(html.substr(from, 100)));
  };
  std::size_t i = 0;
  while ((i = html.find('<', i)) != std::string_view::npos) {
    std::size_t tag_start = i++;
    if (html.substr(i, 3) == "!--") {
      // Ends as a browser ends it: "<!-->" and "<!--->" at once, else at "-->" or "--!>".
      i += 3;
      if (html.substr(i, 1) == ">" || html.substr(i, 2) == "->") {
        i += html[i] == '>' ? 1 : 2;
        continue;
      }
      std::size_t end = std::min(html.find("-->", i), html.find("--!>", i));
      if (end == std::string_view::npos) {
        report(tag_start, "unclosed comment");
        break;
      }
      if (html.substr(i, end - i).find("<script") != std::string_view::npos ||
          html.substr(i, end - i).find("[if") != std::string_view::npos)
        report(tag_start, "script or conditional comment");
      i = end + (html.compare(end, 3, "-->") == 0 ? 3 : 4);
      continue;
    }
    if (i < html.size() && (html[i] == '!' || html[i] == '?')) {
      std::size_t end = html.find('>', i);
      if (end == std::string_view::npos) break;
      i = end + 1;
      continue;
    }
    bool closing = i < html.size() && html[i] == '/';
    if (closing) ++i;
    if (i >= html.size() || !std::isalpha(static_cast<unsigned char>(html[i]))) continue;
    std::size_t name_start = i;
    while (i < html.size() && !space(html[i]) && html[i] != '/' && html[i] != '>') ++i;
    std::string name = lower(html.substr(name_start, i - name_start));
    std::vector<std::pair<std::string, std::string>> attrs;
    bool complete = false;
    while (i < html.size()) {
      while (i < html.size() && (space(html[i]) || html[i] == '/')) ++i;
      if (i >= html.size()) break;
      if (html[i] == '>') {
        complete = true;
        ++i;
        break;
      }
      std::size_t a = i++;
      while (i < html.size() && !space(html[i]) && html[i] != '/' && html[i] != '>' &&
             html[i] != '=')
        ++i;
      std::string attr = lower(html.substr(a, i - a));
      while (i < html.size() && space(html[i])) ++i;
      std::string value;
      if (i < html.size() && html[i] == '=') {
        ++i;
        while (i < html.size() && space(html[i])) ++i;
        if (i < html.size() && (html[i] == '"' || html[i] == '\'')) {
          std::size_t end = html.find(html[i], i + 1);
          if (end == std::string_view::npos) {
            i = html.size();
            break;
          }
          value = std::string(html.substr(i + 1, end - i - 1));
          i = end + 1;
        } else {
          std::size_t v = i;
          while (i < html.size() && !space(html[i]) && html[i] != '>') ++i;
          value = std::string(html.substr(v, i - v));
        }
      }
      attrs.push_back({attr, value});
    }
    if (!complete) {
      report(tag_start, "unterminated tag <" + name);
      break;
    }
    if (closing) continue;
    if (name == "script") {
      std::string src;
      for (const auto& [a, v] : attrs)
        if (a == "src") src = v;
      bool allowed =
          std::any_of(rules.script_src_prefixes.begin(), rules.script_src_prefixes.end(),
                      [&](const std::string& p) { return !src.empty() && src.rfind(p, 0) == 0; });
      if (!allowed || html.substr(i, 9) != "</script>") report(tag_start, "<script>");
    }
    for (const char* bad :
         {"iframe", "frame", "frameset", "object", "embed", "applet", "base", "portal"})
      if (name == bad) report(tag_start, "<" + name + ">");
    for (const auto& [a, v] : attrs) {
      if (a.size() > 2 && a.compare(0, 2, "on") == 0) report(tag_start, "event handler " + a);
      if (a == "srcdoc") report(tag_start, "srcdoc");
      if (name == "meta" && a == "http-equiv" && lower(v) == "refresh")
        report(tag_start, "meta refresh");
      if (url_attribute(a) && dangerous_url(v)) report(tag_start, a + "=\"" + v + "\"");
      // Where else a URL is read: CSS, and SVG animations' values. Text attributes such as
      // title or og:title may say "javascript:" as words; that runs nothing.
      std::string decoded = lower(decode(v));
      decoded.erase(std::remove_if(decoded.begin(), decoded.end(),
                                   [](char c) { return static_cast<unsigned char>(c) <= 0x20; }),
                    decoded.end());
      bool script_url = decoded.find("javascript:") != std::string::npos ||
                        decoded.find("vbscript:") != std::string::npos;
      bool animation = name == "animate" || name == "set" || name == "animatemotion" ||
                       name == "animatetransform";
      if (script_url &&
          (a == "style" || (animation && (a == "values" || a == "to" || a == "from" || a == "by"))))
        report(tag_start, "script URL in " + a);
      if (a == "style" && decoded.find("expression(") != std::string::npos)
        report(tag_start, "CSS expression");
    }
  }
  return found;
}

// The HTML inside an Atom feed's <content type="html"> elements, unescaped.
inline std::vector<std::string> feed_html(std::string_view xml) {
  std::vector<std::string> out;
  const std::string_view open = "<content type=\"html\">";
  for (std::size_t i = xml.find(open); i != std::string_view::npos; i = xml.find(open, i)) {
    i += open.size();
    std::size_t end = xml.find("</content>", i);
    if (end == std::string_view::npos) break;
    std::string html;
    std::string_view escaped = xml.substr(i, end - i);
    for (std::size_t k = 0; k < escaped.size();) {
      bool replaced = false;
      for (const auto& [e, c] : {std::pair{"&lt;", '<'},
                                 {"&gt;", '>'},
                                 {"&amp;", '&'},
                                 {"&quot;", '"'},
                                 {"&apos;", '\''}}) {
        std::string_view ent(e);
        if (escaped.substr(k, ent.size()) == ent) {
          html += c;
          k += ent.size();
          replaced = true;
          break;
        }
      }
      if (!replaced) html += escaped[k++];
    }
    out.push_back(html);
    i = end;
  }
  return out;
}

}  // namespace promisehub::hostile
