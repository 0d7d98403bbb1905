#pragma once
/// Rendering a neighbourhood: the nodes with their distance, aligned, then each edge with its sources (table);
/// `{"nodes": [...], "edges": [...], "truncated": false}` (JSON); one row per node (CSV). Edges show the provenance
/// records that pass `evidence` (the query's filter).
#include "kg/graph/graph.h"
#include "kg/query/filter.h"
#include "kg/query/result.h"
#include "kg/render/output.h"
#include "kg/render/style.h"

namespace kg::render {

void render_neighbourhood(const graph::Graph& graph, const query::Neighbourhood& neighbourhood,
                          const query::Filter& evidence, const RenderOptions& options, Output& out);

}  // namespace kg::render
