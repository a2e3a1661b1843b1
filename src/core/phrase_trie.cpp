// The phrase trie: sorted edges per node, found by binary search.
#include "core/phrase_trie.h"

#include <algorithm>

namespace promisehub {

char32_t fold_for_matching(char32_t cp) {
  if (cp >= 'A' && cp <= 'Z') return cp + ('a' - 'A');
  if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) return cp + 0x20;  // À-Þ, not ×
  if (cp == 0x2019) return '\'';
  return cp;
}

PhraseTrie::PhraseTrie() : nodes_(1) {}

std::size_t PhraseTrie::add(std::u32string_view phrase) {
  const std::size_t number = phrases_++;
  if (phrase.empty()) return number;
  Node node = kRoot;
  for (char32_t cp : phrase) {
    auto& edges = nodes_[node].edges;
    auto it = std::lower_bound(edges.begin(), edges.end(), cp,
                               [](const Edge& e, char32_t c) { return e.cp < c; });
    if (it != edges.end() && it->cp == cp) {
      node = it->to;
      continue;
    }
    const Node child = static_cast<Node>(nodes_.size());
    edges.insert(it, Edge{cp, child});
    nodes_.emplace_back();  // after the insert: `edges` points into nodes_
    node = child;
  }
  nodes_[node].ends.push_back(number);
  longest_ = std::max(longest_, phrase.size());
  return number;
}

std::optional<PhraseTrie::Node> PhraseTrie::next(Node node, char32_t cp) const {
  const auto& edges = nodes_[node].edges;
  auto it = std::lower_bound(edges.begin(), edges.end(), cp,
                             [](const Edge& e, char32_t c) { return e.cp < c; });
  if (it == edges.end() || it->cp != cp) return std::nullopt;
  return it->to;
}

}  // namespace promisehub
