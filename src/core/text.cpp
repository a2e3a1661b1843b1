// Text helpers shared by every stage.
#include "core/text.h"

#include <algorithm>
#include <cstdio>

namespace promisehub {

std::optional<std::size_t> first_invalid_utf8(std::string_view s) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  std::size_t n = s.size();
  std::size_t i = 0;
  while (i < n) {
    unsigned char c = p[i];
    if (c < 0x80) {
      ++i;
      continue;
    }
    int len = 0;
    unsigned int cp = 0;
    if (c >= 0xC2 && c <= 0xDF) {
      len = 2;
      cp = c & 0x1F;
    } else if (c >= 0xE0 && c <= 0xEF) {
      len = 3;
      cp = c & 0x0F;
    } else if (c >= 0xF0 && c <= 0xF4) {
      len = 4;
      cp = c & 0x07;
    } else {
      return i;
    }
    if (i + len > n) return i;
    for (int k = 1; k < len; ++k) {
      if ((p[i + k] & 0xC0) != 0x80) return i;
      cp = (cp << 6) | (p[i + k] & 0x3F);
    }
    if ((len == 3 && cp < 0x800) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)) ||
        (cp >= 0xD800 && cp <= 0xDFFF)) {
      return i;
    }
    i += len;
  }
  return std::nullopt;
}

bool is_valid_utf8(std::string_view s) {
  return !first_invalid_utf8(s).has_value();
}

std::string to_valid_utf8(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  while (!s.empty()) {
    std::size_t bad = first_invalid_utf8(s).value_or(s.size());
    std::size_t stop = std::min(bad, s.substr(0, bad).find('\0'));
    out.append(s.substr(0, stop));
    if (stop == s.size()) break;
    out += "\xEF\xBF\xBD";  // U+FFFD, for one bad byte (or one NUL)
    s.remove_prefix(stop + 1);
  }
  return out;
}

std::string escape_html(std::string_view s) {
  std::string out;
  out.reserve(s.size() + s.size() / 8);
  std::size_t run = 0;  // start of the bytes not yet copied
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char* entity = nullptr;
    switch (s[i]) {
      case '&':
        entity = "&amp;";
        break;
      case '<':
        entity = "&lt;";
        break;
      case '>':
        entity = "&gt;";
        break;
      case '"':
        entity = "&quot;";
        break;
      case '\'':
        entity = "&#39;";
        break;
      default:
        continue;
    }
    out.append(s, run, i - run);
    out += entity;
    run = i + 1;
  }
  out.append(s, run, s.size() - run);
  return out;
}

namespace {

// Bytes escape_xml must look at: markup characters, control characters and the lead byte of
// U+FFFE/U+FFFF. Everything else is copied in runs.
constexpr bool xml_special(unsigned char u) {
  return u < 0x20 || u == '&' || u == '<' || u == '>' || u == '"' || u == '\'' || u == 0xEF;
}

}  // namespace

std::string escape_xml(std::string_view s) {
  std::string out;
  out.reserve(s.size() + s.size() / 8);
  std::size_t run = 0;  // start of the bytes not yet copied
  for (std::size_t i = 0; i < s.size(); ++i) {
    unsigned char u = static_cast<unsigned char>(s[i]);
    if (!xml_special(u)) continue;
    out.append(s, run, i - run);
    run = i + 1;
    switch (u) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&apos;";
        break;
      case '\t':
      case '\n':
      case '\r':
        out += static_cast<char>(u);
        break;
      case 0xEF:
        // U+FFFE and U+FFFF (EF BF BE, EF BF BF) are valid UTF-8 but not allowed in XML 1.0.
        if (i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xBF &&
            (static_cast<unsigned char>(s[i + 2]) & 0xFE) == 0xBE) {
          i += 2;
          run = i + 1;
        } else {
          out += static_cast<char>(u);
        }
        break;
      default:
        break;  // other control characters are not allowed in XML 1.0 at all
    }
  }
  out.append(s, run, s.size() - run);
  return out;
}

std::string escape_json(std::string_view s) {
  std::string out;
  out.reserve(s.size() + 8);
  for (std::size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    unsigned char u = static_cast<unsigned char>(c);
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      case '<':
        out += "\\u003c";
        break;  // safe inside <script type="application/json">
      case '>':
        out += "\\u003e";
        break;
      case '&':
        out += "\\u0026";
        break;
      case '\xE2':
        // U+2028 and U+2029 end a line in older JavaScript parsers.
        if (i + 2 < s.size() && s[i + 1] == '\x80' && (s[i + 2] == '\xA8' || s[i + 2] == '\xA9')) {
          out += s[i + 2] == '\xA8' ? "\\u2028" : "\\u2029";
          i += 2;
        } else {
          out += c;
        }
        break;
      default:
        if (u < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", u);
          out += buf;
        } else {
          out += c;
        }
    }
  }
  return out;
}

bool is_safe_url(std::string_view url) {
  std::string u = trim(url);
  // Browsers ignore control characters and whitespace inside schemes ("java\tscript:").
  u.erase(std::remove_if(u.begin(), u.end(),
                         [](char c) { return static_cast<unsigned char>(c) <= 0x20; }),
          u.end());
  std::string lower = to_lower_ascii(u);
  if (lower.empty()) return false;
  if (lower[0] == '/' || lower[0] == '#' || lower[0] == '?' || lower[0] == '.') return true;
  std::size_t colon = lower.find(':');
  std::size_t first_sep = lower.find_first_of("/?#");
  if (colon == std::string::npos || (first_sep != std::string::npos && first_sep < colon)) {
    return true;  // relative path such as "help/" or "page.html"
  }
  std::string scheme = lower.substr(0, colon);
  return scheme == "http" || scheme == "https" || scheme == "mailto" || scheme == "tel";
}

bool is_web_address(std::string_view url) {
  std::string lower = to_lower_ascii(url);
  std::size_t host = starts_with(lower, "https://") ? 8 : starts_with(lower, "http://") ? 7 : 0;
  if (host == 0 || url.size() <= host || url[host] == '/') return false;
  // Nothing a browser would drop or that could end the attribute or line it is written in.
  return std::none_of(url.begin(), url.end(), [](char c) {
    unsigned char u = static_cast<unsigned char>(c);
    return u <= 0x20 || u == 0x7F ||
           std::string_view("\"<>\\^`{|}").find(c) != std::string_view::npos;
  });
}

bool is_safe_id(std::string_view id) {
  if (id.empty() || id.size() > 100 || id[0] == '.' || id[0] == '-') return false;
  return std::all_of(id.begin(), id.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' ||
           c == '-' || c == '_';
  });
}

bool is_safe_slug(std::string_view slug) {
  if (slug.empty() || slug.size() > 100 || slug[0] == '-') return false;
  return std::all_of(slug.begin(), slug.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
  });
}

std::string slugify(std::string_view text) {
  std::string out;
  bool dash = false;
  for (char c : text) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      if (dash && !out.empty()) out += '-';
      out += c;
      dash = false;
    } else if (c >= 'A' && c <= 'Z') {
      if (dash && !out.empty()) out += '-';
      out += static_cast<char>(c - 'A' + 'a');
      dash = false;
    } else if (c == '\'') {
      // "children's" -> "childrens"
    } else {
      dash = true;
    }
  }
  if (out.size() > 80) out.resize(80);
  while (!out.empty() && out.back() == '-') out.pop_back();
  return out;
}

std::string trim(std::string_view s) {
  std::size_t b = 0, e = s.size();
  while (b < e && (s[b] == ' ' || s[b] == '\t' || s[b] == '\n' || s[b] == '\r')) ++b;
  while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t' || s[e - 1] == '\n' || s[e - 1] == '\r'))
    --e;
  return std::string(s.substr(b, e - b));
}

std::string to_lower_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

bool starts_with(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && s.compare(0, prefix.size(), prefix) == 0;
}

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() &&
         s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

std::vector<std::string> split(std::string_view s, char sep) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (true) {
    std::size_t pos = s.find(sep, start);
    out.emplace_back(
        s.substr(start, pos == std::string_view::npos ? s.size() - start : pos - start));
    if (pos == std::string_view::npos) break;
    start = pos + 1;
  }
  return out;
}

std::string join(const std::vector<std::string>& parts, std::string_view sep) {
  std::string out;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (i) out += sep;
    out += parts[i];
  }
  return out;
}

std::string replace_all(std::string s, std::string_view from, std::string_view to) {
  if (from.empty()) return s;
  std::size_t pos = s.find(from);
  if (pos == std::string::npos) return s;
  // Built in one pass: replacing in place moves the tail each time, which is quadratic.
  std::string out;
  out.reserve(s.size());
  std::size_t done = 0;
  for (; pos != std::string::npos; pos = s.find(from, done)) {
    out.append(s, done, pos - done);
    out += to;
    done = pos + from.size();
  }
  out.append(s, done, std::string::npos);
  return out;
}

std::pair<int, int> line_column_of(std::string_view text, std::size_t offset) {
  int line = 1, col = 1;
  for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == '\n') {
      ++line;
      col = 1;
    } else if ((c & 0xC0) != 0x80) {
      ++col;
    }
  }
  return {line, col};
}

// Optimal string alignment: a swap of two letters next to each other ("plian") counts as one
// edit, as people make it.
std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> before(b.size() + 1), prev(b.size() + 1), cur(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) prev[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    cur[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      std::size_t sub = prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, sub});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
        cur[j] = std::min(cur[j], before[j - 2] + 1);
    }
    std::swap(before, prev);
    std::swap(prev, cur);
  }
  return prev[b.size()];
}

std::optional<std::string> closest_match(std::string_view word,
                                         const std::vector<std::string>& candidates) {
  // Among candidates as close as each other, one as long as what was typed wins: people swap
  // or mistype a character (1.61 for 1.16, plian for plain) more often than they add one.
  std::optional<std::string> best;
  const std::size_t limit = word.size() <= 4 ? 1 : 2;
  std::size_t best_d = limit;
  bool best_same_length = false;
  std::string typed = to_lower_ascii(word);
  for (const std::string& c : candidates) {
    std::size_t d = edit_distance(typed, to_lower_ascii(c));
    if (d > limit) continue;
    bool same_length = c.size() == word.size();
    if (!best || d < best_d || (d == best_d && same_length && !best_same_length)) {
      best = c;
      best_d = d;
      best_same_length = same_length;
    }
  }
  return best;
}

}  // namespace promisehub
