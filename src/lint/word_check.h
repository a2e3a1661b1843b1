// Finds words to avoid (from language.yaml) and acronyms that need explaining, by byte offset.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/phrase_trie.h"

namespace promisehub::lint {

struct AvoidRule {
  std::vector<std::string> avoid;  // each form a word or a phrase: "placement", "looked after"
  std::string say;
  std::string why;
};

struct WordMatch {
  std::size_t offset;     // bytes into the text
  std::size_t length;     // bytes
  std::string found;      // as written, e.g. "Looked\nafter"
  const AvoidRule* rule;  // points into the rules passed in; keep them alive
};

// The words to avoid of a whole list, found in one pass over a text: built once (for a site),
// then used for each text. The work for a text grows with its length, not with the list's:
// each word start is looked up in one automaton (core/phrase_trie.h) of every listed form.
// - Whole words only: "contact" is not found in "contactless" or "contacts" (list "contacts"
//   too if you mean it). Letters in any script are word characters; apostrophes, hyphens and
//   other punctuation end a word, so "placement's" and "placement-based" do contain "placement".
// - Case-insensitive for ASCII and Latin-1 letters ("Respite", "RESPITE"); a typographic
//   apostrophe (’) is the same as a straight one ("children's" finds "children’s").
// - The words of a phrase may be separated by any run of spaces and tabs with at most one line
//   break, or by a single hyphen ("looked after" matches "looked-after"); a hyphen in a listed
//   form is such a separator too ("looked-after" matches "looked after").
// - URLs, e-mail addresses and `inline code` are not searched.
// - When matches overlap, the one starting first wins, then the longer one
//   ("placement order" before "placement").
class AvoidedWords {
 public:
  explicit AvoidedWords(const std::vector<AvoidRule>& rules);  // keep `rules` alive

  struct Found {
    std::vector<WordMatch> matches;  // sorted by offset
    std::size_t steps = 0;           // characters looked up: a measure of the work done
  };
  Found find(std::string_view text) const;

 private:
  PhraseTrie trie_;
  std::vector<const AvoidRule*> rule_of_;  // by the trie's phrase number
};

// Every place `text` uses one of the listed forms, sorted by offset (as AvoidedWords).
std::vector<WordMatch> find_avoided_words(std::string_view text,
                                          const std::vector<AvoidRule>& rules);

struct AcronymMatch {
  std::size_t offset;   // bytes into the text
  std::string acronym;  // without a plural s: "CEYPs" gives "CEYP"
};

// Words of 2-6 capital letters, digits allowed after the first letter ("UNCRC", "CEYP",
// "S4C"), optionally followed by a plural "s". Single capitals ("I", "A") are not acronyms;
// Roman numerals of two or more letters ("II", "IV") are, since they cannot be told from
// acronyms such as CV or CD. Not searched: URLs, e-mail addresses, `inline code`, words of
// seven or more capitals and runs of three or more words in capitals ("KEEP THE PROMISE"),
// which are shouting rather than acronyms.
std::vector<AcronymMatch> find_acronyms(std::string_view text);

struct LineCol {
  int line;    // 1-based
  int column;  // 1-based, in UTF-8 characters (code points), not bytes
};

// Line and column of a byte offset; offsets past the end give the position just after the text.
LineCol line_col_at(std::string_view text, std::size_t offset);

// Line and column of many offsets in one text: each is counted on from the one before, so
// offsets asked for in order cost one pass over the text in all.
class LineColCounter {
 public:
  explicit LineColCounter(std::string_view text) : text_(text) {}
  LineCol at(std::size_t offset);
  // Where the line of the offset last asked for starts, in bytes.
  std::size_t line_start() const { return line_start_; }

 private:
  std::string_view text_;
  std::size_t offset_ = 0;
  std::size_t line_start_ = 0;
  LineCol position_{1, 1};
};

}  // namespace promisehub::lint
