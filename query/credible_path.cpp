// The most credible path: Dijkstra over -log(confidence), shared with Yen's k shortest paths.
#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>

#include "cheapest_path.h"

namespace kg::query {
namespace detail {

double edge_cost(const CompiledFilter& filter, graph::EdgeId edge, Weight weight) {
  if (weight == Weight::hops) return 1;
  float confidence = std::min(filter.edge_confidence(edge), 1.0f);
  if (!(confidence > 0)) return std::numeric_limits<double>::infinity();
  return -std::log(static_cast<double>(confidence));
}

std::optional<Path> cheapest_path(const graph::Graph& graph, const CompiledFilter& filter, graph::NodeId from,
                                  graph::NodeId to, Weight weight, std::uint32_t max_hops,
                                  std::span<const graph::EdgeId> blocked_edges, Scratch& s) {
  using Entry = std::pair<double, graph::NodeId>;
  s.labels.clear(graph.node_count());
  s.heap.clear();
  s.labels.set(from);
  s.heap.emplace_back(0.0, from);
  while (!s.heap.empty()) {
    std::pop_heap(s.heap.begin(), s.heap.end(), std::greater<Entry>());
    auto [cost, node] = s.heap.back();
    s.heap.pop_back();
    Label& label = s.labels.get(node);
    if (label.settled) continue;
    label.settled = true;
    if (node == to) {
      Path path;
      trace_from(s.labels, from, to, path);
      path.cost = cost;
      return path;
    }
    if (label.hops >= max_hops) continue;
    std::uint32_t hops = label.hops + 1;
    for_each_step(graph, filter, node, filter.direction(), [&](graph::NodeId next, graph::EdgeId edge, HopDirection hop) {
      if (s.blocked.has(next) ||
          std::find(blocked_edges.begin(), blocked_edges.end(), edge) != blocked_edges.end()) {
        return;
      }
      double next_cost = cost + edge_cost(filter, edge, weight);
      if (std::isinf(next_cost)) return;
      bool seen = s.labels.has(next);
      Label& next_label = s.labels.set(next);
      if (seen && (next_label.settled || next_label.cost <= next_cost)) return;
      next_label = {next_cost, hops, node, {edge, hop}, false};
      s.heap.emplace_back(next_cost, next);
      std::push_heap(s.heap.begin(), s.heap.end(), std::greater<Entry>());
    });
  }
  return std::nullopt;
}

}  // namespace detail

std::optional<Path> most_credible_path(const graph::Graph& graph, graph::NodeId from, graph::NodeId to,
                                       const PathOptions& options, Workspace& workspace) {
  detail::Scratch& s = workspace.scratch();
  detail::CompiledFilter filter(graph, options.filter, {from, to});
  s.blocked.clear(graph.node_count());
  return detail::cheapest_path(graph, filter, from, to, Weight::credibility, kUnboundedHops, {}, s);
}

}  // namespace kg::query
