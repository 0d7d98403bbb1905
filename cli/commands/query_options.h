#pragma once
// What `kg path` and `kg neighbours` share: the filter options, --format/--full/--export, and writing results.
#include <CLI/CLI.hpp>
#include <string>

#include "kg/graph/graph.h"
#include "kg/graph/subgraph.h"
#include "kg/query/resolve.h"
#include "kg/render/style.h"
#include "output.h"

namespace kg::cli {

struct QueryCommandOptions {
  std::string graph_path;
  query::FilterSpec filter;
  render::RenderOptions render;
  std::string export_path;
};

/// Adds the filters that make sense over a whole graph too (kg export): --type, --exclude-type, --predicate,
/// --exclude-predicate, --from, --to, --dated-only, --min-confidence.
void add_filter_options(CLI::App& command, query::FilterSpec& filter);

/// Adds the GRAPH positional argument (first), add_filter_options, --direction, --avoid, --format, --full and
/// --export.
void add_query_options(CLI::App& command, QueryCommandOptions& options);

/// Writes `selection` to options.export_path (format from its extension) when --export was given.
void export_result(const graph::Graph& graph, const graph::Subgraph& selection, const QueryCommandOptions& options);

}  // namespace kg::cli
