// Explains the first use of each glossary term or acronym on a page where it stands (spec §7):
// <abbr title> for acronyms, a link to the glossary entry for terms. Never inside headings,
// links, code or other places where markup would break meaning.
#pragma once

#include <array>
#include <string>
#include <vector>

#include "model/site.h"

namespace promisehub {

class GlossaryLinker {
 public:
  GlossaryLinker(const std::vector<GlossaryEntry>& entries, std::string glossary_url);
  std::string apply(const std::string& html) const;

  static bool is_acronym(const std::string& term);

 private:
  struct Term {
    std::string match;  // lower-case for terms, exact for acronyms
    std::string title, href;
    bool acronym = false;
  };
  std::vector<Term> terms_;                             // longest first
  std::array<std::vector<std::size_t>, 256> by_first_;  // term indexes by lower-case first byte
};

}  // namespace promisehub
