// Words a child of nine or ten knows, which the reading-age check never counts as hard.
#pragma once

#include <set>
#include <string>
#include <string_view>

namespace promisehub::lint {

// Whether a word is familiar to young readers: on the New Dale-Chall list of words 80% of
// fourth graders (aged 9 to 10) know (data/familiar_words.txt, made by
// scripts/familiar-words.sh), or in `extra` (lower case; e.g. words the site's glossary
// explains), or a regular form of such a word:
// - a plural or possessive: -s, -es, -'s, -s', a y turned to i ("families");
// - -ed, -ing, -er, -est, -ly, with a final e dropped ("caring") or the last consonant
//   doubled ("stopped");
// - a hyphenated word whose parts are all familiar ("grown-up", "well-being").
// Case does not matter for ASCII letters; ’ is read as '.
bool is_familiar_word(std::string_view word, const std::set<std::string>& extra = {});

}  // namespace promisehub::lint
