#pragma once
// NodeMarks: per-node values for one search at a time. A search starts sparse (a hash map, so that a small search
// costs what it reaches, not the size of the graph) and turns dense (arrays sized for the graph, valid only when
// stamped with the current generation) once it has marked more than a small share of the nodes; a dense NodeMarks
// stays dense for the next searches, whose clearing is then O(1).
#include <absl/container/flat_hash_map.h>

#include <algorithm>
#include <cstdint>
#include <vector>

#include "kg/graph/ids.h"

namespace kg::cypher::detail {

template <class T>
class NodeMarks {
 public:
  /// Forgets every mark; the next search runs over a graph of `size` nodes.
  void clear(std::uint32_t size) {
    sparse_.clear();
    if (dense_ && stamps_.size() != size) {
      dense_ = false;
      stamps_ = {};
      values_ = {};
    }
    size_ = size;
    if (dense_) next_generation();
  }
  bool has(graph::NodeId node) const {
    return dense_ ? stamps_[node.value] == generation_ : sparse_.contains(node.value);
  }
  /// The node's value, marking it; the reference is valid until the next set().
  T& set(graph::NodeId node) {
    if (dense_) {
      stamps_[node.value] = generation_;
      return values_[node.value];
    }
    if (sparse_.size() >= size_ / 64 + 64) {
      densify();
      return set(node);
    }
    return sparse_[node.value];
  }
  /// The value of a marked node; valid until the next set().
  const T& get(graph::NodeId node) const { return dense_ ? values_[node.value] : sparse_.at(node.value); }

 private:
  void next_generation() {
    if (++generation_ == 0) {
      std::fill(stamps_.begin(), stamps_.end(), 0);
      generation_ = 1;
    }
  }
  void densify() {
    if (stamps_.size() != size_) {
      stamps_.assign(size_, 0);
      values_.assign(size_, T{});
      generation_ = 0;
    }
    next_generation();
    for (const auto& [node, value] : sparse_) {
      stamps_[node] = generation_;
      values_[node] = value;
    }
    sparse_.clear();
    dense_ = true;
  }

  absl::flat_hash_map<std::uint32_t, T> sparse_;
  std::vector<std::uint32_t> stamps_;
  std::vector<T> values_;
  std::uint32_t size_ = 0, generation_ = 0;
  bool dense_ = false;
};

}  // namespace kg::cypher::detail
