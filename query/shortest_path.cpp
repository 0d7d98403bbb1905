// Shortest paths by hop count: bidirectional BFS for one path, and every shortest path by enumeration.
#include <utility>

#include "kg/query/paths.h"
#include "kg/query/traverse.h"
#include "path_enumeration.h"
#include "scratch.h"

namespace kg::query {
namespace {

/// One side of the bidirectional search.
struct Side {
  detail::StampedArray<detail::Visit>& visits;
  std::vector<graph::NodeId>& frontier;
  Direction direction;
  std::uint64_t cost;  // edges the next expansion will look at
};

/// Expands the cheaper side one full level at a time; returns the first node both sides reach. By then no
/// shorter meeting can exist (any shorter path would have met in an earlier level), so it lies on a shortest path.
std::optional<graph::NodeId> meet(const graph::Graph& graph, const CompiledFilter& filter, graph::NodeId from,
                                  graph::NodeId to, std::uint32_t max_hops, detail::Scratch& s,
                                  detail::WorkMeter& meter) {
  s.forward.clear(graph.node_count());
  s.backward.clear(graph.node_count());
  s.forward.set(from);
  s.backward.set(to);
  s.frontier.assign(1, from);
  s.other_frontier.assign(1, to);
  Direction direction = filter.direction();
  Side forward{s.forward, s.frontier, direction, step_degree(graph, from, direction)};
  Side backward{s.backward, s.other_frontier, reversed(direction), step_degree(graph, to, reversed(direction))};
  for (std::uint32_t hops = 0; hops < max_hops && !forward.frontier.empty() && !backward.frontier.empty(); ++hops) {
    Side& side = forward.cost <= backward.cost ? forward : backward;
    Side& other = &side == &forward ? backward : forward;
    s.next_frontier.clear();
    std::uint64_t next_cost = 0;
    std::optional<graph::NodeId> met;
    for (graph::NodeId node : side.frontier) {
      meter.add(step_degree(graph, node, side.direction));
      std::uint32_t distance = side.visits.get(node).distance + 1;
      for_each_step(graph, filter, node, side.direction, [&](graph::NodeId next, graph::EdgeId edge, HopDirection hop) {
        if (met || side.visits.has(next)) return;
        side.visits.set(next) = {distance, node, {edge, hop}};
        if (other.visits.has(next)) met = next;
        s.next_frontier.push_back(next);
        next_cost += step_degree(graph, next, side.direction);
      });
      if (met) return met;
    }
    std::swap(side.frontier, s.next_frontier);
    side.cost = next_cost;
  }
  return std::nullopt;
}

}  // namespace

std::optional<Path> shortest_path(const graph::Graph& graph, graph::NodeId from, graph::NodeId to,
                                  const PathOptions& options, Workspace& workspace) {
  if (from == to) return Path{{from}, {}, 0};
  detail::Scratch& s = workspace.scratch();
  detail::WorkMeter meter(options.work);
  CompiledFilter filter(graph, options.filter, {from, to});
  std::optional<graph::NodeId> middle = meet(graph, filter, from, to, options.max_hops, s, meter);
  if (!middle) return std::nullopt;
  Path path;
  detail::trace_from(s.forward, from, *middle, path);
  detail::trace_to(s.backward, to, *middle, path);
  path.cost = static_cast<double>(path.length());
  return path;
}

std::vector<Path> all_shortest_paths(const graph::Graph& graph, graph::NodeId from, graph::NodeId to,
                                     const PathOptions& options, Workspace& workspace) {
  if (from == to) return {Path{{from}, {}, 0}};
  detail::Scratch& s = workspace.scratch();
  detail::WorkMeter meter(options.work);
  CompiledFilter filter(graph, options.filter, {from, to});
  std::optional<std::uint32_t> distance =
      detail::distances_to(graph, filter, from, to, options.max_hops, true, s, meter);
  std::vector<Path> paths;
  if (distance) detail::enumerate_paths(graph, filter, from, to, *distance, options.limit, s, meter, paths);
  return paths;
}

}  // namespace kg::query
