// k-hop neighbourhoods: a multi-source BFS, level by level, then the edges among the nodes it reached.
#include "kg/query/neighbourhood.h"

#include <vector>

#include "compiled_filter.h"
#include "scratch.h"

namespace kg::query {

Neighbourhood neighbourhood(const graph::Graph& graph, std::span<const graph::NodeId> start,
                            const NeighbourhoodOptions& options, Workspace& workspace) {
  detail::Scratch& s = workspace.scratch();
  detail::CompiledFilter filter(graph, options.filter, std::vector<graph::NodeId>(start.begin(), start.end()));
  s.forward.clear(graph.node_count());
  Neighbourhood result;
  for (graph::NodeId node : start) {
    if (s.forward.has(node)) continue;
    s.forward.set(node);
    result.nodes.push_back({node, 0});
  }
  std::size_t level_begin = 0;
  for (std::uint32_t distance = 1; distance <= options.depth && !result.truncated; ++distance) {
    std::size_t level_end = result.nodes.size();
    for (std::size_t i = level_begin; i < level_end && !result.truncated; ++i) {
      detail::for_each_step(graph, filter, result.nodes[i].node, filter.direction(),
                            [&](graph::NodeId next, graph::EdgeId, HopDirection) {
                              if (result.truncated || s.forward.has(next)) return;
                              if (options.limit != 0 && result.nodes.size() >= options.limit) {
                                result.truncated = true;
                                return;
                              }
                              s.forward.set(next).distance = distance;
                              result.nodes.push_back({next, distance});
                            });
    }
    if (level_end == result.nodes.size()) break;
    level_begin = level_end;
  }
  for (const Reached& reached : result.nodes) {
    if (!options.edges) break;
    for (auto [next, edge] : graph.out(reached.node)) {
      if (s.forward.has(next) && filter.edge_allowed(edge)) result.edges.push_back(edge);
    }
  }
  return result;
}

}  // namespace kg::query
