#pragma once
// Scratch: the arrays behind a Workspace. StampedArray gives O(1) "clear all" by bumping a generation number, so
// queries touch only the entries they use.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <tuple>
#include <utility>
#include <vector>

#include "kg/graph/ids.h"
#include "kg/query/result.h"

namespace kg::query::detail {

/// One T per node, valid only when stamped with the current generation. Stamps live apart from the values so that
/// membership tests (the hot loop of every search) touch 4 bytes a node.
template <class T>
class StampedArray {
 public:
  /// Forgets every entry; sizes the array for `size` nodes (allocating only when the size changes).
  void clear(std::uint32_t size) {
    if (stamps_.size() != size) {
      stamps_.assign(size, 0);
      values_.assign(size, T{});
      generation_ = 0;
    }
    if (++generation_ == 0) {  // wrapped: stale stamps could look current
      std::fill(stamps_.begin(), stamps_.end(), 0);
      generation_ = 1;
    }
  }
  bool has(graph::NodeId node) const { return stamps_[node.value] == generation_; }
  /// Stamps the entry and returns it (value-initialised when it was stale).
  T& set(graph::NodeId node) {
    if (stamps_[node.value] != generation_) {
      stamps_[node.value] = generation_;
      values_[node.value] = T{};
    }
    return values_[node.value];
  }
  const T& get(graph::NodeId node) const { return values_[node.value]; }
  T& get(graph::NodeId node) { return values_[node.value]; }

 private:
  std::vector<std::uint32_t> stamps_;
  std::vector<T> values_;
  std::uint32_t generation_ = 0;
};

/// A set of nodes with O(1) "clear all" (generation stamps), 4 bytes a node.
class StampedSet {
 public:
  void clear(std::uint32_t size) {
    if (stamps_.size() != size) {
      stamps_.assign(size, 0);
      generation_ = 0;
    }
    if (++generation_ == 0) {
      std::fill(stamps_.begin(), stamps_.end(), 0);
      generation_ = 1;
    }
  }
  bool has(graph::NodeId node) const { return stamps_[node.value] == generation_; }
  void insert(graph::NodeId node) { stamps_[node.value] = generation_; }
  void erase(graph::NodeId node) { stamps_[node.value] = 0; }

 private:
  std::vector<std::uint32_t> stamps_;
  std::uint32_t generation_ = 0;
};

/// A bit per node, all clear between uses (whoever sets bits clears them): 1/32 of a StampedSet's memory, so
/// that membership tests over many edges stay in cache.
class NodeBits {
 public:
  void prepare(std::uint32_t size) {
    if (bits_.size() != (size + 63) / 64) bits_.assign((size + 63) / 64, 0);
  }
  bool test(graph::NodeId node) const { return (bits_[node.value / 64] >> (node.value % 64) & 1) != 0; }
  void set(graph::NodeId node) { bits_[node.value / 64] |= std::uint64_t{1} << (node.value % 64); }
  void reset(graph::NodeId node) { bits_[node.value / 64] &= ~(std::uint64_t{1} << (node.value % 64)); }

 private:
  std::vector<std::uint64_t> bits_;
};

/// How a search reached a node: its distance and the hop from its parent (as the search walked it).
struct Visit {
  std::uint32_t distance = 0;
  graph::NodeId parent;
  Hop hop;
};

/// Dijkstra's per-node state.
struct Label {
  double cost = 0;
  std::uint32_t hops = 0;
  graph::NodeId parent;
  Hop hop;
  bool settled = false;
};

/// The path from `root` to `node` that a search's parent links (Visit or Label entries) record.
template <class Entry>
void trace_from(const StampedArray<Entry>& entries, graph::NodeId root, graph::NodeId node, Path& path) {
  std::size_t first_node = path.nodes.size(), first_hop = path.hops.size();
  for (; node != root; node = entries.get(node).parent) {
    path.nodes.push_back(node);
    path.hops.push_back(entries.get(node).hop);
  }
  path.nodes.push_back(root);
  std::reverse(path.nodes.begin() + static_cast<std::ptrdiff_t>(first_node), path.nodes.end());
  std::reverse(path.hops.begin() + static_cast<std::ptrdiff_t>(first_hop), path.hops.end());
}

inline HopDirection flipped(HopDirection direction) {
  return direction == HopDirection::forward ? HopDirection::backward : HopDirection::forward;
}

/// Extends `path` (ending at `node`) to `root` along the parent links of a search that started at `root` and
/// walked edges backwards: the second half of a bidirectional search.
template <class Entry>
void trace_to(const StampedArray<Entry>& entries, graph::NodeId root, graph::NodeId node, Path& path) {
  while (node != root) {
    const Entry& entry = entries.get(node);
    path.hops.push_back({entry.hop.edge, flipped(entry.hop.direction)});
    node = entry.parent;
    path.nodes.push_back(node);
  }
}

struct Scratch {
  StampedArray<Visit> forward, backward;    // the two sides of a bidirectional BFS; BFS distances
  StampedArray<Label> labels, back_labels;  // Dijkstra, both sides
  StampedSet blocked;                       // nodes a search must not enter (Yen's root path, a DFS's path)
  StampedSet members;                       // the nodes of a neighbourhood
  NodeBits member_bits;                     // the same, while listing the edges among them
  std::vector<graph::NodeId> frontier, next_frontier, other_frontier;
  std::vector<std::tuple<double, std::uint32_t, graph::NodeId>> heap, back_heap;  // (cost, hops, node)
};

}  // namespace kg::query::detail
