#pragma once
/// Closeness and harmonic centrality: who can reach everyone else in few steps. Distances count hops from the node
/// in the snapshot's direction (`out`: along the arrows, as igraph's mode "out"; `both`: ignoring them), one link
/// per pair of entities. Both equal NetworkX's (which measures towards the node: NetworkX on the reversed graph).
///
///   const kg::analytics::CentralityResult close = kg::analytics::closeness(snapshot);
///
/// - Closeness (Wasserman and Faust's form for disconnected graphs, NetworkX's default): with r the number of
///   other nodes v reaches and D the sum of their distances, (r / (n - 1)) * (r / D); 0 when v reaches nobody.
/// - Harmonic: the sum over the other nodes of 1 / distance (unreachable nodes add 0), divided by n - 1 when
///   normalised, so it lies in [0, 1].
/// Exact up to Sampling::exact_limit steps; above it, searches start from sampled pivots and the values are
/// estimated from the distances to them (unbiased for harmonic, whose SamplingReport bound applies; closeness is a
/// ratio of two such estimates, consistent but without that bound).
#include "kg/analytics/betweenness.h"
#include "kg/analytics/snapshot.h"

namespace kg::analytics {

CentralityResult closeness(const Snapshot& snapshot, const CentralityOptions& options = {});
CentralityResult harmonic(const Snapshot& snapshot, const CentralityOptions& options = {});

}  // namespace kg::analytics
