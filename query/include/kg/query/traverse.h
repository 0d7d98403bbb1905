#pragma once
/// The traversal primitive of every query and filtered analysis: a Filter compiled once into lookup tables
/// (CompiledFilter), and for_each_step, the one loop over the usable edges around a node.
///
///   kg::query::CompiledFilter filter(graph, {.predicates = {member}}, {start});
///   kg::query::for_each_step(graph, filter, start, filter.direction(),
///                            [&](kg::graph::NodeId next, kg::graph::EdgeId edge, kg::query::HopDirection) { ... });
#include <cstdint>
#include <initializer_list>
#include <limits>
#include <vector>

#include "kg/graph/graph.h"
#include "kg/query/filter.h"
#include "kg/query/result.h"

namespace kg::query {

/// A Filter as lookup tables: what node_allowed, edge_allowed and record_passes answer in O(1) (edge_allowed
/// looks at the edge's provenance records only when the filter has fact conditions, and counts their distinct
/// sources only under min_sources). Holds a pointer to the graph.
class CompiledFilter {
 public:
  /// `endpoints` are exempt from the node conditions (a query's named entities).
  CompiledFilter(const graph::Graph& graph, const Filter& filter, std::initializer_list<graph::NodeId> endpoints);
  CompiledFilter(const graph::Graph& graph, const Filter& filter, const std::vector<graph::NodeId>& endpoints);

  Direction direction() const { return direction_; }
  bool node_allowed(graph::NodeId node) const {
    if (!node_conditions_) return true;
    if (!type_allowed_[graph_->node_type(node).value] || avoided(node)) return exempt(node);
    return true;
  }
  bool edge_allowed(graph::EdgeId edge) const {
    if (predicate_conditions_ && !predicate_allowed_[graph_->edge_predicate(edge).value]) return false;
    if (!fact_conditions_) return true;
    return min_sources_ > 0 ? enough_sources(edge) : any_record_passes(edge);
  }
  bool record_passes(graph::ProvenanceId record) const;
  /// See kg::query::edge_confidence.
  float edge_confidence(graph::EdgeId edge) const;

 private:
  bool exempt(graph::NodeId node) const;
  bool avoided(graph::NodeId node) const;
  bool any_record_passes(graph::EdgeId edge) const;
  bool enough_sources(graph::EdgeId edge) const;

  const graph::Graph* graph_;
  Direction direction_;
  std::vector<std::uint8_t> predicate_allowed_, type_allowed_, source_allowed_;
  std::vector<graph::NodeId> avoid_;  // sorted
  std::vector<graph::NodeId> endpoints_;
  bool predicate_conditions_ = false;
  bool node_conditions_ = false;
  bool fact_conditions_ = false;
  bool source_conditions_ = false;
  std::uint32_t min_sources_ = 0;
  graph::Grade min_grade_{};
  std::int32_t window_first_ = std::numeric_limits<std::int32_t>::min();
  std::int32_t window_last_ = std::numeric_limits<std::int32_t>::max();
  bool dated_only_ = false;
  bool dates_within_ = false;
  float min_confidence_ = 0;
  bool has_min_confidence_ = false;
  float missing_confidence_ = 1;
};

/// The direction opposite to `direction` (for the search that walks back from a target).
inline Direction reversed(Direction direction) {
  return direction == Direction::out ? Direction::in : direction == Direction::in ? Direction::out : direction;
}

/// True when a search may step from `node` over `edge` to `next`: the filter allows both, and it is no self-loop
/// (no path or BFS needs one).
inline bool step_allowed(const CompiledFilter& filter, graph::NodeId node, graph::NodeId next, graph::EdgeId edge) {
  return next != node && filter.edge_allowed(edge) && filter.node_allowed(next);
}

/// Calls fn(next, edge, hop_direction) for every edge around `node` that `direction` lets us walk and step_allowed
/// accepts: out-edges first, then in-edges.
template <class Fn>
void for_each_step(const graph::Graph& graph, const CompiledFilter& filter, graph::NodeId node, Direction direction,
                   Fn&& fn) {
  if (direction != Direction::in) {
    for (auto [next, edge] : graph.out(node)) {
      if (step_allowed(filter, node, next, edge)) fn(next, edge, HopDirection::forward);
    }
  }
  if (direction != Direction::out) {
    for (auto [next, edge] : graph.in(node)) {
      if (step_allowed(filter, node, next, edge)) fn(next, edge, HopDirection::backward);
    }
  }
}

/// The number of edges for_each_step may look at around `node` (the cost of expanding it).
inline std::uint32_t step_degree(const graph::Graph& graph, graph::NodeId node, Direction direction) {
  return (direction != Direction::in ? graph.out_degree(node) : 0) +
         (direction != Direction::out ? graph.in_degree(node) : 0);
}

}  // namespace kg::query
