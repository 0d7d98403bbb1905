// The most credible path: Dijkstra over -log(confidence), shared with Yen's k shortest paths.
#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <tuple>

#include "cheapest_path.h"

namespace kg::query {
namespace detail {

double edge_cost(const CompiledFilter& filter, graph::EdgeId edge, Weight weight) {
  if (weight == Weight::hops) return 1;
  float confidence = std::min(filter.edge_confidence(edge), 1.0f);
  if (!(confidence > 0)) return std::numeric_limits<double>::infinity();
  return -std::log(static_cast<double>(confidence));
}

namespace {

/// Heap entries order by cost, then hops: on a plateau of equal costs (edges of confidence 1 cost nothing) the
/// search then grows breadth-first, so two sides meet after exploring two small balls.
using Entry = std::tuple<double, std::uint32_t, graph::NodeId>;

/// One side of a (possibly bidirectional) Dijkstra search.
struct Search {
  StampedArray<Label>& labels;
  std::vector<Entry>& heap;
  Direction direction;

  void start(std::uint32_t node_count, graph::NodeId root) {
    labels.clear(node_count);
    heap.clear();
    labels.set(root);
    heap.emplace_back(0.0, 0, root);
  }
  /// Drops settled entries from the top of the heap; the cost of the next node to settle, or infinity.
  double peek() {
    while (!heap.empty() && labels.get(std::get<2>(heap.front())).settled) {
      std::pop_heap(heap.begin(), heap.end(), std::greater<Entry>());
      heap.pop_back();
    }
    return heap.empty() ? std::numeric_limits<double>::infinity() : std::get<0>(heap.front());
  }
  graph::NodeId pop() {
    std::pop_heap(heap.begin(), heap.end(), std::greater<Entry>());
    graph::NodeId node = std::get<2>(heap.back());
    heap.pop_back();
    labels.get(node).settled = true;
    return node;
  }
  /// Relaxes the edges around `node`; calls reached(next) for every node whose label improved.
  template <class Reached>
  void relax(const graph::Graph& graph, const CompiledFilter& filter, graph::NodeId node, Weight weight,
             std::uint32_t max_hops, std::span<const graph::EdgeId> blocked_edges, const StampedSet& blocked,
             WorkMeter& meter, Reached&& reached) {
    const Label label = labels.get(node);
    if (label.hops >= max_hops) return;
    meter.add(step_degree(graph, node, direction));
    for_each_step(graph, filter, node, direction, [&](graph::NodeId next, graph::EdgeId edge, HopDirection hop) {
      if (blocked.has(next) || std::binary_search(blocked_edges.begin(), blocked_edges.end(), edge)) return;
      const bool seen = labels.has(next);
      if (seen && labels.get(next).settled) return;  // before the edge's cost: about half the steps end here
      const double cost = label.cost + edge_cost(filter, edge, weight);
      if (std::isinf(cost)) return;
      Label& next_label = labels.set(next);
      if (seen && next_label.cost <= cost) return;
      next_label = {cost, label.hops + 1, node, {edge, hop}, false};
      heap.emplace_back(cost, label.hops + 1, next);
      std::push_heap(heap.begin(), heap.end(), std::greater<Entry>());
      reached(next);
    });
  }
};

/// Dijkstra from `from` alone: exact under a hop bound for Weight::hops (where cost and hops agree).
std::optional<Path> one_sided(const graph::Graph& graph, const CompiledFilter& filter, graph::NodeId from,
                              graph::NodeId to, Weight weight, std::uint32_t max_hops,
                              std::span<const graph::EdgeId> blocked_edges, Scratch& s, WorkMeter& meter) {
  Search forward{s.labels, s.heap, filter.direction()};
  forward.start(graph.node_count(), from);
  while (!std::isinf(forward.peek())) {
    graph::NodeId node = forward.pop();
    if (node == to) {
      Path path;
      trace_from(s.labels, from, to, path);
      path.cost = s.labels.get(to).cost;
      return path;
    }
    forward.relax(graph, filter, node, weight, max_hops, blocked_edges, s.blocked, meter, [](graph::NodeId) {});
  }
  return std::nullopt;
}

/// Bidirectional Dijkstra: settles the cheaper side's next node and stops once the two frontiers' costs add up to
/// at least the best meeting found, so that a query explores two small balls instead of one large one.
std::optional<Path> two_sided(const graph::Graph& graph, const CompiledFilter& filter, graph::NodeId from,
                              graph::NodeId to, Weight weight, std::span<const graph::EdgeId> blocked_edges, Scratch& s,
                              WorkMeter& meter) {
  Search forward{s.labels, s.heap, filter.direction()};
  Search backward{s.back_labels, s.back_heap, reversed(filter.direction())};
  forward.start(graph.node_count(), from);
  backward.start(graph.node_count(), to);
  double best = from == to ? 0 : std::numeric_limits<double>::infinity();
  graph::NodeId middle = from;
  auto meet = [&](graph::NodeId node) {
    if (!s.labels.has(node) || !s.back_labels.has(node)) return;
    double cost = s.labels.get(node).cost + s.back_labels.get(node).cost;
    if (cost < best) best = cost, middle = node;
  };
  for (;;) {
    double forward_top = forward.peek(), backward_top = backward.peek();
    if (std::isinf(forward_top) || std::isinf(backward_top) || forward_top + backward_top >= best) break;
    // The cheaper side; on a tie (a plateau), the side with the smaller heap, as bidirectional BFS does.
    bool go_forward =
        forward_top != backward_top ? forward_top < backward_top : forward.heap.size() <= backward.heap.size();
    Search& side = go_forward ? forward : backward;
    graph::NodeId node = side.pop();
    side.relax(graph, filter, node, weight, kUnboundedHops, blocked_edges, s.blocked, meter, meet);
  }
  if (std::isinf(best)) return std::nullopt;
  Path path;
  trace_from(s.labels, from, middle, path);
  trace_to(s.back_labels, to, middle, path);
  path.cost = best;
  return path;
}

}  // namespace

std::optional<Path> cheapest_path(const graph::Graph& graph, const CompiledFilter& filter, graph::NodeId from,
                                  graph::NodeId to, Weight weight, std::uint32_t max_hops,
                                  std::span<const graph::EdgeId> blocked_edges, Scratch& s, WorkMeter& meter) {
  if (max_hops != kUnboundedHops) {
    return one_sided(graph, filter, from, to, weight, max_hops, blocked_edges, s, meter);
  }
  return two_sided(graph, filter, from, to, weight, blocked_edges, s, meter);
}

}  // namespace detail

std::optional<Path> most_credible_path(const graph::Graph& graph, graph::NodeId from, graph::NodeId to,
                                       const PathOptions& options, Workspace& workspace) {
  detail::Scratch& s = workspace.scratch();
  detail::WorkMeter meter(options.work);
  CompiledFilter filter(graph, options.filter, {from, to});
  s.blocked.clear(graph.node_count());
  return detail::cheapest_path(graph, filter, from, to, Weight::credibility, kUnboundedHops, {}, s, meter);
}

}  // namespace kg::query
