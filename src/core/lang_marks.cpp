// Writing the marks of text in another language as HTML.
#include "core/lang_marks.h"

#include <vector>

#include "core/text.h"

namespace promisehub {
namespace {

bool is_mark(char c) {
  return c == kOtherLangStart || c == kOtherLangBlock || c == kOtherLangEnd;
}

// The elements whose content is text only: an element written inside would show as text. (In an
// <svg> picture, marks are dropped too: HTML elements may not go there.)
const char* const kTextOnly[] = {"title", "script", "style", "textarea", "option"};

// The text-only element that opens at `html[at]` ('<'), or nullptr.
const char* text_only_at(std::string_view html, std::size_t at) {
  for (const char* name : kTextOnly) {
    std::string_view n(name);
    if (html.size() < at + 1 + n.size() + 1) continue;
    if (to_lower_ascii(html.substr(at + 1, n.size())) != n) continue;
    char after = html[at + 1 + n.size()];
    if (after == '>' || after == ' ' || after == '\n' || after == '\t' || after == '/') return name;
  }
  return nullptr;
}

}  // namespace

std::string mark_other_lang(const std::string& text) {
  if (text.empty()) return text;
  return kOtherLangStart + text + kOtherLangEnd;
}

bool is_other_lang(std::string_view text) {
  return text.size() >= 2 && text.front() == kOtherLangStart && text.back() == kOtherLangEnd;
}

std::string_view unmarked(std::string_view text) {
  return is_other_lang(text) ? text.substr(1, text.size() - 2) : text;
}

bool has_lang_marks(std::string_view text) {
  for (char c : text)
    if (is_mark(c)) return true;
  return false;
}

std::string strip_lang_marks(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text)
    if (!is_mark(c)) out += c;
  return out;
}

std::string write_lang_marks(std::string_view html, const std::string& lang,
                             const std::string& dir) {
  if (!has_lang_marks(html)) return std::string(html);
  const std::string attr = " lang=\"" + escape_html(lang) + "\"" +
                           (dir.empty() ? "" : " dir=\"" + escape_html(dir) + "\"") + ">";
  std::string out;
  out.reserve(html.size() + 256);
  std::vector<bool> open;  // true: a <div>, false: a <span>
  bool in_tag = false;
  const char* text_only = nullptr;  // inside this element
  int svg = 0;  // inside a picture: its <text> takes no HTML element (the chart's name says it)
  for (std::size_t i = 0; i < html.size(); ++i) {
    char c = html[i];
    if (c == '<' && !in_tag) {
      if (!text_only) {
        text_only = text_only_at(html, i);
        in_tag = true;
        std::string_view rest = html.substr(i);
        if (starts_with(rest, "<svg")) ++svg;
        if (starts_with(rest, "</svg") && svg > 0) --svg;
      } else if (to_lower_ascii(html.substr(i, 2 + std::char_traits<char>::length(text_only))) ==
                 std::string("</") + text_only) {
        text_only = nullptr;  // a '<' inside them starts no tag: only their end tag does
        in_tag = true;
      }
    } else if (c == '>' && in_tag) {
      in_tag = false;
    }
    if (!is_mark(c)) {
      out += c;
      continue;
    }
    if (in_tag || text_only || svg > 0) continue;
    if (c == kOtherLangStart) {
      bool block = i + 1 < html.size() && html[i + 1] == kOtherLangBlock;
      out += block ? "<div" : "<span";
      out += attr;
      open.push_back(block);
    } else if (c == kOtherLangEnd && !open.empty()) {
      out += open.back() ? "</div>" : "</span>";
      open.pop_back();
    }
  }
  for (; !open.empty(); open.pop_back()) out += open.back() ? "</div>" : "</span>";
  return out;
}

}  // namespace promisehub
