// Reads the text of generated HTML one character at a time, as a reader sees it: UTF-8 decoded,
// each character reference (&amp; &#39; &rsquo;) taken whole and decoded, any space as ' '.
#pragma once

#include <cstddef>
#include <string_view>

namespace promisehub {

struct HtmlChar {
  std::size_t size = 1;  // bytes in the HTML: markup may only go before or after all of them
  char32_t cp = 0;       // a space, a line break or a no-break space (&nbsp;) read as ' '
  bool word = false;     // a letter, digit or '_'; punctuation and spaces are not
};

// A reference we do not know (&name;, or a name without its ';'): matches no character, and
// counts as a letter so that no word is split at it.
constexpr char32_t kUnknownReference = 0xFFFFFFFF;

// Letters and digits in any script, and '_': what a term may not start or end next to.
bool is_word_character(char32_t cp);

// A reference or a character beyond ASCII at html[i].
HtmlChar read_html_char_beyond_ascii(std::string_view html, std::size_t i);

// The character at html[i], which is in text: not inside a tag, not '<'. Most are plain ASCII,
// read here without a call.
inline HtmlChar read_html_char(std::string_view html, std::size_t i) {
  const auto c = static_cast<unsigned char>(html[i]);
  if (c >= 0x80 || c == '&') return read_html_char_beyond_ascii(html, i);
  bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
  bool word =
      (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
  return {1, space ? U' ' : c, word};
}

}  // namespace promisehub
