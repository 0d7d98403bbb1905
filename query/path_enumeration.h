#pragma once
// Enumerating simple paths of a given length, pruned by each node's BFS distance to the target.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

#include "kg/graph/graph.h"
#include "kg/query/result.h"
#include "kg/query/traverse.h"
#include "scratch.h"
#include "work_meter.h"

namespace kg::query::detail {

/// Fills s.backward with the hop distance of each node to `to` (walking edges backwards), up to `bound` hops, or
/// only up to the distance of `from` when `stop_at_from`. Returns the distance of `from`, nullopt when it is
/// farther than the search went.
std::optional<std::uint32_t> distances_to(const graph::Graph& graph, const CompiledFilter& filter, graph::NodeId from,
                                          graph::NodeId to, std::uint32_t bound, bool stop_at_from, Scratch& s,
                                          WorkMeter& meter);

/// Appends to `paths` the simple paths from `from` to `to` of exactly `length` hops, in adjacency order, until
/// `paths` holds `limit` paths. Needs the distances of distances_to (with a bound of at least length - 1). The
/// depth-first search keeps its own stack, so a path of any length never reaches the call stack's limit.
void enumerate_paths(const graph::Graph& graph, const CompiledFilter& filter, graph::NodeId from, graph::NodeId to,
                     std::uint32_t length, std::size_t limit, Scratch& s, WorkMeter& meter, std::vector<Path>& paths);

}  // namespace kg::query::detail
