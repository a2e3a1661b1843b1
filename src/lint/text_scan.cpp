// UTF-8 decoding, word characters and the spans of text that are not prose (URLs, code).
#include "lint/text_scan.h"

#include <algorithm>
#include <array>

namespace promisehub::lint::detail {

CodePoint decode_utf8(std::string_view text, std::size_t offset) {
  const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
  const unsigned char lead = byte(offset);
  if (lead < 0x80) return {lead, 1};
  std::size_t length = 0;
  char32_t value = 0;
  if ((lead & 0xE0) == 0xC0) {
    length = 2;
    value = lead & 0x1F;
  } else if ((lead & 0xF0) == 0xE0) {
    length = 3;
    value = lead & 0x0F;
  } else if ((lead & 0xF8) == 0xF0) {
    length = 4;
    value = lead & 0x07;
  } else {
    return {0xFFFD, 1};
  }
  if (offset + length > text.size()) return {0xFFFD, 1};
  for (std::size_t i = 1; i < length; ++i) {
    const unsigned char next = byte(offset + i);
    if ((next & 0xC0) != 0x80) return {0xFFFD, 1};
    value = (value << 6) | (next & 0x3F);
  }
  return {value, length};
}

std::size_t previous_code_point(std::string_view text, std::size_t offset) {
  std::size_t i = offset - 1;
  // Step back over at most three continuation bytes to the lead byte.
  for (int steps = 0; steps < 3 && i > 0; ++steps) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) break;
    --i;
  }
  return decode_utf8(text, i).length == offset - i ? i : offset - 1;
}

bool is_word_code_point(char32_t cp) {
  if (cp < 0x80) {
    return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
  }
  if (cp < 0xC0 || cp == 0xD7 || cp == 0xF7) return false;  // Latin-1 punctuation
  if (cp >= 0x2000 && cp <= 0x2BFF) return false;           // punctuation, symbols
  if (cp >= 0x3000 && cp <= 0x303F) return false;           // CJK punctuation
  if (cp >= 0xE000 && cp <= 0xF8FF) return false;           // private use
  if (cp >= 0xFE00 && cp <= 0xFE0F) return false;           // variation selectors
  if (cp == 0xFEFF || cp == 0xFFFD) return false;           // BOM, invalid
  if (cp >= 0x1F000 && cp <= 0x1FAFF) return false;         // emoji
  return true;
}

bool is_word_char_at(std::string_view text, std::size_t offset) {
  return offset < text.size() && is_word_code_point(decode_utf8(text, offset).value);
}

bool is_ascii_upper(char c) {
  return c >= 'A' && c <= 'Z';
}
bool is_ascii_lower(char c) {
  return c >= 'a' && c <= 'z';
}
bool is_ascii_digit(char c) {
  return c >= '0' && c <= '9';
}
bool is_ascii_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

bool looks_like_acronym(std::string_view word) {
  if (word.empty() || !is_ascii_upper(word[0])) return false;
  if (word.size() > 2 && word.back() == 's') word.remove_suffix(1);
  int capitals = 0;
  for (char c : word) {
    if (is_ascii_upper(c)) {
      ++capitals;
    } else if (!is_ascii_digit(c)) {
      return false;
    }
  }
  return capitals >= 2 && capitals <= 6;
}

namespace {

bool is_ascii_alnum(char c) {
  return is_ascii_upper(c) || is_ascii_lower(c) || is_ascii_digit(c);
}

bool starts_with_ci(std::string_view text, std::size_t at, std::string_view prefix) {
  if (at + prefix.size() > text.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i) {
    char c = text[at + i];
    if (is_ascii_upper(c)) c = static_cast<char>(c + 32);
    if (c != prefix[i]) return false;
  }
  return true;
}

bool is_trailing_punctuation(char c) {
  return std::string_view(".,;:!?'\"*_").find(c) != std::string_view::npos;
}

// Extends a URL that starts at `begin` to the end of the chunk, stopping at characters that
// cannot be part of it and at a closing bracket that was not opened inside it.
std::size_t url_end(std::string_view text, std::size_t begin, std::size_t chunk_end) {
  int parens = 0;
  int brackets = 0;
  std::size_t i = begin;
  for (; i < chunk_end; ++i) {
    const char c = text[i];
    if (c == '<' || c == '>' || c == '"' || c == '`') break;
    if (c == '(') ++parens;
    if (c == '[') ++brackets;
    if (c == ')' && parens-- == 0) break;
    if (c == ']' && brackets-- == 0) break;
  }
  while (i > begin && is_trailing_punctuation(text[i - 1])) --i;
  return i;
}

void add_code_spans(std::string_view text, std::vector<Span>& spans) {
  std::size_t i = 0;
  while (i < text.size()) {
    if (text[i] != '`') {
      ++i;
      continue;
    }
    std::size_t run = 0;
    while (i + run < text.size() && text[i + run] == '`') ++run;
    // Look for a closing run of exactly the same length; without one the ticks are literal.
    std::size_t j = i + run;
    bool closed = false;
    while (j < text.size()) {
      if (text[j] != '`') {
        ++j;
        continue;
      }
      std::size_t other = 0;
      while (j + other < text.size() && text[j + other] == '`') ++other;
      if (other == run) {
        spans.push_back({i, j + other});
        i = j + other;
        closed = true;
        break;
      }
      j += other;
    }
    if (!closed) i += run;
  }
}

void add_scheme_urls(std::string_view text, std::size_t begin, std::size_t end,
                     std::vector<Span>& spans) {
  for (std::size_t i = begin; i < end; ++i) {
    const bool at_word_start = i == begin || !is_ascii_alnum(text[i - 1]);
    if (!at_word_start) continue;
    std::size_t scheme_length = 0;
    for (std::string_view scheme : {"https://", "http://", "ftp://", "mailto:", "www."}) {
      if (starts_with_ci(text, i, scheme)) {
        scheme_length = scheme.size();
        break;
      }
    }
    if (scheme_length == 0 || i + scheme_length >= end) continue;
    const std::size_t stop = url_end(text, i, end);
    if (stop > i + scheme_length) {
      spans.push_back({i, stop});
      i = stop;
    }
  }
}

bool is_email_local_char(char c) {
  return is_ascii_alnum(c) || std::string_view("._%+-").find(c) != std::string_view::npos;
}

void add_emails(std::string_view text, std::size_t begin, std::size_t end,
                std::vector<Span>& spans) {
  for (std::size_t at = begin; at < end; ++at) {
    if (text[at] != '@') continue;
    std::size_t left = at;
    while (left > begin && is_email_local_char(text[left - 1])) --left;
    std::size_t right = at + 1;
    bool has_dot = false;
    while (right < end &&
           (is_ascii_alnum(text[right]) || text[right] == '.' || text[right] == '-')) {
      has_dot =
          has_dot || (text[right] == '.' && right + 1 < end && is_ascii_alnum(text[right + 1]));
      ++right;
    }
    while (right > at + 1 && (text[right - 1] == '.' || text[right - 1] == '-')) --right;
    if (left < at && has_dot) spans.push_back({left, right});
  }
}

bool is_domain_char(char c) {
  return is_ascii_alnum(c) || c == '-' || c == '.';
}

// "thepromise.scot", "www2.gov.uk/page": a dot followed by a well-known top-level domain.
void add_bare_domains(std::string_view text, std::size_t begin, std::size_t end,
                      std::vector<Span>& spans) {
  static constexpr std::array<std::string_view, 13> kTopLevel = {
      "com", "org", "net", "gov", "edu", "uk", "scot", "wales", "io", "info", "eu", "ie", "int"};
  for (std::size_t dot = begin + 1; dot + 1 < end; ++dot) {
    if (text[dot] != '.' || !is_ascii_alnum(text[dot - 1])) continue;
    std::size_t label_end = dot + 1;
    while (label_end < end && is_ascii_lower(text[label_end])) ++label_end;
    const std::string_view label = text.substr(dot + 1, label_end - dot - 1);
    if (std::find(kTopLevel.begin(), kTopLevel.end(), label) == kTopLevel.end()) continue;
    if (label_end < end && is_ascii_alnum(text[label_end])) continue;
    std::size_t left = dot;
    while (left > begin && is_domain_char(text[left - 1])) --left;
    std::size_t right = label_end;
    while (right < end && is_domain_char(text[right])) ++right;
    if (right < end && text[right] == '/') right = url_end(text, right, end);
    while (right > label_end && is_trailing_punctuation(text[right - 1])) --right;
    spans.push_back({left, right});
    dot = right;
  }
}

}  // namespace

std::vector<Span> non_prose_spans(std::string_view text) {
  std::vector<Span> spans;
  add_code_spans(text, spans);
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && is_ascii_space(text[i])) ++i;
    std::size_t end = i;
    while (end < text.size() && !is_ascii_space(text[end])) ++end;
    if (end > i) {
      add_scheme_urls(text, i, end, spans);
      add_emails(text, i, end, spans);
      add_bare_domains(text, i, end, spans);
    }
    i = end;
  }
  std::sort(spans.begin(), spans.end(),
            [](const Span& a, const Span& b) { return a.begin < b.begin; });
  std::vector<Span> merged;
  for (const Span& span : spans) {
    if (!merged.empty() && span.begin <= merged.back().end) {
      merged.back().end = std::max(merged.back().end, span.end);
    } else {
      merged.push_back(span);
    }
  }
  return merged;
}

const Span* span_containing(const std::vector<Span>& spans, std::size_t offset) {
  auto it = std::upper_bound(spans.begin(), spans.end(), offset,
                             [](std::size_t value, const Span& s) { return value < s.begin; });
  if (it == spans.begin()) return nullptr;
  --it;
  return offset < it->end ? &*it : nullptr;
}

}  // namespace promisehub::lint::detail
