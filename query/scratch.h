#pragma once
// Scratch: the arrays behind a Workspace. StampedArray gives O(1) "clear all" by bumping a generation number, so
// queries touch only the entries they use.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

#include "kg/graph/ids.h"
#include "kg/query/result.h"

namespace kg::query::detail {

/// One T per node, valid only when stamped with the current generation.
template <class T>
class StampedArray {
 public:
  /// Forgets every entry; sizes the array for `size` nodes (allocating only when the size changes).
  void clear(std::uint32_t size) {
    if (slots_.size() != size) {
      slots_.assign(size, Slot{});
      generation_ = 0;
    }
    if (++generation_ == 0) {  // wrapped: stale stamps could look current
      for (Slot& slot : slots_) slot.stamp = 0;
      generation_ = 1;
    }
  }
  bool has(graph::NodeId node) const { return slots_[node.value].stamp == generation_; }
  /// Stamps the entry and returns it (value-initialised when it was stale).
  T& set(graph::NodeId node) {
    Slot& slot = slots_[node.value];
    if (slot.stamp != generation_) {
      slot.stamp = generation_;
      slot.value = T{};
    }
    return slot.value;
  }
  /// Makes the entry stale again.
  void erase(graph::NodeId node) { slots_[node.value].stamp = 0; }
  const T& get(graph::NodeId node) const { return slots_[node.value].value; }
  T& get(graph::NodeId node) { return slots_[node.value].value; }

 private:
  struct Slot {
    std::uint32_t stamp = 0;
    T value{};
  };
  std::vector<Slot> slots_;
  std::uint32_t generation_ = 0;
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

struct Empty {};

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

struct Scratch {
  StampedArray<Visit> forward, backward;  // the two sides of a bidirectional BFS; BFS distances
  StampedArray<Label> labels;             // Dijkstra
  StampedArray<Empty> blocked;            // nodes a search must not enter (Yen's root path, a DFS's path)
  std::vector<graph::NodeId> frontier, next_frontier, other_frontier;
  std::vector<std::pair<double, graph::NodeId>> heap;
};

}  // namespace kg::query::detail
