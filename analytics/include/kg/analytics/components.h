#pragma once
/// Connected components: which parts of a case are linked at all. Weak components ignore direction (two entities
/// are together when some chain of facts joins them); strong components follow the arrows (each member reaches
/// every other along them). Both ignore the snapshot's direction and weights.
///
///   const kg::analytics::Partition parts = kg::analytics::weak_components(snapshot);
#include "kg/analytics/partition.h"
#include "kg/analytics/snapshot.h"

namespace kg::analytics {

/// Weakly connected components (union-find over the arcs along the arrows).
Partition weak_components(const Snapshot& snapshot);

/// Strongly connected components along the arrows (Boost.Graph's strong_components, Tarjan's algorithm).
Partition strong_components(const Snapshot& snapshot);

}  // namespace kg::analytics
