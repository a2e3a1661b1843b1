// The phrase trie shared by the glossary linker and the Language of Care check.
#include "core/phrase_trie.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace promisehub {
namespace {

// The numbers of the phrases that are prefixes of `text`, shortest first, and the steps taken.
struct Walk {
  std::vector<std::size_t> found;
  std::size_t steps = 0;
};

Walk walk(const PhraseTrie& trie, std::u32string_view text) {
  Walk w;
  PhraseTrie::Node node = PhraseTrie::kRoot;
  for (char32_t cp : text) {
    ++w.steps;
    auto next = trie.next(node, cp);
    if (!next) break;
    node = *next;
    for (std::size_t p : trie.phrases_at(node)) w.found.push_back(p);
  }
  return w;
}

using Numbers = std::vector<std::size_t>;

TEST(PhraseTrie, FindsEveryPhraseThatStartsHere) {
  PhraseTrie trie;
  EXPECT_EQ(trie.add(U"corporate parent"), 0u);
  EXPECT_EQ(trie.add(U"corporate parenting"), 1u);
  EXPECT_EQ(trie.add(U"care"), 2u);
  EXPECT_EQ(walk(trie, U"corporate parenting plan").found, (Numbers{0, 1}));
  EXPECT_EQ(walk(trie, U"corporate parent").found, (Numbers{0}));
  EXPECT_EQ(walk(trie, U"corporate").found, Numbers{});
  EXPECT_EQ(walk(trie, U"care plan").found, (Numbers{2}));
  EXPECT_EQ(walk(trie, U"a care plan").found, Numbers{});  // from this place only
  EXPECT_EQ(trie.phrase_count(), 3u);
  EXPECT_EQ(trie.longest(), 19u);
}

TEST(PhraseTrie, EqualPhrasesShareTheirEndInTheOrderAdded) {
  PhraseTrie trie;
  trie.add(U"respite");
  trie.add(U"placement");
  trie.add(U"respite");
  EXPECT_EQ(walk(trie, U"respite").found, (Numbers{0, 2}));
}

TEST(PhraseTrie, AnEmptyPhraseIsNeverFound) {
  PhraseTrie trie;
  EXPECT_EQ(trie.add(U""), 0u);
  EXPECT_TRUE(trie.phrases_at(PhraseTrie::kRoot).empty());
  EXPECT_EQ(trie.add(U"x"), 1u);
  EXPECT_EQ(walk(trie, U"x").found, (Numbers{1}));
  EXPECT_FALSE(trie.next(PhraseTrie::kRoot, U'y'));
}

TEST(PhraseTrie, AnyCodePoint) {
  PhraseTrie trie;
  trie.add(U"caf\u00e9");
  trie.add(U"\U0001F600\u2019s");
  trie.add(std::u32string(1, 0xFFFFFFFF));  // callers' own markers are code points too
  EXPECT_EQ(walk(trie, U"caf\u00e9s").found, (Numbers{0}));
  EXPECT_EQ(walk(trie, U"\U0001F600\u2019s").found, (Numbers{1}));
  EXPECT_EQ(walk(trie, std::u32string(1, 0xFFFFFFFF)).found, (Numbers{2}));
  EXPECT_EQ(walk(trie, U"cafe").found, Numbers{});
}

// The point of the automaton: the steps from a place in the text are bounded by the longest
// phrase, however many phrases there are. 20,000 terms with the same first words cost a walk
// of at most one step per character, as one term does.
TEST(PhraseTrie, AWalkCostsNoMoreForManyPhrases) {
  PhraseTrie one, many;
  one.add(U"support plan 7");
  for (int i = 0; i < 20000; ++i) {
    std::string digits = std::to_string(i);
    many.add(U"support plan " + std::u32string(digits.begin(), digits.end()));
  }
  for (std::u32string text : {U"support plan 7 is here", U"support plan x", U"support for all"}) {
    Walk a = walk(one, text), b = walk(many, text);
    EXPECT_LE(b.steps, many.longest() + 1);
    EXPECT_LE(b.steps, a.steps + 5);  // a few more: the longer numbers go on
  }
  EXPECT_EQ(walk(many, U"support plan 19999").found, (Numbers{1, 19, 199, 1999, 19999}));
}

TEST(FoldForMatching, CaseAndApostrophes) {
  EXPECT_EQ(fold_for_matching(U'A'), U'a');
  EXPECT_EQ(fold_for_matching(U'z'), U'z');
  EXPECT_EQ(fold_for_matching(U'\u00c9'), U'\u00e9');  // É
  EXPECT_EQ(fold_for_matching(U'\u00d7'), U'\u00d7');  // × is not a letter
  EXPECT_EQ(fold_for_matching(U'\u2019'), U'\'');
  EXPECT_EQ(fold_for_matching(U'\u2018'), U'\u2018');  // an opening quote is not an apostrophe
  EXPECT_EQ(fold_for_matching(U'&'), U'&');
}

}  // namespace
}  // namespace promisehub
