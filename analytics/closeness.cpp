// Closeness and harmonic centrality from one sweep of breadth-first searches: each search starts at a pivot and
// walks the arcs backwards, so it finds every node's distance *to* the pivot, which each node adds to its sums.
// With every node a pivot this is exact; with a sample, the sums are scaled up to all nodes.
#include "kg/analytics/closeness.h"

#include "parallel.h"

namespace kg::analytics {
namespace {

/// Per node: over the pivots it reaches, how many, the sum of distances and the sum of their inverses.
struct DistanceSums {
  std::vector<double> reached, distance, inverse;
  explicit DistanceSums(std::uint32_t n) : reached(n, 0.0), distance(n, 0.0), inverse(n, 0.0) {}
};

DistanceSums sweep(const Snapshot& snapshot, const CentralityOptions& options, SamplingReport& report) {
  const std::uint32_t n = snapshot.node_count();
  const Adjacency& arcs = snapshot.backward();
  const std::vector<std::uint32_t> pivots = choose_pivots(n, arcs.arc_count(), options.sampling, report);
  const unsigned threads = detail::thread_count(options.threads, pivots.size() * (arcs.arc_count() + n) / 1000);
  std::vector<DistanceSums> sums(threads, DistanceSums(0));
  detail::DealtItems items(pivots.size(), threads, options.progress);
  detail::run_on_threads(threads, [&](unsigned t) {
    DistanceSums mine(n);
    std::vector<std::int32_t> distance(n, -1);
    std::vector<std::uint32_t> order(n);
    items.run(t, [&](std::size_t i) {
      std::uint32_t reached = 0;
      order[reached++] = pivots[i];
      distance[pivots[i]] = 0;
      for (std::uint32_t head = 0; head < reached; ++head) {
        const std::uint32_t v = order[head];
        const std::int32_t next = distance[v] + 1;
        for (std::uint32_t w : arcs.neighbours(v)) {
          if (distance[w] >= 0) continue;
          distance[w] = next;
          order[reached++] = w;
          mine.reached[w] += 1;
          mine.distance[w] += next;
          mine.inverse[w] += 1.0 / next;
        }
      }
      for (std::uint32_t k = 0; k < reached; ++k) distance[order[k]] = -1;
    });
    sums[t] = std::move(mine);
  });
  DistanceSums total(n);
  for (const DistanceSums& part : sums) {
    for (std::uint32_t v = 0; v < n; ++v) {
      total.reached[v] += part.reached[v];
      total.distance[v] += part.distance[v];
      total.inverse[v] += part.inverse[v];
    }
  }
  return total;
}

/// The pivots other than v: what v's sums are over.
double other_pivots(const SamplingReport& report, std::uint32_t n) {
  // Exact: the n - 1 others. Sampled: v is itself a pivot with probability pivots / n, so on average
  // pivots * (n - 1) / n of them are others.
  return report.sampled ? static_cast<double>(report.pivots) * (n - 1.0) / n : n - 1.0;
}

}  // namespace

CentralityResult closeness(const Snapshot& snapshot, const CentralityOptions& options) {
  CentralityResult result;
  const std::uint32_t n = snapshot.node_count();
  const DistanceSums sums = sweep(snapshot, options, result.sampling);
  const double others = other_pivots(result.sampling, n);
  result.values.assign(n, 0.0);
  for (std::uint32_t v = 0; v < n; ++v) {
    if (sums.distance[v] > 0) result.values[v] = (sums.reached[v] / others) * (sums.reached[v] / sums.distance[v]);
  }
  return result;
}

CentralityResult harmonic(const Snapshot& snapshot, const CentralityOptions& options) {
  CentralityResult result;
  const std::uint32_t n = snapshot.node_count();
  const DistanceSums sums = sweep(snapshot, options, result.sampling);
  const double others = other_pivots(result.sampling, n);
  const double scale = (options.normalised ? 1.0 : n - 1.0) / (others > 0 ? others : 1.0);
  result.values.assign(n, 0.0);
  for (std::uint32_t v = 0; v < n; ++v) result.values[v] = sums.inverse[v] * scale;
  return result;
}

}  // namespace kg::analytics
