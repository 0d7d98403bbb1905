// k-hop neighbourhoods: a multi-source BFS, level by level, then the edges among the nodes it reached.
#include "kg/query/neighbourhood.h"

#include <vector>

#include "kg/query/traverse.h"
#include "scratch.h"

namespace kg::query {
namespace {

/// Appends the edges among result.nodes that the filter allows, testing membership in a bitmap (set here, and
/// cleared again even if an allocation throws).
void collect_edges(const graph::Graph& graph, const CompiledFilter& filter, detail::NodeBits& bits,
                   Neighbourhood& result) {
  bits.prepare(graph.node_count());
  struct Clear {
    detail::NodeBits& bits;
    const std::vector<Reached>& nodes;
    ~Clear() {
      for (const Reached& reached : nodes) bits.reset(reached.node);
    }
  } clear{bits, result.nodes};
  for (const Reached& reached : result.nodes) bits.set(reached.node);
  for (const Reached& reached : result.nodes) {
    for (auto [next, edge] : graph.out(reached.node)) {
      if (bits.test(next) && filter.edge_allowed(edge)) result.edges.push_back(edge);
    }
  }
}

}  // namespace

Neighbourhood neighbourhood(const graph::Graph& graph, std::span<const graph::NodeId> start,
                            const NeighbourhoodOptions& options, Workspace& workspace) {
  detail::Scratch& s = workspace.scratch();
  const std::vector<graph::NodeId> endpoints(start.begin(), start.end());
  CompiledFilter filter(graph, options.filter, endpoints);
  // Which reached nodes are listed: the end types as a filter's node conditions (compiled into the same lookup
  // table the walk uses), the start nodes exempt.
  const bool list_all = options.end_types.empty() && options.excluded_end_types.empty();
  const CompiledFilter ends(
      graph, Filter{.node_types = options.end_types, .excluded_node_types = options.excluded_end_types}, endpoints);
  s.members.clear(graph.node_count());
  Neighbourhood result;
  // The walk's queue, level by level: the listed nodes themselves when every type is listed.
  std::vector<Reached> walked;
  std::vector<Reached>& queue = list_all ? result.nodes : walked;
  for (graph::NodeId node : start) {
    if (s.members.has(node)) continue;
    s.members.insert(node);
    result.nodes.push_back({node, 0});
    if (!list_all) walked.push_back({node, 0});
  }
  std::size_t level_begin = 0;
  for (std::uint32_t distance = 1; distance <= options.depth && !result.truncated; ++distance) {
    const std::size_t level_end = queue.size();
    for (std::size_t i = level_begin; i < level_end && !result.truncated; ++i) {
      for_each_step(graph, filter, queue[i].node, filter.direction(),
                    [&](graph::NodeId next, graph::EdgeId, HopDirection) {
                      if (result.truncated || s.members.has(next)) return;
                      const bool listed = ends.node_allowed(next);
                      if (listed && options.limit != 0 && result.nodes.size() >= options.limit) {
                        result.truncated = true;
                        return;
                      }
                      s.members.insert(next);
                      if (!list_all) walked.push_back({next, distance});
                      if (listed) result.nodes.push_back({next, distance});
                    });
    }
    if (level_end == queue.size()) break;
    level_begin = level_end;
  }
  if (options.edges) collect_edges(graph, filter, s.member_bits, result);
  return result;
}

}  // namespace kg::query
