#include "kg/query/to_subgraph.h"

#include <absl/container/flat_hash_set.h>

namespace kg::query {

graph::Subgraph to_subgraph(std::span<const Path> paths) {
  graph::Subgraph selection;
  absl::flat_hash_set<std::uint32_t> nodes, edges;
  for (const Path& path : paths) {
    for (graph::NodeId node : path.nodes) {
      if (nodes.insert(node.value).second) selection.nodes.push_back(node);
    }
    for (const Hop& hop : path.hops) {
      if (edges.insert(hop.edge.value).second) selection.edges.push_back(hop.edge);
    }
  }
  return selection;
}

graph::Subgraph to_subgraph(const Neighbourhood& neighbourhood) {
  graph::Subgraph selection;
  selection.nodes.reserve(neighbourhood.nodes.size());
  for (const Reached& reached : neighbourhood.nodes) selection.nodes.push_back(reached.node);
  selection.edges = neighbourhood.edges;
  return selection;
}

}  // namespace kg::query
