// A small HTML-aware text scanner: our HTML is generated, so tags are well formed.
#include "render/glossary_linker.h"

#include <algorithm>
#include <string_view>

#include "core/text.h"

namespace promisehub {
namespace {

bool word_char(unsigned char c) {
  return std::isalnum(c) || c >= 0x80 || c == '_';
}

bool is_skip_tag(std::string_view name) {
  static constexpr std::string_view kSkip[] = {
      "a",     "abbr",     "code",   "pre",   "h1",   "h2",    "h3",     "h4",
      "h5",    "h6",       "script", "style", "svg",  "title", "button", "summary",
      "label", "textarea", "select", "kbd",   "samp", "dfn",   "nav",    "figcaption"};
  return std::find(std::begin(kSkip), std::end(kSkip), name) != std::end(kSkip);
}

}  // namespace

bool GlossaryLinker::is_acronym(const std::string& term) {
  int letters = 0;
  for (char c : term) {
    if (c >= 'A' && c <= 'Z') {
      ++letters;
    } else if (!(c >= '0' && c <= '9')) {
      return false;
    }
  }
  return letters >= 2;
}

GlossaryLinker::GlossaryLinker(const std::vector<GlossaryEntry>& entries,
                               std::string glossary_url) {
  for (const auto& e : entries) {
    Term t;
    t.acronym = is_acronym(e.term.value);
    t.match = t.acronym ? e.term.value : to_lower_ascii(e.term.value);
    if (t.match.size() < 2) continue;
    t.title = t.acronym && !e.means.empty() ? e.means : e.plain.value;
    t.href = glossary_url + "#" + e.slug;
    terms_.push_back(std::move(t));
  }
  // Longer terms first, so "Corporate parenting plan" wins over "Corporate parent".
  std::stable_sort(terms_.begin(), terms_.end(),
                   [](const Term& a, const Term& b) { return a.match.size() > b.match.size(); });
  for (std::size_t t = 0; t < terms_.size(); ++t) {
    unsigned char first = static_cast<unsigned char>(terms_[t].match[0]);
    by_first_[std::tolower(first)].push_back(t);
  }
}

std::string GlossaryLinker::apply(const std::string& html) const {
  if (terms_.empty() || html.empty()) return html;
  std::vector<bool> used(terms_.size(), false);
  std::size_t left = terms_.size();
  std::string out;
  out.reserve(html.size() + 1024);
  int skip_depth = 0;
  std::size_t i = 0, copied = 0;
  while (i < html.size() && left > 0) {
    char c = html[i];
    if (c == '<') {
      std::size_t end = html.find('>', i);
      if (end == std::string::npos) break;
      bool closing = i + 1 < html.size() && html[i + 1] == '/';
      std::size_t n = i + (closing ? 2 : 1);
      char name[12];
      std::size_t len = 0;
      while (n < end && len < sizeof name - 1 && std::isalnum(static_cast<unsigned char>(html[n])))
        name[len++] = static_cast<char>(std::tolower(static_cast<unsigned char>(html[n++])));
      name[len] = '\0';
      bool self_closing = end > i + 1 && html[end - 1] == '/';
      if (len > 0 && !self_closing && is_skip_tag(std::string_view(name, len)))
        skip_depth = std::max(0, skip_depth + (closing ? -1 : 1));
      i = end + 1;
      continue;
    }
    // Only the start of a word outside skipped elements can begin a term.
    if (skip_depth > 0 || (i > 0 && word_char(static_cast<unsigned char>(html[i - 1])))) {
      ++i;
      continue;
    }
    const auto& candidates =
        by_first_[static_cast<unsigned char>(std::tolower(static_cast<unsigned char>(c)))];
    bool matched = false;
    for (std::size_t t : candidates) {
      if (used[t]) continue;
      const Term& term = terms_[t];
      std::size_t m = term.match.size();
      if (i + m > html.size()) continue;
      bool same = true;
      for (std::size_t k = 0; k < m && same; ++k) {
        char h = html[i + k];
        same = term.acronym ? h == term.match[k]
                            : static_cast<char>(std::tolower(static_cast<unsigned char>(h))) ==
                                  term.match[k];
      }
      if (!same) continue;
      std::size_t e = i + m;
      if (term.acronym && e < html.size() && html[e] == 's') ++e;  // CEYPs
      if (e < html.size() && word_char(static_cast<unsigned char>(html[e]))) continue;
      if (html.find('<', i) < e) continue;  // the words run into markup
      out.append(html, copied, i - copied);
      std::string word = html.substr(i, e - i);
      if (term.acronym) {
        out += "<abbr title=\"" + escape_html(term.title) + "\">" + word + "</abbr>";
      } else {
        out += "<a class=\"term\" href=\"" + escape_html(term.href) + "\">" + word + "</a>";
      }
      // Every entry for the same words counts as explained.
      for (std::size_t u = 0; u < terms_.size(); ++u) {
        if (!used[u] && terms_[u].match == term.match) {
          used[u] = true;
          --left;
        }
      }
      copied = i = e;
      matched = true;
      break;
    }
    if (!matched) ++i;
  }
  out.append(html, copied, std::string::npos);
  return out;
}

}  // namespace promisehub
