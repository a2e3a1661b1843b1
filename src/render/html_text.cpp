// Decoding HTML text: UTF-8 sequences and character references, each read whole.
#include "render/html_text.h"

#include <algorithm>
#include <cstdint>
#include <utility>

namespace promisehub {
namespace {

bool ascii_alnum(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

char32_t as_space(char32_t cp) {
  return cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == 0xA0 ? U' ' : cp;
}

HtmlChar character(std::size_t size, char32_t cp) {
  cp = as_space(cp);
  return {size, cp, is_word_character(cp)};
}

// The references our Markdown, templates and allowed raw HTML write, and the typographic ones.
char32_t named_reference(std::string_view name) {
  static constexpr std::pair<std::string_view, char32_t> kNames[] = {
      {"amp", '&'},       {"AMP", '&'},      {"lt", '<'},       {"LT", '<'},
      {"gt", '>'},        {"GT", '>'},       {"quot", '"'},     {"QUOT", '"'},
      {"apos", '\''},     {"nbsp", 0xA0},    {"rsquo", 0x2019}, {"lsquo", 0x2018},
      {"rdquo", 0x201D},  {"ldquo", 0x201C}, {"ndash", 0x2013}, {"mdash", 0x2014},
      {"hellip", 0x2026}, {"eacute", 0xE9},  {"copy", 0xA9},    {"pound", 0xA3}};
  for (const auto& [n, cp] : kNames)
    if (n == name) return cp;
  return kUnknownReference;
}

// A reference starting at html[i] == '&'. Whatever a browser could read as one (a name or a
// number, with or without its ';') is taken whole; a lone '&' is itself.
HtmlChar read_reference(std::string_view html, std::size_t i) {
  std::size_t j = i + 1;
  if (j < html.size() && html[j] == '#') {
    bool hex = j + 1 < html.size() && (html[j + 1] == 'x' || html[j + 1] == 'X');
    std::size_t k = j + (hex ? 2 : 1), digits = k;
    std::uint32_t cp = 0;
    for (; k < html.size() && ascii_alnum(html[k]); ++k) {
      char d = html[k] >= 'A' && html[k] <= 'Z' ? static_cast<char>(html[k] - 'A' + 'a') : html[k];
      int v = d >= '0' && d <= '9' ? d - '0' : hex && d >= 'a' && d <= 'f' ? d - 'a' + 10 : -1;
      if (v < 0) break;
      cp = std::min<std::uint32_t>(cp * (hex ? 16 : 10) + static_cast<std::uint32_t>(v), 0x110000);
    }
    if (k == digits) return character(1, '&');
    if (k < html.size() && html[k] == ';') ++k;
    bool bad = cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF);
    return character(k - i, bad ? 0xFFFD : cp);
  }
  std::size_t k = j;
  while (k < html.size() && k - j < 32 && ascii_alnum(html[k])) ++k;
  if (k == j) return character(1, '&');
  bool closed = k < html.size() && html[k] == ';';
  char32_t cp = closed ? named_reference(html.substr(j, k - j)) : kUnknownReference;
  return character(k + (closed ? 1 : 0) - i, cp);
}

}  // namespace

bool is_word_character(char32_t cp) {
  if (cp < 0x80) {
    return (cp >= '0' && cp <= '9') || (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') ||
           cp == '_';
  }
  if (cp == kUnknownReference) return true;  // it might be a letter: never split a word at one
  if (cp >= 0xA0 && cp <= 0xBF) return cp == 0xAA || cp == 0xB5 || cp == 0xBA;  // ª µ º
  if (cp == 0xD7 || cp == 0xF7) return false;                                   // × ÷
  return !(cp >= 0x2000 && cp <= 0x206F) && !(cp >= 0x3000 && cp <= 0x303F);    // punctuation
}

HtmlChar read_html_char_beyond_ascii(std::string_view html, std::size_t i) {
  const auto c = static_cast<unsigned char>(html[i]);
  if (c == '&') return read_reference(html, i);
  if (c < 0x80) return character(1, c);
  std::size_t n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
  char32_t cp = n == 4 ? c & 0x07 : n == 3 ? c & 0x0F : c & 0x1F;
  for (std::size_t k = 1; k < n; ++k) {
    const auto b = i + k < html.size() ? static_cast<unsigned char>(html[i + k]) : 0;
    if ((b & 0xC0) != 0x80) return character(1, 0xFFFD);  // not UTF-8: never in our output
    cp = (cp << 6) | (b & 0x3F);
  }
  return character(n, n == 1 ? 0xFFFD : cp);
}

}  // namespace promisehub
