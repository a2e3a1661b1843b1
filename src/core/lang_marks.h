// Marks for text shown in another language than its page (spec §12): a page in Gaelic shows an
// update that has no Gaelic yet in English. The localized model wraps such a text in marks; the
// last step of rendering a page writes them as an element with its own `lang` attribute, and
// drops them where no element may go (attributes, <title>, feeds, open data).
#pragma once

#include <string>
#include <string_view>

namespace promisehub {

// Control characters: content can never hold them (the loaders refuse them).
inline constexpr char kOtherLangStart = '\x0E';
inline constexpr char kOtherLangBlock = '\x0B';  // right after the start: block HTML follows
inline constexpr char kOtherLangEnd = '\x0F';

// `text` marked as being in the main language ("" stays "").
std::string mark_other_lang(const std::string& text);
bool is_other_lang(std::string_view text);         // marked as a whole
std::string_view unmarked(std::string_view text);  // without the outer marks, if it has them
bool has_lang_marks(std::string_view text);

// Without any marks: for attributes, feeds and data files.
std::string strip_lang_marks(std::string_view text);
// A page's HTML with each mark written as <span lang="…"> (or <div lang="…"> for block HTML) in
// text, and dropped inside tags, in elements that hold only text (title, script, style,
// textarea, option) and in <svg> pictures.
// `dir`, when given ("ltr"), is written too: English on an Arabic page is set apart from the
// right-to-left text around it, so that its full stop stays at its end.
std::string write_lang_marks(std::string_view html, const std::string& lang,
                             const std::string& dir = "");

}  // namespace promisehub
