// Splits plain text into sentences for the readability score.
#pragma once

#include <string_view>
#include <vector>

namespace promisehub::lint {

// Returns the sentences of `text` as views into it, trimmed of surrounding white space and of
// a leading list marker ("- ", "* ", "• ", "1. ", "2) ", "# ", "> "). Pieces without a letter or
// digit are dropped.
//
// A sentence ends at:
// - . ! ? … (and closing quotes or brackets after them) followed by white space or the end,
//   except after abbreviations (Mr. Dr. Cllr. e.g. i.e. vs. approx. no. ...), single capital
//   initials ("J. K. Rowling"), "etc."/"a.m." unless a capital follows, a list number at the
//   start of a line ("1. A good childhood"), or when the next word starts with a small letter
//   on the same line. Decimals (85.7%), ids (1.1), URLs and e-mails have no space after their
//   dots, so they never end a sentence. An ellipsis ends one only before a capital or a line
//   break.
// - a blank line (a new paragraph).
// - a line break when the next line starts with a capital, a digit or a list marker, when the
//   line is a heading ("# ..."), or when it ends with a colon. A line break before a small
//   letter is a wrapped line and the sentence goes on. (Hard-wrapped text whose next line starts
//   with a name is split too early; Markdown should go through prose_from_markdown first.)
std::vector<std::string_view> split_sentences(std::string_view text);

}  // namespace promisehub::lint
