// k shortest loopless paths: Yen's algorithm over cheapest_path, for hop counts or credibility.
#include <algorithm>

#include "cheapest_path.h"

namespace kg::query {
namespace {

/// True when `path` starts with the first `hops` hops of `prefix`.
bool shares_root(const Path& path, const Path& prefix, std::size_t hops) {
  return path.length() > hops &&
         std::equal(prefix.hops.begin(), prefix.hops.begin() + static_cast<std::ptrdiff_t>(hops), path.hops.begin()) &&
         path.nodes.front() == prefix.nodes.front();
}

/// Appends to `candidates` every deviation of `previous` (the last path found) not already known.
void add_deviations(const graph::Graph& graph, const CompiledFilter& filter, const Path& previous,
                    const std::vector<Path>& found, Weight weight, std::uint32_t max_hops, detail::Scratch& s,
                    std::vector<Path>& candidates) {
  graph::NodeId to = previous.nodes.back();
  std::vector<graph::EdgeId> blocked_edges;
  double root_cost = 0;
  for (std::size_t i = 0; i < previous.length(); ++i) {
    blocked_edges.clear();
    for (const Path& path : found) {
      if (shares_root(path, previous, i)) blocked_edges.push_back(path.hops[i].edge);
    }
    s.blocked.clear(graph.node_count());
    for (std::size_t j = 0; j < i; ++j) s.blocked.insert(previous.nodes[j]);
    auto root_hops = static_cast<std::uint32_t>(i);
    std::uint32_t spur_bound = max_hops == kUnboundedHops ? kUnboundedHops : max_hops - root_hops;
    std::optional<Path> spur =
        detail::cheapest_path(graph, filter, previous.nodes[i], to, weight, spur_bound, blocked_edges, s);
    if (spur) {
      Path candidate;
      candidate.nodes.assign(previous.nodes.begin(), previous.nodes.begin() + static_cast<std::ptrdiff_t>(i));
      candidate.nodes.insert(candidate.nodes.end(), spur->nodes.begin(), spur->nodes.end());
      candidate.hops.assign(previous.hops.begin(), previous.hops.begin() + static_cast<std::ptrdiff_t>(i));
      candidate.hops.insert(candidate.hops.end(), spur->hops.begin(), spur->hops.end());
      candidate.cost = root_cost + spur->cost;
      if (std::find(candidates.begin(), candidates.end(), candidate) == candidates.end() &&
          std::find(found.begin(), found.end(), candidate) == found.end()) {
        candidates.push_back(std::move(candidate));
      }
    }
    root_cost += detail::edge_cost(filter, previous.hops[i].edge, weight);
  }
}

}  // namespace

std::vector<Path> k_shortest_paths(const graph::Graph& graph, graph::NodeId from, graph::NodeId to, std::size_t k,
                                   Weight weight, const PathOptions& options, Workspace& workspace) {
  std::vector<Path> found;
  if (k == 0) return found;
  if (from == to) return {Path{{from}, {}, 0}};
  detail::Scratch& s = workspace.scratch();
  CompiledFilter filter(graph, options.filter, {from, to});
  std::uint32_t max_hops = weight == Weight::hops ? options.max_hops : kUnboundedHops;
  s.blocked.clear(graph.node_count());
  std::optional<Path> first = detail::cheapest_path(graph, filter, from, to, weight, max_hops, {}, s);
  if (!first) return found;
  found.push_back(std::move(*first));
  std::vector<Path> candidates;
  while (found.size() < k) {
    add_deviations(graph, filter, found.back(), found, weight, max_hops, s, candidates);
    if (candidates.empty()) break;
    // The cheapest candidate; among equal costs the fewest hops, then the earliest found (stable, deterministic).
    auto best = std::min_element(candidates.begin(), candidates.end(), [](const Path& a, const Path& b) {
      return a.cost != b.cost ? a.cost < b.cost : a.length() < b.length();
    });
    found.push_back(std::move(*best));
    candidates.erase(best);
  }
  return found;
}

}  // namespace kg::query
