#pragma once
// Dijkstra's search for the cheapest path by hops or by credibility, with nodes and edges blocked (for Yen).
#include <cstdint>
#include <optional>
#include <span>

#include "kg/graph/graph.h"
#include "kg/query/paths.h"
#include "kg/query/traverse.h"
#include "scratch.h"
#include "work_meter.h"

namespace kg::query::detail {

/// An edge's cost under `weight`: 1, or -log(confidence); infinite (unusable) for confidence 0.
double edge_cost(const CompiledFilter& filter, graph::EdgeId edge, Weight weight);

/// The cheapest path from `from` to `to` of at most `max_hops` hops that enters no node marked in s.blocked and
/// uses none of `blocked_edges` (sorted). The hop bound is exact for Weight::hops only. Ties go to the lower node
/// id. Counts its work on `meter`.
std::optional<Path> cheapest_path(const graph::Graph& graph, const CompiledFilter& filter, graph::NodeId from,
                                  graph::NodeId to, Weight weight, std::uint32_t max_hops,
                                  std::span<const graph::EdgeId> blocked_edges, Scratch& s, WorkMeter& meter);

}  // namespace kg::query::detail
