// A small HTML-aware text scanner: our HTML is generated, so tags are well formed. Terms are
// matched against the text as the reader sees it (render/html_text.h): references decoded, ’ as
// ', any run of spaces as one. Markup only ever goes between whole characters, outside tags.
#include "render/glossary_linker.h"

#include <algorithm>
#include <map>
#include <utility>

#include "core/text.h"
#include "render/html_text.h"

namespace promisehub {
namespace {

// The term's words as the text's are read and folded: each run of spaces as one, none at the
// ends. A glossary term is plain text, so its '&' is itself, not the start of a reference.
std::u32string folded_term(const std::string& term) {
  std::u32string out;
  for (std::size_t i = 0; i < term.size();) {
    HtmlChar c = term[i] == '&' ? HtmlChar{1, '&', false} : read_html_char(term, i);
    i += c.size;
    if (c.cp == ' ' && (out.empty() || out.back() == ' ')) continue;
    out += fold_for_matching(c.cp);
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

// j, or past an acronym's plural 's' (CEYPs), when no letter or digit follows; else npos.
std::size_t word_end(std::string_view html, std::size_t j, bool acronym) {
  if (acronym && j < html.size() && html[j] == 's') ++j;
  if (j < html.size() && html[j] != '<' && read_html_char(html, j).word) return std::string::npos;
  return j;
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
  std::map<std::pair<std::u32string, bool>, std::size_t> words;
  for (const auto& e : entries) {
    Term t;
    t.acronym = is_acronym(e.term.value);
    std::u32string match = folded_term(e.term.value);
    if (match.size() < 2) continue;
    t.words = words.emplace(std::make_pair(match, t.acronym), words.size()).first->second;
    t.ends_in_word_character = is_word_character(match.back());
    t.title = t.acronym && !e.means.empty() ? e.means : e.plain.value;
    t.href = glossary_url + "#" + e.slug;
    trie_.add(match);
    terms_.push_back(std::move(t));
  }
  word_count_ = words.size();
}

GlossaryLinker::Match GlossaryLinker::longest_at(std::string_view html, std::size_t i,
                                                 const std::vector<bool>& explained) const {
  Match best;
  PhraseTrie::Node node = PhraseTrie::kRoot;
  bool lower_case = false;  // an acronym is found in capitals only: "CEYP", not "ceyp"
  for (std::size_t j = i; j < html.size() && html[j] != '<';) {  // words never run into markup
    HtmlChar c = read_html_char(html, j);
    ++best.steps;
    auto next = trie_.next(node, fold_for_matching(c.cp));
    if (!next) break;
    node = *next;
    j += c.size;
    while (c.cp == ' ' && j < html.size() && html[j] != '<') {  // a space matches a run of them
      HtmlChar more = read_html_char(html, j);
      ++best.steps;
      if (more.cp != ' ') break;
      j += more.size;
    }
    lower_case = lower_case || (c.cp >= 'a' && c.cp <= 'z');
    // Deeper is longer: a term found here beats any found before.
    for (std::size_t t : trie_.phrases_at(node)) {
      const Term& term = terms_[t];
      if (explained[term.words] || (term.acronym && lower_case)) continue;
      std::size_t end = word_end(html, j, term.acronym);
      if (end == std::string::npos) continue;
      best.term = t;
      best.end = end;
      break;
    }
  }
  return best;
}

GlossaryLinker::Linked GlossaryLinker::link(const std::string& html) const {
  Linked result;
  if (terms_.empty() || html.empty()) {
    result.html = html;
    return result;
  }
  std::vector<bool> explained(word_count_, false);
  std::size_t left = word_count_;
  std::string& out = result.html;
  out.reserve(html.size() + 1024);
  int skip_depth = 0;
  bool after_word = false;  // the character before is a letter or digit: no word starts here
  std::size_t i = 0, copied = 0;
  while (i < html.size() && left > 0) {
    if (html[i] == '<') {
      std::size_t end = html.find('>', i);
      if (end == std::string::npos) break;
      bool closing = i + 1 < html.size() && html[i + 1] == '/';
      std::size_t n = i + (closing ? 2 : 1);
      char name[12];
      std::size_t len = 0;
      while (n < end && len < sizeof name - 1 && std::isalnum(static_cast<unsigned char>(html[n])))
        name[len++] = static_cast<char>(std::tolower(static_cast<unsigned char>(html[n++])));
      bool self_closing = end > i + 1 && html[end - 1] == '/';
      if (len > 0 && !self_closing && is_skip_tag(std::string_view(name, len)))
        skip_depth = std::max(0, skip_depth + (closing ? -1 : 1));
      after_word = false;
      i = end + 1;
      continue;
    }
    HtmlChar here = read_html_char(html, i);
    if (skip_depth == 0 && !after_word &&
        trie_.next(PhraseTrie::kRoot, fold_for_matching(here.cp))) {
      Match m = longest_at(html, i, explained);
      result.steps += m.steps;
      if (m.term != std::string::npos) {
        const Term& term = terms_[m.term];
        out.append(html, copied, i - copied);
        std::string_view words(html.data() + i, m.end - i);  // as written: references stay whole
        if (term.acronym) {
          out += "<abbr title=\"" + escape_html(term.title) + "\">";
          out += words;
          out += "</abbr>";
        } else {
          out += "<a class=\"term\" href=\"" + escape_html(term.href) + "\">";
          out += words;
          out += "</a>";
        }
        explained[term.words] = true;  // every entry for the same words
        --left;
        after_word = term.ends_in_word_character;
        copied = i = m.end;
        continue;
      }
    }
    after_word = here.word;
    i += here.size;
  }
  out.append(html, copied, std::string::npos);
  return result;
}

}  // namespace promisehub
