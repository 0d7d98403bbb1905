#pragma once
/// Brokers: the entities and links whose removal would split a part of the case in two or more, so everything
/// between those parts passes through them. An articulation point is an entity whose removal disconnects its
/// component; a bridge is a link (all the facts between two entities, whatever their predicates) whose removal
/// does. Direction and weights are ignored; values equal NetworkX's articulation_points and bridges.
///
///   const kg::analytics::Brokers found = kg::analytics::brokers(snapshot);
///   for (const kg::analytics::Broker& b : found.entities) fmt::print("{} splits {} parts\n", b.node, b.parts);
#include <cstdint>
#include <vector>

#include "kg/analytics/snapshot.h"

namespace kg::analytics {

/// An articulation point and the number of parts its component falls into without it (at least 2).
struct Broker {
  std::uint32_t node;
  std::uint32_t parts;
};

/// A bridge between two snapshot nodes, from < to.
struct Bridge {
  std::uint32_t from;
  std::uint32_t to;
  friend bool operator==(const Bridge&, const Bridge&) = default;
};

struct Brokers {
  std::vector<Broker> entities;  ///< by snapshot node
  std::vector<Bridge> bridges;   ///< by (from, to)
};

/// Articulation points and bridges (Boost.Graph's biconnected_components over the undirected arcs: a bridge is a
/// biconnected component of one link, and an articulation point lies in as many components as it leaves parts).
Brokers brokers(const Snapshot& snapshot);

}  // namespace kg::analytics
