#pragma once
/// Query results: paths made of hops (each with the direction it walks its edge) and neighbourhoods.
#include <cstdint>
#include <vector>

#include "kg/graph/ids.h"

namespace kg::query {

/// Whether a hop walks its edge along the arrow (subject to object) or against it.
enum class HopDirection : std::uint8_t { forward, backward };

/// One step of a path: the edge used and the way it is walked.
struct Hop {
  graph::EdgeId edge{};
  HopDirection direction = HopDirection::forward;
  friend bool operator==(const Hop&, const Hop&) = default;
};

/// A walk from nodes.front() to nodes.back(): hops[i] joins nodes[i] and nodes[i + 1]. A path between one node
/// and itself has one node and no hops. Paths are edge sequences: two parallel edges give two paths.
struct Path {
  std::vector<graph::NodeId> nodes{};
  std::vector<Hop> hops{};
  double cost = 0;  ///< hop count, or -log(credibility) for credibility-weighted queries

  std::size_t length() const { return hops.size(); }
  friend bool operator==(const Path& a, const Path& b) { return a.nodes == b.nodes && a.hops == b.hops; }
};

/// A node reached by a neighbourhood query and its distance (hops) from the nearest start node.
struct Reached {
  graph::NodeId node{};
  std::uint32_t distance = 0;
  friend bool operator==(const Reached&, const Reached&) = default;
};

/// Nodes within some hops of the start nodes (start nodes first, at distance 0, then by distance), and every
/// edge between two of them that passes the filter.
struct Neighbourhood {
  std::vector<Reached> nodes{};
  std::vector<graph::EdgeId> edges{};
  bool truncated = false;  ///< the node limit cut the neighbourhood short
};

}  // namespace kg::query
