#pragma once
/// Betweenness: who sits on the shortest chains between others, so could broker or block what passes between
/// them. For each node v, the sum over pairs (s, t) of the share of shortest s-t paths through v (Brandes 2001).
/// Paths count hops in the snapshot's direction (`both`: undirected, each pair counted once), one link per pair of
/// entities whatever its weight or number of facts; the values equal NetworkX's betweenness_centrality.
///
///   const kg::analytics::CentralityResult between = kg::analytics::betweenness(snapshot);
///   if (between.sampling.sampled) warn(between.sampling.error_bound);
///
/// Exact on graphs up to Sampling::exact_limit steps, sampled above (see sampling.h); searches run on `threads`.
/// Normalised values divide by the number of pairs that could pass through v, (n-1)(n-2) directed, (n-1)(n-2)/2
/// undirected, so they lie in [0, 1].
#include <cstdint>
#include <functional>
#include <vector>

#include "kg/analytics/sampling.h"
#include "kg/analytics/snapshot.h"

namespace kg::analytics {

struct CentralityOptions {
  bool normalised = true;
  Sampling sampling{};
  unsigned threads = 0;  ///< 0: every core (fewer on small graphs); other counts differ only in rounding
  /// Called now and then, from one thread, with the searches done so far and their total; may be empty.
  std::function<void(std::uint64_t done, std::uint64_t total)> progress{};
};

struct CentralityResult {
  std::vector<double> values;  ///< per snapshot node
  SamplingReport sampling;
};

CentralityResult betweenness(const Snapshot& snapshot, const CentralityOptions& options = {});

}  // namespace kg::analytics
