#pragma once
/// The answers of `kg rank`, `kg components`, `kg communities` and `kg brokers` as query::ResultTables, which
/// render/ prints as a table, JSON or CSV (docs/CLI.md documents their columns). Names borrow from the snapshot's
/// graph: keep it alive while the table is used.
///
///   const kg::analytics::RankResult top = kg::analytics::rank_table(snapshot, {.measure = Measure::pagerank});
#include <cstddef>
#include <vector>

#include "kg/analytics/measure.h"
#include "kg/analytics/partition.h"
#include "kg/analytics/snapshot.h"
#include "kg/graph/ids.h"
#include "kg/query/result_table.h"

namespace kg::analytics {

struct RankOptions {
  Measure measure = Measure::pagerank;
  MeasureOptions options{};
  std::vector<graph::TypeId> types{};  ///< rank only entities of these types (empty: all); computed over all
  std::size_t top = 20;                ///< at most this many rows; 0: all
};

struct RankResult {
  /// Columns rank, id, name, type and the measure's name, highest value first (ties in graph order).
  query::ResultTable table;
  MeasureValues values;        ///< for every snapshot node
  std::size_t candidates = 0;  ///< entities of the ranked types
};

RankResult rank_table(const Snapshot& snapshot, const RankOptions& options);

struct GroupsResult {
  /// Columns `component` (or `community`), size, id, name, type: one row per member of the `top` largest groups
  /// (0: all), largest group first, members in graph order.
  query::ResultTable table;
  Partition partition;
  double modularity = 0;  ///< communities only
};

/// Weak components, or strong ones along the arrows when `strong`.
GroupsResult component_table(const Snapshot& snapshot, bool strong, std::size_t top);
GroupsResult community_table(const Snapshot& snapshot, CommunityMethod method, const CommunityOptions& options,
                             std::size_t top);

/// Columns id, name, type, parts (the pieces its component falls into without it) and bridges (its links whose
/// removal disconnects): one row per articulation point, most parts first (ties in graph order), at most `top`
/// (0: all). Bridges between two entities neither of which is an articulation point (a component of two) are not
/// listed.
query::ResultTable broker_table(const Snapshot& snapshot, std::size_t top);

/// Columns from, from_name, to, to_name and predicates (those of the facts between the two, either way, sorted):
/// one row per bridge, in graph order of its ends, at most `top` (0: all).
query::ResultTable bridge_table(const Snapshot& snapshot, std::size_t top);

}  // namespace kg::analytics
