#pragma once
/// The k-hop neighbourhood of one or several entities.
///
///   auto around = kg::query::neighbourhood(graph, {ziyoev}, {.depth = 2}, workspace);
#include <cstddef>
#include <cstdint>
#include <span>

#include "kg/graph/graph.h"
#include "kg/query/filter.h"
#include "kg/query/result.h"
#include "kg/query/workspace.h"

namespace kg::query {

struct NeighbourhoodOptions {
  Filter filter{};          ///< what the walk may use: its edges, and the nodes it may pass through and reach
  std::uint32_t depth = 1;  ///< hops from the nearest start node
  std::size_t limit = 0;    ///< at most this many listed nodes, nearest first; 0: no limit
  bool edges = true;        ///< also list the edges among the nodes (a scan of every reached node's out-edges)
  /// Which reached nodes are listed (the start nodes always are): of these types (empty: any) and not of the
  /// excluded ones. The walk still passes through the others: "the Persons within 2 hops", whatever lies between.
  std::vector<graph::TypeId> end_types{}, excluded_end_types{};
};

/// Nodes within `depth` hops of any start node (BFS over edges passing the filter) that options' end types list,
/// with their distance, and the edges among them that pass the filter (in either direction).
Neighbourhood neighbourhood(const graph::Graph& graph, std::span<const graph::NodeId> start,
                            const NeighbourhoodOptions& options, Workspace& workspace);

}  // namespace kg::query
