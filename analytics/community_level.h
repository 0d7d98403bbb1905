#pragma once
// The pieces Louvain and Leiden share: the weighted graph of one aggregation level, moving nodes between
// communities, Leiden's refinement, aggregation and modularity. Private to analytics/*.cpp.
#include <cstdint>
#include <random>
#include <vector>

#include "kg/analytics/communities.h"
#include "kg/analytics/snapshot.h"

namespace kg::analytics::detail {

/// An undirected weighted graph whose nodes are groups of snapshot nodes (at level 0, the nodes themselves).
struct LevelGraph {
  std::vector<std::uint32_t> offsets, targets;  // links to other nodes, each listed at both ends
  std::vector<double> weights;
  std::vector<double> self;      // weight of the links inside the node, counted at both ends
  std::vector<double> strength;  // all weight at the node: its links plus self
  double total = 0;              // the sum of strength (2m)
  std::uint32_t node_count() const { return static_cast<std::uint32_t>(strength.size()); }
};

/// Level 0: the snapshot's undirected links with their weights.
LevelGraph level_graph(const Adjacency& links);

/// The graph whose node c merges the nodes of group c (groups are 0..groups-1).
LevelGraph aggregate(const LevelGraph& graph, const std::vector<std::uint32_t>& group, std::uint32_t groups);

/// Moves single nodes to the neighbouring (or an empty) community that raises modularity most, visiting nodes in
/// a shuffled order and revisiting the neighbours of every node that moved, until no move gains (Leiden's fast
/// local moving). `community` holds labels below node_count() and is updated. True when any node moved.
bool move_nodes(const LevelGraph& graph, std::vector<std::uint32_t>& community, double resolution,
                std::mt19937_64& random);

/// Leiden's refinement: within each community, starting from single nodes, merges each still-single node that is
/// well connected to its community into the linked, well-connected subcommunity that gains most. Returns the
/// subcommunity of every node (labels below node_count()); each subcommunity lies inside one community and is
/// connected.
std::vector<std::uint32_t> refine(const LevelGraph& graph, const std::vector<std::uint32_t>& community,
                                  double resolution, std::mt19937_64& random);

/// Renumbers labels 0..k-1 in order of first appearance and returns k.
std::uint32_t renumber(std::vector<std::uint32_t>& labels);

/// Modularity of `community` (labels below node_count()) on `graph`.
double level_modularity(const LevelGraph& graph, const std::vector<std::uint32_t>& community, double resolution);

/// Splits every group into its connected parts over `links`; returns the new labels.
std::vector<std::uint32_t> split_disconnected(const Adjacency& links, const std::vector<std::uint32_t>& group);

/// 0..n-1 in an order shuffled by `random` (the same on every platform: no std distribution is used).
std::vector<std::uint32_t> shuffled_nodes(std::uint32_t n, std::mt19937_64& random);

/// Runs the levels of Louvain (with_refinement false) or of one Leiden pass (true) on `base` from `start` (a label
/// per node, below node_count): move nodes, then merge communities (Leiden: refined subcommunities) into nodes,
/// until every community is one node. Returns the community of each node of `base`; `levels` gets the number of
/// aggregations.
std::vector<std::uint32_t> run_levels(const LevelGraph& base, std::vector<std::uint32_t> start, bool with_refinement,
                                      double resolution, std::mt19937_64& random, std::uint32_t& levels);

/// Louvain (with_refinement false) or Leiden (true) on the snapshot's links: passes of run_levels, each from the
/// previous pass's partition (the first from single nodes), until one raises modularity by less than
/// options.tolerance or options.passes passes ran (a pass that lowers it is dropped, so more passes never give
/// less modularity); then disconnected communities are split.
Communities find_communities(const Snapshot& snapshot, const CommunityOptions& options, bool with_refinement);

}  // namespace kg::analytics::detail
