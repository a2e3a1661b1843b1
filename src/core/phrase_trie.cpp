// The phrase trie: sorted edges per node, found by binary search.
#include "core/phrase_trie.h"

#include <algorithm>

namespace promisehub {

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
    if (node == kRoot && cp < root_ascii_.size()) root_ascii_[cp] = child;
    nodes_.emplace_back();  // after the insert: `edges` points into nodes_
    node = child;
  }
  nodes_[node].ends.push_back(number);
  longest_ = std::max(longest_, phrase.size());
  return number;
}

std::optional<PhraseTrie::Node> PhraseTrie::next_beyond_root_ascii(Node node, char32_t cp) const {
  const auto& edges = nodes_[node].edges;
  auto it = std::lower_bound(edges.begin(), edges.end(), cp,
                             [](const Edge& e, char32_t c) { return e.cp < c; });
  if (it == edges.end() || it->cp != cp) return std::nullopt;
  return it->to;
}

}  // namespace promisehub
