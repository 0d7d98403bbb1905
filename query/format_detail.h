#pragma once
// What the table, JSON and CSV renderers share: the records shown for an edge and a path's credibility.
#include <string>
#include <vector>

#include "kg/graph/graph.h"
#include "kg/query/result.h"
#include "kg/query/traverse.h"

namespace kg::query::detail {

/// The edge's provenance records that pass the filter, in input order.
std::vector<graph::ProvenanceId> shown_records(const graph::Graph& graph, const CompiledFilter& filter,
                                               graph::EdgeId edge);

/// The product of the path's edge confidences, rounded to 4 decimals.
double path_confidence(const CompiledFilter& filter, const Path& path);

}  // namespace kg::query::detail
