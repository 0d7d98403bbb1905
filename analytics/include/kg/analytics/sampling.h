#pragma once
/// Sampling: how the measures over shortest paths (betweenness, closeness, harmonic) choose the nodes their
/// searches start from. One search per node is exact but costs nodes x arcs steps; above `exact_limit` steps the
/// measure starts from `samples` pivots drawn uniformly without replacement instead, and scales what they see up
/// to the whole graph (Brandes and Pich 2007; Eppstein and Wang 2004).
///
///   const kg::analytics::Sampling sampling{.samples = 500, .seed = 7};  // always sample 500 pivots
#include <cstdint>
#include <vector>

namespace kg::analytics {

struct Sampling {
  /// Exact when node_count x arc_count is at most this (about 2 s of searching on two cores); sampled above it.
  std::uint64_t exact_limit = 2'000'000'000;
  /// Pivots when sampling; 0: as many as exact_limit allows (exact_limit / arcs), at least kMinimumSamples. A value
  /// >= node_count means exact; any other positive value samples even below exact_limit.
  std::uint32_t samples = 0;
  std::uint64_t seed = 1;  ///< the same seed draws the same pivots
  static constexpr std::uint32_t kMinimumSamples = 100;
};

/// Which nodes a measure started from.
struct SamplingReport {
  bool sampled = false;      ///< false: every node (exact)
  std::uint32_t pivots = 0;  ///< the number of searches
  /// When sampled: with probability 95 %, a normalised betweenness or harmonic value lies within this distance
  /// of the exact value (Hoeffding's bound, sqrt(ln(40) / (2 pivots)); 0.043 for 1000 pivots). 0 when exact.
  double error_bound = 0;
};

/// The sources for a graph of `nodes` nodes and `arcs` arcs under `sampling`: every node, or the sample (sorted).
std::vector<std::uint32_t> choose_pivots(std::uint32_t nodes, std::uint64_t arcs, const Sampling& sampling,
                                         SamplingReport& report);

}  // namespace kg::analytics
