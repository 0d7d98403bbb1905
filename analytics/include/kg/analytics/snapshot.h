#pragma once
/// Snapshot: the part of a graph an analysis runs on, compiled once from a query Filter into compact adjacency
/// arrays (CSR) over the nodes that pass it, with one weight per arc. Every algorithm of kg::analytics takes one.
///
///   kg::analytics::Snapshot snapshot(graph, {.filter = {.min_confidence = 0.6f}, .weight = EdgeWeight::sources});
///   const std::vector<double> rank = kg::analytics::page_rank(snapshot).values;  // indexed like snapshot nodes
///
/// How facts become arcs (the same for every algorithm):
/// - Nodes are the entities that pass the filter's node conditions (types, avoided entities), isolated ones
///   included; they are numbered 0..node_count()-1 in graph order.
/// - An edge (one subject-predicate-object fact, however often stated) is used when the filter allows it and both
///   its ends are in the snapshot. Self-loops (an entity related to itself) are dropped: they connect nothing.
/// - Parallel edges of different predicates between the same two entities merge into one arc whose weight is the
///   sum of their weights, so `A -member_of-> B` and `A -funds-> B` make one arc A->B of weight 2 (unweighted).
///   Measures over paths (betweenness, closeness, harmonic, components, coreness, brokers) see one link; measures
///   over weights (degree, PageRank, communities) see its weight.
/// - Direction comes from the filter: `out` follows the arrows, `in` walks against them (the reversed graph), and
///   `both` (the default) ignores them: an undirected arc A-B whose weight sums both directions' edges.
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <span>
#include <vector>

#include "kg/graph/graph.h"
#include "kg/query/filter.h"
#include "kg/query/traverse.h"

namespace kg::analytics {

/// What an edge weighs: 1 each, the number of distinct sources among its statements that pass the filter (at least
/// 1, as exports write `weight`), or its confidence (the best among those statements, the filter's
/// missing_confidence when none states one).
enum class EdgeWeight { none, sources, confidence };

struct SnapshotOptions {
  query::Filter filter{};  ///< which nodes and edges count; its direction picks the view algorithms use
  EdgeWeight weight = EdgeWeight::none;
};

/// Arcs out of each snapshot node (CSR): node v's neighbours are targets[offsets[v]..offsets[v+1]), each listed
/// once, in graph order, with the weight of the arc to it.
struct Adjacency {
  std::vector<std::uint32_t> offsets;  ///< node_count + 1 entries
  std::vector<std::uint32_t> targets;
  std::vector<double> weights;
  bool unit_weights = true;  ///< every weight is exactly 1

  std::uint32_t degree(std::uint32_t v) const { return offsets[v + 1] - offsets[v]; }
  std::span<const std::uint32_t> neighbours(std::uint32_t v) const { return {targets.data() + offsets[v], degree(v)}; }
  std::span<const double> weights_of(std::uint32_t v) const { return {weights.data() + offsets[v], degree(v)}; }
  std::uint64_t arc_count() const { return targets.size(); }
};

class Snapshot {
 public:
  /// Compiles `options.filter` over `graph` (kept by a cheap copy, so the snapshot may outlive the caller's graph).
  /// Throws std::out_of_range when the filter names a predicate or type the graph lacks.
  explicit Snapshot(const graph::Graph& graph, const SnapshotOptions& options = {});
  ~Snapshot();
  Snapshot(const Snapshot&) = delete;
  Snapshot& operator=(const Snapshot&) = delete;

  const graph::Graph& graph() const { return graph_; }
  const SnapshotOptions& options() const { return options_; }
  std::uint32_t node_count() const { return static_cast<std::uint32_t>(nodes_.size()); }
  /// The graph node of snapshot node `v`.
  graph::NodeId node(std::uint32_t v) const { return nodes_[v]; }
  /// The snapshot index of a graph node, or nullopt when the filter left it out.
  std::optional<std::uint32_t> index(graph::NodeId node) const {
    const std::uint32_t v = index_[node.value];
    return v == kAbsent ? std::nullopt : std::optional<std::uint32_t>(v);
  }
  /// The filter's direction: what forward() follows.
  query::Direction direction() const { return options_.filter.direction; }

  /// The arcs in one direction: `out` along the arrows, `in` against them, `both` undirected (each link listed at
  /// both ends). Built on first use, once, safely from several threads.
  const Adjacency& arcs(query::Direction direction) const;
  /// arcs(direction()): the links the algorithms walk.
  const Adjacency& forward() const { return arcs(direction()); }
  /// arcs(reversed(direction())): the same links walked backwards (what points into a node).
  const Adjacency& backward() const;
  /// True when the analysis ignores direction (direction() is `both`).
  bool undirected() const { return direction() == query::Direction::both; }

  /// True when the snapshot uses graph edge `edge`: both its ends are in it and the filter keeps the edge.
  bool uses(graph::EdgeId edge) const {
    return index(graph_.edge_source(edge)) && index(graph_.edge_target(edge)) && edge_value(edge) >= 0;
  }

  /// The number of graph edges (facts) the snapshot uses, self-loops left out. O(edges).
  std::uint64_t edge_count() const;

 private:
  static constexpr std::uint32_t kAbsent = ~0U;
  struct LazyAdjacency {
    std::once_flag built;
    Adjacency adjacency;
  };
  void build(query::Direction direction, Adjacency& adjacency) const;
  /// The edge's weight, or a negative number when the filter drops it.
  double edge_value(graph::EdgeId edge) const {
    if (!edge_value_.empty()) return edge_value_[edge.value];
    return filter_.edge_allowed(edge) ? 1.0 : -1.0;
  }

  graph::Graph graph_;
  SnapshotOptions options_;
  std::vector<graph::NodeId> nodes_;
  std::vector<std::uint32_t> index_;  // per graph node: snapshot index or kAbsent
  // Per graph edge when the filter has fact conditions or edges are weighted: its weight, negative when the filter
  // drops it. Empty otherwise (every edge allowed by its predicate weighs 1).
  std::vector<float> edge_value_;
  query::CompiledFilter filter_;
  mutable LazyAdjacency views_[3];  // out, in, both
};

}  // namespace kg::analytics
