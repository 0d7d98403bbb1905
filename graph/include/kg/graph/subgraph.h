#pragma once
/// Subgraph: a selection of a graph's nodes and edges (a query result, or a filtered view), as exporters take it.
#include <vector>

#include "kg/graph/ids.h"

namespace kg::graph {

/// Nodes and edges of one graph. Every edge's endpoints must be among `nodes`; order is kept by exporters.
struct Subgraph {
  std::vector<NodeId> nodes;
  std::vector<EdgeId> edges;
};

}  // namespace kg::graph
