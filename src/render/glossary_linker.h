// Explains the first use of each glossary term or acronym on a page where it stands (spec §7):
// <abbr title> for acronyms, a link to the glossary entry for terms. Never inside headings,
// links, code or other places where markup would break meaning.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/phrase_trie.h"
#include "model/site.h"

namespace promisehub {

class GlossaryLinker {
 public:
  GlossaryLinker(const std::vector<GlossaryEntry>& entries, std::string glossary_url);
  std::string apply(const std::string& html) const { return link(html).html; }

  struct Linked {
    std::string html;
    std::size_t steps = 0;  // characters read walking the terms from where one may start: the work
  };
  Linked link(const std::string& html) const;

  static bool is_acronym(const std::string& term);

 private:
  struct Term {
    std::string title, href;
    bool acronym = false;
    std::size_t words = 0;  // the same words (as folded, acronym or not) share this number
    bool ends_in_word_character = false;
  };
  struct Match {
    std::size_t term = std::string::npos;
    std::size_t end = 0;  // in the HTML
    std::size_t steps = 0;
  };
  // The longest term whose words are not yet explained that starts at html[i], if any.
  Match longest_at(std::string_view html, std::size_t i, const std::vector<bool>& explained) const;

  std::vector<Term> terms_;  // in the glossary's order: phrase n of the trie is terms_[n]
  PhraseTrie trie_;          // the terms as folded by fold_for_matching, acronyms too
  std::size_t word_count_ = 0;
};

}  // namespace promisehub
