// Coreness by Batagelj and Zaversnik's algorithm: peel nodes in order of current degree, kept in buckets, in
// O(links). Boost.Graph's core_numbers keeps them in a heap instead (O(links log nodes)).
#include "kg/analytics/coreness.h"

#include <algorithm>

namespace kg::analytics {

std::vector<std::uint32_t> coreness(const Snapshot& snapshot) {
  const Adjacency& links = snapshot.arcs(query::Direction::both);
  const std::uint32_t n = snapshot.node_count();
  std::vector<std::uint32_t> degree(n);
  std::uint32_t most = 0;
  for (std::uint32_t v = 0; v < n; ++v) most = std::max(most, degree[v] = links.degree(v));
  // order: nodes sorted by current degree; start[d]: where degree d begins in order; position[v]: v's place.
  std::vector<std::uint32_t> start(most + 2, 0), order(n), position(n);
  for (std::uint32_t v = 0; v < n; ++v) ++start[degree[v] + 1];
  for (std::uint32_t d = 1; d <= most + 1; ++d) start[d] += start[d - 1];
  {
    std::vector<std::uint32_t> next(start.begin(), start.end() - 1);
    for (std::uint32_t v = 0; v < n; ++v) {
      position[v] = next[degree[v]]++;
      order[position[v]] = v;
    }
  }
  for (std::uint32_t i = 0; i < n; ++i) {
    const std::uint32_t v = order[i];  // degree[v] is now final: its coreness
    for (std::uint32_t w : links.neighbours(v)) {
      if (degree[w] <= degree[v]) continue;
      // Move w to the front of its bucket, then shrink the bucket by one: w's degree drops by one.
      const std::uint32_t d = degree[w], front = start[d], u = order[front];
      if (u != w) {
        std::swap(order[position[w]], order[front]);
        position[u] = position[w];
        position[w] = front;
      }
      ++start[d];
      --degree[w];
    }
  }
  return degree;
}

}  // namespace kg::analytics
