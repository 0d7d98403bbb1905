#pragma once
// The style-specific renderers behind render_paths and render_neighbourhood (paths.cpp, neighbourhood.cpp).
#include <span>

#include "kg/graph/graph.h"
#include "kg/query/result.h"
#include "kg/query/traverse.h"
#include "kg/render/output.h"
#include "kg/render/style.h"

namespace kg::render::detail {

void paths_table(const graph::Graph& graph, std::span<const query::Path> paths, const query::CompiledFilter& filter,
                 const RenderOptions& options, Output& out);
void paths_json(const graph::Graph& graph, std::span<const query::Path> paths, const query::CompiledFilter& filter,
                Output& out);
void paths_csv(const graph::Graph& graph, std::span<const query::Path> paths, const query::CompiledFilter& filter,
               Output& out);

void neighbourhood_table(const graph::Graph& graph, const query::Neighbourhood& neighbourhood,
                         const query::CompiledFilter& filter, const RenderOptions& options, Output& out);
void neighbourhood_json(const graph::Graph& graph, const query::Neighbourhood& neighbourhood,
                        const query::CompiledFilter& filter, Output& out);
/// The records of one edge that pass the filter, one per line after `indent`, with aligned source, grade (when any
/// record is graded) and date columns; the first few only unless options.full.
void write_records(Output& out, const graph::Graph& graph, const query::CompiledFilter& filter, graph::EdgeId edge,
                   const RenderOptions& options, std::string_view indent);

void neighbourhood_csv(const graph::Graph& graph, const query::Neighbourhood& neighbourhood, Output& out);

}  // namespace kg::render::detail
