// One automaton for many phrases (glossary terms, words to avoid): a trie over code points,
// walked from a place in the text. A walk costs at most the longest phrase's length in steps,
// however many phrases there are, so matching a whole text is linear in the text.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace promisehub {

// How phrases and texts are compared: ASCII and Latin-1 letters in lower case, and the
// typographic apostrophe (U+2019, what smart punctuation writes) as the straight one.
inline char32_t fold_for_matching(char32_t cp) {
  if (cp >= 'A' && cp <= 'Z') return cp + ('a' - 'A');
  if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) return cp + 0x20;  // À-Þ, not ×
  if (cp == 0x2019) return '\'';
  return cp;
}

class PhraseTrie {
 public:
  using Node = std::uint32_t;
  static constexpr Node kRoot = 0;

  PhraseTrie();

  // Adds a phrase, folded by the caller as its texts will be, and returns its number: 0, 1, 2 …
  // in the order added. Equal phrases share their end; an empty phrase is never found.
  std::size_t add(std::u32string_view phrase);

  // Where `cp` leads from `node`, if some phrase goes on that way.
  std::optional<Node> next(Node node, char32_t cp) const {
    if (node != kRoot || cp >= root_ascii_.size()) return next_beyond_root_ascii(node, cp);
    if (Node to = root_ascii_[cp]) return to;  // the root is no node's child: 0 is none
    return std::nullopt;
  }

  // The numbers of the phrases that end at `node`, in the order they were added.
  const std::vector<std::size_t>& phrases_at(Node node) const { return nodes_[node].ends; }

  std::size_t phrase_count() const { return phrases_; }
  // Code points in the longest phrase: no walk takes more steps.
  std::size_t longest() const { return longest_; }

 private:
  std::optional<Node> next_beyond_root_ascii(Node node, char32_t cp) const;

  struct Edge {
    char32_t cp;
    Node to;
  };
  struct NodeData {
    std::vector<Edge> edges;  // sorted by cp
    std::vector<std::size_t> ends;
  };

  std::array<Node, 128> root_ascii_{};  // the root's edges for ASCII: most lookups
  std::vector<NodeData> nodes_;
  std::size_t phrases_ = 0;
  std::size_t longest_ = 0;
};

}  // namespace promisehub
