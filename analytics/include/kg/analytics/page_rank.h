#pragma once
/// PageRank: who is central because central entities point at them. A probability distribution over the
/// snapshot's nodes (the values sum to 1), as igraph's PRPACK and NetworkX compute it: with probability `damping`
/// a walker follows an arc (chosen in proportion to its weight), otherwise it jumps to a node chosen uniformly; a
/// node with no arc out (dangling) sends its whole rank to every node uniformly. Direction is the snapshot's: `out`
/// follows the arrows (classic PageRank), `in` walks them backwards, `both` treats each link as two arcs.
///
///   const kg::analytics::PageRankResult rank = kg::analytics::page_rank(snapshot, {.damping = 0.85});
///
/// Power iteration (Jacobi, pulling each node's rank from its in-arcs, split over threads), stopped when one
/// iteration changes the ranks by less than `tolerance` in L1 norm; the distance to the exact distribution is then
/// at most tolerance * damping / (1 - damping) (5.7 x tolerance at 0.85).
#include <cstdint>
#include <vector>

#include "kg/analytics/snapshot.h"

namespace kg::analytics {

struct PageRankOptions {
  double damping = 0.85;                ///< probability of following an arc rather than jumping; 0 <= damping < 1
  double tolerance = 1e-10;             ///< stop when an iteration changes the ranks by less than this (L1)
  std::uint32_t max_iterations = 1000;  ///< stop anyway after this many (converged is then false)
  unsigned threads = 0;                 ///< 0: every core (fewer on small graphs)
};

struct PageRankResult {
  std::vector<double> values;  ///< per snapshot node; sums to 1 (empty for an empty snapshot)
  std::uint32_t iterations = 0;
  bool converged = true;
};

/// PageRank over the snapshot. Throws std::invalid_argument when damping is outside [0, 1) or tolerance <= 0.
PageRankResult page_rank(const Snapshot& snapshot, const PageRankOptions& options = {});

}  // namespace kg::analytics
