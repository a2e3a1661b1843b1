// A small HTML-aware text scanner: our HTML is generated, so tags are well formed.
#include "render/glossary_linker.h"

#include <algorithm>

#include "core/text.h"

namespace promisehub {
namespace {

bool word_char(unsigned char c) { return std::isalnum(c) || c >= 0x80 || c == '_'; }

bool is_skip_tag(const std::string& name) {
  static const char* const kSkip[] = {"a",      "abbr", "code",  "pre",   "h1",     "h2",
                                      "h3",     "h4",   "h5",    "h6",    "script", "style",
                                      "svg",    "title", "button", "summary", "label", "textarea",
                                      "select", "kbd",  "samp",  "dfn",   "nav",    "figcaption"};
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

GlossaryLinker::GlossaryLinker(const std::vector<GlossaryEntry>& entries, std::string glossary_url) {
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
}

std::string GlossaryLinker::apply(const std::string& html) const {
  if (terms_.empty()) return html;
  std::vector<bool> used(terms_.size(), false);
  std::string out;
  out.reserve(html.size() + 256);
  int skip_depth = 0;
  std::size_t i = 0;
  while (i < html.size()) {
    if (html[i] == '<') {
      std::size_t end = html.find('>', i);
      if (end == std::string::npos) end = html.size() - 1;
      std::string tag = html.substr(i, end - i + 1);
      bool closing = tag.size() > 1 && tag[1] == '/';
      std::size_t n = closing ? 2 : 1;
      std::string name;
      while (n < tag.size() && std::isalnum(static_cast<unsigned char>(tag[n])))
        name += static_cast<char>(std::tolower(static_cast<unsigned char>(tag[n++])));
      bool self_closing = tag.size() > 2 && tag[tag.size() - 2] == '/';
      if (is_skip_tag(name) && !self_closing) skip_depth += closing ? -1 : 1;
      if (skip_depth < 0) skip_depth = 0;
      out += tag;
      i = end + 1;
      continue;
    }
    std::size_t next = html.find('<', i);
    if (next == std::string::npos) next = html.size();
    std::string text = html.substr(i, next - i);
    i = next;
    if (skip_depth > 0) {
      out += text;
      continue;
    }
    std::string lower = to_lower_ascii(text);
    std::size_t pos = 0;
    while (pos < text.size()) {
      // The earliest first use of any term not yet explained on this page.
      std::size_t best = std::string::npos, best_len = 0, best_term = 0;
      for (std::size_t t = 0; t < terms_.size(); ++t) {
        if (used[t]) continue;
        const std::string& hay = terms_[t].acronym ? text : lower;
        for (std::size_t f = hay.find(terms_[t].match, pos); f != std::string::npos && f < best;
             f = hay.find(terms_[t].match, f + 1)) {
          std::size_t e = f + terms_[t].match.size();
          if (terms_[t].acronym && e < text.size() && text[e] == 's') ++e;  // CEYPs
          bool left_ok = f == 0 || !word_char(static_cast<unsigned char>(text[f - 1]));
          bool right_ok = e >= text.size() || !word_char(static_cast<unsigned char>(text[e]));
          if (left_ok && right_ok) {
            best = f, best_len = e - f, best_term = t;
            break;
          }
        }
      }
      if (best == std::string::npos) {
        out.append(text, pos, std::string::npos);
        break;
      }
      const Term& term = terms_[best_term];
      out.append(text, pos, best - pos);
      std::string word = text.substr(best, best_len);
      if (term.acronym) {
        out += "<abbr title=\"" + escape_html(term.title) + "\">" + word + "</abbr>";
      } else {
        out += "<a class=\"term\" href=\"" + escape_html(term.href) + "\">" + word + "</a>";
      }
      used[best_term] = true;
      // Every entry for the same words counts as used.
      for (std::size_t t = 0; t < terms_.size(); ++t)
        if (terms_[t].match == term.match) used[t] = true;
      pos = best + best_len;
    }
  }
  return out;
}

}  // namespace promisehub
