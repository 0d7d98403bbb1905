#pragma once
// The one Boost.Graph adapter of kg: a Snapshot's arcs (kg::analytics::Adjacency, CSR) seen through
// boost::graph_traits as a VertexListGraph and IncidenceGraph, so Boost.Graph's algorithms run over them without a
// copy. Private to analytics/*.cpp: no Boost type leaves them.
//
//   const detail::BoostView<boost::undirected_tag> view{&snapshot.arcs(query::Direction::both)};
//   boost::connected_components(view, labels.data(), boost::color_map(colours.data()));
#include <boost/graph/graph_traits.hpp>
#include <boost/graph/properties.hpp>
#include <boost/iterator/counting_iterator.hpp>
#include <boost/iterator/iterator_facade.hpp>

#include <cstdint>
#include <utility>

#include "kg/analytics/snapshot.h"

namespace kg::analytics::detail {

/// An arc: its tail and its position in Adjacency::targets.
struct Arc {
  std::uint32_t source;
  std::uint32_t position;
  friend bool operator==(const Arc& a, const Arc& b) { return a.position == b.position; }
  friend bool operator!=(const Arc& a, const Arc& b) { return a.position != b.position; }
};

class ArcIterator : public boost::iterator_facade<ArcIterator, Arc, boost::random_access_traversal_tag, Arc> {
 public:
  ArcIterator() = default;
  ArcIterator(std::uint32_t source, std::uint32_t position) : arc_{source, position} {}

 private:
  friend class boost::iterator_core_access;
  Arc dereference() const { return arc_; }
  void increment() { ++arc_.position; }
  void decrement() { --arc_.position; }
  void advance(std::ptrdiff_t n) { arc_.position = static_cast<std::uint32_t>(arc_.position + n); }
  std::ptrdiff_t distance_to(const ArcIterator& other) const {
    return static_cast<std::ptrdiff_t>(other.arc_.position) - static_cast<std::ptrdiff_t>(arc_.position);
  }
  bool equal(const ArcIterator& other) const { return arc_.position == other.arc_.position; }

  Arc arc_{0, 0};
};

struct BoostTraversal : boost::incidence_graph_tag, boost::vertex_list_graph_tag {};

/// Adjacency as a Boost graph; `Directed` is boost::directed_tag (arcs as they are) or boost::undirected_tag (an
/// Adjacency listing each link at both ends, as arcs(both) does). The nested types are what
/// boost::graph_traits reads (for the view and for a const view alike).
template <class Directed>
struct BoostView {
  using vertex_descriptor = std::uint32_t;
  using edge_descriptor = Arc;
  using vertex_iterator = boost::counting_iterator<std::uint32_t>;
  using out_edge_iterator = ArcIterator;
  using directed_category = Directed;
  using edge_parallel_category = boost::disallow_parallel_edge_tag;
  using traversal_category = BoostTraversal;
  using vertices_size_type = std::uint32_t;
  using edges_size_type = std::uint32_t;
  using degree_size_type = std::uint32_t;
  static vertex_descriptor null_vertex() { return ~0U; }

  const Adjacency* arcs;
};

}  // namespace kg::analytics::detail

/// Nodes are their own index (what Boost's algorithms use to size their internal maps).
template <class Directed>
struct boost::property_map<kg::analytics::detail::BoostView<Directed>, boost::vertex_index_t> {
  using type = boost::typed_identity_property_map<std::uint32_t>;
  using const_type = type;
};

namespace kg::analytics::detail {

template <class D>
boost::typed_identity_property_map<std::uint32_t> get(boost::vertex_index_t, const BoostView<D>&) {
  return {};
}
template <class D>
std::pair<boost::counting_iterator<std::uint32_t>, boost::counting_iterator<std::uint32_t>> vertices(
    const BoostView<D>& view) {
  return {0U, static_cast<std::uint32_t>(view.arcs->offsets.size() - 1)};
}
template <class D>
std::uint32_t num_vertices(const BoostView<D>& view) {
  return static_cast<std::uint32_t>(view.arcs->offsets.size() - 1);
}
template <class D>
std::pair<ArcIterator, ArcIterator> out_edges(std::uint32_t node, const BoostView<D>& view) {
  return {{node, view.arcs->offsets[node]}, {node, view.arcs->offsets[node + 1]}};
}
template <class D>
std::uint32_t out_degree(std::uint32_t node, const BoostView<D>& view) {
  return view.arcs->degree(node);
}
template <class D>
std::uint32_t source(const Arc& arc, const BoostView<D>&) {
  return arc.source;
}
template <class D>
std::uint32_t target(const Arc& arc, const BoostView<D>& view) {
  return view.arcs->targets[arc.position];
}

}  // namespace kg::analytics::detail
