#pragma once
/// Rendering paths: a table that reads like an analyst's note (the chain, then each hop with its sources, dates,
/// confidences and quotes), JSON `{"paths": [{"length", "confidence", "nodes", "edges"}]}`, or CSV with one row
/// per hop. Each hop shows the provenance records that pass `evidence` (the query's filter).
#include <span>

#include "kg/graph/graph.h"
#include "kg/query/filter.h"
#include "kg/query/result.h"
#include "kg/render/output.h"
#include "kg/render/style.h"

namespace kg::render {

void render_paths(const graph::Graph& graph, std::span<const query::Path> paths, const query::Filter& evidence,
                  const RenderOptions& options, Output& out);

}  // namespace kg::render
