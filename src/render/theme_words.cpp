// Theme words written into templates (see theme_words.h).
#include "render/theme_words.h"

#include <regex>

#include "core/text.h"

namespace promisehub {
namespace {

// The text at a dotted name ("layout.leave") of the catalog's nested maps; null when there is none.
const std::string* text_at(const mstch::map& words, const std::string& name) {
  const mstch::map* map = &words;
  std::size_t from = 0;
  for (;;) {
    std::size_t dot = name.find('.', from);
    auto it = map->find(name.substr(from, dot == std::string::npos ? dot : dot - from));
    if (it == map->end()) return nullptr;
    if (dot == std::string::npos) return boost::get<std::string>(&it->second);
    map = boost::get<mstch::map>(&it->second);
    if (!map) return nullptr;
    from = dot + 1;
  }
}

}  // namespace

std::string with_theme_words(const std::string& tmpl, const mstch::map& words, bool& left) {
  static const std::regex kTag(R"(\{\{(\{?)\s*t\.([A-Za-z0-9_.-]+)\s*(\}?)\}\})");
  std::string out;
  out.reserve(tmpl.size());
  auto last = tmpl.cbegin();
  for (std::sregex_iterator it(tmpl.begin(), tmpl.end(), kTag), end; it != end; ++it) {
    const std::smatch& m = *it;
    bool raw = m[1].length() == 1, closed = m[3].length() == 1;
    const std::string* text = raw == closed ? text_at(words, m[2].str()) : nullptr;
    out.append(last, m[0].first);
    if (text) {
      out += raw ? *text : escape_html(*text);
    } else {
      out.append(m[0].first, m[0].second);
      left = true;
    }
    last = m[0].second;
  }
  out.append(last, tmpl.cend());
  // Sections and other uses of `t` ({{#t.x}}, {{&t.x}}) are left to mustache.
  static const std::regex kOther(R"(\{\{[#^&/]\s*t[.}\s])");
  if (std::regex_search(out, kOther)) left = true;
  return out;
}

}  // namespace promisehub
