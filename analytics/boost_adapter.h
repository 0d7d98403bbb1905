#pragma once
// The one Boost.Graph adapter of kg: a kg::graph::Graph seen through boost::graph_traits, so Boost.Graph's
// algorithms run over the CSR columns without a copy. Private to analytics/*.cpp: no Boost type leaves them.
#include <boost/graph/graph_traits.hpp>
#include <boost/iterator/counting_iterator.hpp>
#include <boost/iterator/iterator_facade.hpp>

#include <cstdint>
#include <utility>

#include "kg/graph/graph.h"

namespace kg::analytics::detail {

/// A kg Graph seen as a Boost.Graph bidirectional graph; just enough of the concept for page_rank.
struct GraphView {
  const kg::graph::Graph* graph;
};

/// An in-edge of `target`: the edge from `source`.
struct InEdge {
  std::uint32_t source;
  std::uint32_t target;
};

class InEdgeIterator : public boost::iterator_facade<InEdgeIterator, InEdge, boost::forward_traversal_tag, InEdge> {
 public:
  InEdgeIterator() = default;
  InEdgeIterator(kg::graph::AdjacencyRange::iterator at, std::uint32_t target) : at_(at), target_(target) {}

 private:
  friend class boost::iterator_core_access;
  InEdge dereference() const { return {(*at_).node.value, target_}; }
  void increment() { ++at_; }
  bool equal(const InEdgeIterator& other) const { return at_ == other.at_; }

  kg::graph::AdjacencyRange::iterator at_;
  std::uint32_t target_ = 0;
};

struct Traversal : boost::bidirectional_graph_tag, boost::vertex_list_graph_tag {};

}  // namespace kg::analytics::detail

template <>
struct boost::graph_traits<kg::analytics::detail::GraphView> {
  using vertex_descriptor = std::uint32_t;
  using edge_descriptor = kg::analytics::detail::InEdge;
  using vertex_iterator = boost::counting_iterator<std::uint32_t>;
  using in_edge_iterator = kg::analytics::detail::InEdgeIterator;
  using out_edge_iterator = void;
  using adjacency_iterator = void;
  using directed_category = boost::bidirectional_tag;
  using edge_parallel_category = boost::allow_parallel_edge_tag;
  using traversal_category = kg::analytics::detail::Traversal;
  using vertices_size_type = std::uint32_t;
  using edges_size_type = std::uint32_t;
  using degree_size_type = std::uint32_t;
  static vertex_descriptor null_vertex() { return ~0U; }
};

namespace kg::analytics::detail {

inline std::pair<boost::counting_iterator<std::uint32_t>, boost::counting_iterator<std::uint32_t>> vertices(
    const GraphView& view) {
  return {0U, view.graph->node_count()};
}
inline std::uint32_t num_vertices(const GraphView& view) { return view.graph->node_count(); }
inline std::pair<InEdgeIterator, InEdgeIterator> in_edges(std::uint32_t node, const GraphView& view) {
  const auto range = view.graph->in(kg::graph::NodeId{node});
  return {{range.begin(), node}, {range.end(), node}};
}
inline std::uint32_t source(const InEdge& edge, const GraphView&) { return edge.source; }
inline std::uint32_t target(const InEdge& edge, const GraphView&) { return edge.target; }
inline std::uint32_t out_degree(std::uint32_t node, const GraphView& view) {
  return view.graph->out_degree(kg::graph::NodeId{node});
}

}  // namespace kg::analytics::detail
