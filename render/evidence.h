#pragma once
// The evidence a rendering shows for an edge (the records that pass the query's filter) and a path's credibility.
#include <vector>

#include "kg/graph/graph.h"
#include "kg/query/result.h"
#include "kg/query/traverse.h"

namespace kg::render::detail {

/// The edge's provenance records that pass the filter, in input order.
std::vector<graph::ProvenanceId> shown_records(const graph::Graph& graph, const query::CompiledFilter& filter,
                                               graph::EdgeId edge);

/// The product of the path's edge confidences, rounded to 4 decimals.
double path_confidence(const query::CompiledFilter& filter, const query::Path& path);

}  // namespace kg::render::detail
