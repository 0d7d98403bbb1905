#pragma once
/// k-core decomposition: an entity's coreness is the largest k such that it belongs to a group in which everyone
/// has at least k distinct neighbours inside the group: the densely tied heart of a case has the highest. Links are
/// counted once per pair of entities, whatever their number, predicates, weights or direction.
///
///   const std::vector<std::uint32_t> core = kg::analytics::coreness(snapshot);  // per snapshot node
#include <cstdint>
#include <vector>

#include "kg/analytics/snapshot.h"

namespace kg::analytics {

/// Per snapshot node, its coreness (Batagelj and Zaversnik's bucket algorithm, O(links)).
std::vector<std::uint32_t> coreness(const Snapshot& snapshot);

}  // namespace kg::analytics
