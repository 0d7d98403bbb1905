#pragma once
// Selection: the nodes and edges one export writes, each node's position (its output id n<position>) and each
// edge's source, resolved once for every writer.
#include <cstdint>
#include <vector>

#include "kg/graph/graph.h"
#include "kg/graph/subgraph.h"

namespace kg::io::detail {

class Selection {
 public:
  /// The whole graph when `subgraph` is null. Throws std::invalid_argument for a subgraph that names an unknown
  /// or repeated node, an unknown edge, or an edge whose endpoints are not selected.
  Selection(const graph::Graph& graph, const graph::Subgraph* subgraph);

  const std::vector<graph::NodeId>& nodes() const { return nodes_; }
  const std::vector<graph::EdgeId>& edges() const { return edges_; }
  /// The source of edges()[i] (cached: Graph::edge_source is a search).
  graph::NodeId edge_source(std::size_t i) const { return sources_[i]; }
  /// The position of a selected node in nodes(); files name it `n<position>`.
  std::uint32_t position(graph::NodeId node) const { return positions_.empty() ? node.value : positions_[node.value]; }
  /// Number of selected edges touching each selected node, by position.
  std::vector<std::uint32_t> degrees() const;
  /// Number of ordered (source, target) pairs joined by two or more selected edges (different predicates).
  std::size_t parallel_pairs() const;

 private:
  const graph::Graph& graph_;
  std::vector<graph::NodeId> nodes_;
  std::vector<graph::EdgeId> edges_;
  std::vector<graph::NodeId> sources_;
  std::vector<std::uint32_t> positions_;  // by NodeId; empty for the whole graph (position == id)
};

}  // namespace kg::io::detail
