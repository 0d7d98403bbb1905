#pragma once
/// Degree: how many facts touch each entity, in the snapshot's direction: `out` counts the facts it is the
/// subject of, `in` those it is the object of, `both` all of them. Each fact counts its weight (1, its number of
/// sources or its confidence: SnapshotOptions::weight), so parallel facts of different predicates all count.
///
///   const std::vector<double> facts = kg::analytics::degree(snapshot);  // per snapshot node
#include <vector>

#include "kg/analytics/snapshot.h"

namespace kg::analytics {

/// Per snapshot node, the total weight of its arcs in snapshot.direction().
std::vector<double> degree(const Snapshot& snapshot);

}  // namespace kg::analytics
