// All simple paths up to a hop bound: depth-first search by exact length, pruned by distance to the target.
#include <stdexcept>

#include "kg/query/paths.h"
#include "path_enumeration.h"

namespace kg::query {
namespace detail {

std::optional<std::uint32_t> distances_to(const graph::Graph& graph, const CompiledFilter& filter, graph::NodeId from,
                                          graph::NodeId to, std::uint32_t bound, bool stop_at_from, Scratch& s) {
  s.backward.clear(graph.node_count());
  s.backward.set(to);
  s.frontier.assign(1, to);
  Direction direction = reversed(filter.direction());
  for (std::uint32_t distance = 1; distance <= bound && !s.frontier.empty(); ++distance) {
    if (stop_at_from && s.backward.has(from)) break;
    s.next_frontier.clear();
    for (graph::NodeId node : s.frontier) {
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

/// The depth-first search of enumerate_paths; `path` holds the walk so far, its nodes marked in s.blocked.
class PathEnumerator {
 public:
  PathEnumerator(const graph::Graph& graph, const CompiledFilter& filter, graph::NodeId to, std::uint32_t length,
                 std::size_t limit, Scratch& s, std::vector<Path>& paths)
      : graph_(graph), filter_(filter), to_(to), length_(length), limit_(limit), s_(s), paths_(paths) {}

  void extend(Path& path) {
    graph::NodeId node = path.nodes.back();
    if (node == to_) {
      if (path.length() == length_) paths_.push_back(path);
      return;
    }
    auto depth = static_cast<std::uint32_t>(path.length()) + 1;
    for_each_step(graph_, filter_, node, filter_.direction(),
                  [&](graph::NodeId next, graph::EdgeId edge, HopDirection hop) {
                    if (paths_.size() >= limit_ || s_.blocked.has(next) || !s_.backward.has(next) ||
                        depth + s_.backward.get(next).distance > length_) {
                      return;
                    }
                    s_.blocked.insert(next);
                    path.nodes.push_back(next);
                    path.hops.push_back({edge, hop});
                    extend(path);
                    path.nodes.pop_back();
                    path.hops.pop_back();
                    s_.blocked.erase(next);
                  });
  }

 private:
  const graph::Graph& graph_;
  const CompiledFilter& filter_;
  graph::NodeId to_;
  std::uint32_t length_;
  std::size_t limit_;
  Scratch& s_;
  std::vector<Path>& paths_;
};

}  // namespace

void enumerate_paths(const graph::Graph& graph, const CompiledFilter& filter, graph::NodeId from, graph::NodeId to,
                     std::uint32_t length, std::size_t limit, Scratch& s, std::vector<Path>& paths) {
  s.blocked.clear(graph.node_count());
  s.blocked.insert(from);
  Path path{{from}, {}, 0};
  std::size_t first = paths.size();
  PathEnumerator(graph, filter, to, length, limit, s, paths).extend(path);
  for (std::size_t i = first; i < paths.size(); ++i) paths[i].cost = length;
}

}  // namespace detail

std::vector<Path> simple_paths(const graph::Graph& graph, graph::NodeId from, graph::NodeId to,
                               const PathOptions& options, Workspace& workspace) {
  if (options.max_hops == kUnboundedHops) throw std::invalid_argument("simple_paths needs a bounded max_hops");
  if (from == to) return {Path{{from}, {}, 0}};
  detail::Scratch& s = workspace.scratch();
  CompiledFilter filter(graph, options.filter, {from, to});
  std::optional<std::uint32_t> shortest = detail::distances_to(graph, filter, from, to, options.max_hops, false, s);
  std::vector<Path> paths;
  if (!shortest) return paths;
  for (std::uint32_t length = *shortest; length <= options.max_hops && paths.size() < options.limit; ++length) {
    detail::enumerate_paths(graph, filter, from, to, length, options.limit, s, paths);
  }
  return paths;
}

}  // namespace kg::query
