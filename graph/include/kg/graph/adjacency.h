#pragma once
/// AdjacencyRange: the neighbours of one node, as Graph::out and Graph::in return them (a view into the graph's
/// CSR columns; valid as long as the graph).
///
///   for (kg::graph::Adjacent step : graph.in(node)) use(step.node, step.edge);
#include <cstddef>
#include <cstdint>

#include "kg/graph/ids.h"

namespace kg::graph {

/// A neighbour reached over one edge.
struct Adjacent {
  NodeId node;
  EdgeId edge;
};

/// Iterates the neighbours of one node: out-neighbours (edge ids are positions) or in-neighbours (edge ids listed).
class AdjacencyRange {
 public:
  class iterator {
   public:
    using value_type = Adjacent;
    using difference_type = std::ptrdiff_t;
    iterator() = default;
    iterator(const std::uint32_t* node, const std::uint32_t* edge, std::uint32_t position)
        : node_(node), edge_(edge), position_(position) {}
    Adjacent operator*() const { return {NodeId{*node_}, EdgeId{edge_ != nullptr ? *edge_ : position_}}; }
    iterator& operator++() {
      ++node_;
      if (edge_ != nullptr) ++edge_;
      ++position_;
      return *this;
    }
    iterator operator++(int) {
      iterator before = *this;
      ++*this;
      return before;
    }
    friend bool operator==(const iterator& a, const iterator& b) { return a.node_ == b.node_; }

   private:
    const std::uint32_t* node_ = nullptr;
    const std::uint32_t* edge_ = nullptr;  // null for out-edges: the edge id is the position
    std::uint32_t position_ = 0;
  };

  AdjacencyRange(const std::uint32_t* nodes, const std::uint32_t* edges, std::uint32_t first, std::uint32_t count)
      : begin_(nodes + first, edges != nullptr ? edges + first : nullptr, first),
        end_(nodes + first + count, nullptr, first + count),
        count_(count) {}
  iterator begin() const { return begin_; }
  iterator end() const { return end_; }
  std::size_t size() const { return count_; }
  bool empty() const { return count_ == 0; }

 private:
  iterator begin_, end_;
  std::uint32_t count_;
};

}  // namespace kg::graph
