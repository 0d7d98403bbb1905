#pragma once
/// Communities: which groups of entities are more tied among themselves than to the rest of the case. Both methods
/// look for the partition of highest modularity over the undirected, weighted links (a link weighs the sum of the
/// facts between its two entities in either direction: SnapshotOptions::weight), at a resolution: above 1 favours
/// more, smaller groups, below 1 fewer, larger ones.
///
///   const kg::analytics::Communities groups = kg::analytics::leiden(snapshot, {.resolution = 1.0, .seed = 7});
///   fmt::print("{} communities, modularity {:.3f}\n", groups.partition.count(), groups.modularity);
///
/// - Louvain (Blondel et al. 2008): move single nodes to the neighbouring community that gains most, then merge
///   each community into one node and repeat on the smaller graph until nothing moves.
/// - Leiden (Traag, Waltman and van Eck 2019): the same, but each community is first refined into well-connected
///   subcommunities, and only those are merged, so a community never holds parts that do not touch.
/// Both repeat the whole from the last partition, `passes` times at most (2 by default, as igraph's Leiden with
/// its default n_iterations = 2) and until a pass raises modularity by less than `tolerance` (one that lowers it is
/// dropped: more passes never give less modularity, for the same seed); each further pass
/// costs about half the first and gains less (on the medium generated graph 2.5 % from the first to the second,
/// 0.06 % at the tenth).
/// Both visit nodes in an order shuffled by `seed`, so the same seed gives the same partition. Finally, a community
/// whose members are not all linked within it is split into its connected parts (which can only raise modularity):
/// every community returned is connected.
#include <cstdint>
#include <vector>

#include "kg/analytics/partition.h"
#include "kg/analytics/snapshot.h"

namespace kg::analytics {

struct CommunityOptions {
  double resolution = 1.0;   ///< gamma in modularity's null-model term; > 0
  std::uint64_t seed = 1;    ///< shuffles the order nodes are visited in
  std::uint32_t passes = 2;  ///< at most; each from the previous partition (0 counts as 1)
  double tolerance = 1e-4;   ///< a pass must raise modularity by this much for another to run
};

struct Communities {
  Partition partition;       ///< groups numbered by decreasing size
  double modularity = 0;     ///< of the partition, at options.resolution
  std::uint32_t levels = 0;  ///< aggregation levels of the last pass
};

/// Louvain's communities. Throws std::invalid_argument when the resolution is not positive.
Communities louvain(const Snapshot& snapshot, const CommunityOptions& options = {});
/// Leiden's communities. Throws std::invalid_argument when the resolution is not positive.
Communities leiden(const Snapshot& snapshot, const CommunityOptions& options = {});

/// Newman's modularity of `groups` (a group label per snapshot node) over the undirected, weighted links:
/// Q = sum over groups of in/2m - resolution * (total/2m)^2, with 2m the sum of all link weights counted at both
/// ends, `in` the weight inside the group counted at both ends, `total` the weight at its members. 0 for a graph
/// without links.
double modularity(const Snapshot& snapshot, const std::vector<std::uint32_t>& groups, double resolution = 1.0);

}  // namespace kg::analytics
