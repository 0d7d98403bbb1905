// All simple paths up to a hop bound: depth-first search by exact length, pruned by distance to the target.
#include <algorithm>
#include <stdexcept>

#include "kg/query/paths.h"
#include "path_enumeration.h"

namespace kg::query {
namespace detail {

std::optional<std::uint32_t> distances_to(const graph::Graph& graph, const CompiledFilter& filter, graph::NodeId from,
                                          graph::NodeId to, std::uint32_t bound, bool stop_at_from, Scratch& s,
                                          WorkMeter& meter) {
  s.backward.clear(graph.node_count());
  s.backward.set(to);
  s.frontier.assign(1, to);
  Direction direction = reversed(filter.direction());
  for (std::uint32_t distance = 1; distance <= bound && !s.frontier.empty(); ++distance) {
    if (stop_at_from && s.backward.has(from)) break;
    s.next_frontier.clear();
    for (graph::NodeId node : s.frontier) {
      meter.add(step_degree(graph, node, direction));
      for_each_step(graph, filter, node, direction, [&](graph::NodeId next, graph::EdgeId edge, HopDirection hop) {
        if (s.backward.has(next)) return;
        s.backward.set(next) = {distance, node, {edge, hop}};
        s.next_frontier.push_back(next);
      });
    }
    std::swap(s.frontier, s.next_frontier);
  }
  if (!s.backward.has(from)) return std::nullopt;
  return s.backward.get(from).distance;
}

namespace {

/// One level of the depth-first search: a node and the steps around it not tried yet, in for_each_step's order
/// (out-edges, then in-edges).
struct Frame {
  graph::NodeId node;
  graph::AdjacencyRange::iterator at, end;
  bool in_edges = false;  // walking the in-edges
};

Frame frame_at(const graph::Graph& graph, Direction direction, graph::NodeId node) {
  const graph::AdjacencyRange edges = direction == Direction::in ? graph.in(node) : graph.out(node);
  return {node, edges.begin(), edges.end(), direction == Direction::in};
}

/// The frame's next step that step_allowed accepts, if any; advances the frame past it.
std::optional<std::pair<graph::NodeId, Hop>> next_step(const graph::Graph& graph, const CompiledFilter& filter,
                                                       Frame& frame, WorkMeter& meter) {
  for (;;) {
    while (frame.at != frame.end) {
      const auto [next, edge] = *frame.at++;
      meter.add(1);
      if (step_allowed(filter, frame.node, next, edge)) {
        return std::pair{next, Hop{edge, frame.in_edges ? HopDirection::backward : HopDirection::forward}};
      }
    }
    if (frame.in_edges || filter.direction() != Direction::both) return std::nullopt;
    const graph::AdjacencyRange in = graph.in(frame.node);
    frame = {frame.node, in.begin(), in.end(), true};
  }
}

}  // namespace

void enumerate_paths(const graph::Graph& graph, const CompiledFilter& filter, graph::NodeId from, graph::NodeId to,
                     std::uint32_t length, std::size_t limit, Scratch& s, WorkMeter& meter, std::vector<Path>& paths) {
  s.blocked.clear(graph.node_count());
  s.blocked.insert(from);
  Path path{{from}, {}, 0};  // the walk so far; its nodes are marked in s.blocked
  std::vector<Frame> stack{frame_at(graph, filter.direction(), from)};
  while (!stack.empty() && paths.size() < limit) {
    const std::optional<std::pair<graph::NodeId, Hop>> step = next_step(graph, filter, stack.back(), meter);
    if (!step) {  // every step from here is tried: back up one node
      stack.pop_back();
      if (!stack.empty()) {
        s.blocked.erase(path.nodes.back());
        path.nodes.pop_back();
        path.hops.pop_back();
      }
      continue;
    }
    const auto [next, hop] = *step;
    const auto depth = static_cast<std::uint32_t>(path.length()) + 1;
    if (s.blocked.has(next) || !s.backward.has(next) || depth + s.backward.get(next).distance > length) continue;
    if (next == to) {
      if (depth == length) {
        meter.add(length);
        Path& found = paths.emplace_back(path);
        found.nodes.push_back(to);
        found.hops.push_back(hop);
        found.cost = length;
        meter.set_paths(paths.size());
      }
      continue;
    }
    s.blocked.insert(next);
    path.nodes.push_back(next);
    path.hops.push_back(hop);
    stack.push_back(frame_at(graph, filter.direction(), next));
  }
}

}  // namespace detail

std::vector<Path> simple_paths(const graph::Graph& graph, graph::NodeId from, graph::NodeId to,
                               const PathOptions& options, Workspace& workspace) {
  if (options.max_hops == kUnboundedHops) throw std::invalid_argument("simple_paths needs a bounded max_hops");
  if (from == to) return {Path{{from}, {}, 0}};
  detail::Scratch& s = workspace.scratch();
  detail::WorkMeter meter(options.work);
  CompiledFilter filter(graph, options.filter, {from, to});
  std::optional<std::uint32_t> shortest =
      detail::distances_to(graph, filter, from, to, options.max_hops, false, s, meter);
  std::vector<Path> paths;
  if (!shortest) return paths;
  // A simple path visits each node at most once, so none is longer than node_count - 1 hops.
  const std::uint32_t longest = std::min(options.max_hops, graph.node_count() - 1);
  for (std::uint32_t length = *shortest; length <= longest && paths.size() < options.limit; ++length) {
    detail::enumerate_paths(graph, filter, from, to, length, options.limit, s, meter, paths);
  }
  return paths;
}

}  // namespace kg::query
