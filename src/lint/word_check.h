// Finds words to avoid (from language.yaml) and acronyms that need explaining, by byte offset.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

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

// Every place `text` uses one of the listed forms, sorted by offset.
// - Whole words only: "contact" is not found in "contactless" or "contacts" (list "contacts"
//   too if you mean it). Letters in any script are word characters; apostrophes, hyphens and
//   other punctuation end a word, so "placement's" and "placement-based" do contain "placement".
// - Case-insensitive for ASCII and Latin-1 letters ("Respite", "RESPITE").
// - The words of a phrase may be separated by any run of spaces and tabs with at most one line
//   break, or by a single hyphen ("looked-after" matches "looked after").
// - URLs, e-mail addresses and `inline code` are not searched.
// - When matches overlap, the one starting first wins, then the longer one
//   ("placement order" before "placement").
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

}  // namespace promisehub::lint
