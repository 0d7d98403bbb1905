#pragma once
// What `kg path`, `kg neighbours` (and, in part, `kg export`, `kg query`, `kg shell`) share: the filter options,
// --format/--full/--export, and writing results.
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

/// Adds the filters that make sense over a whole graph too (kg export): --type (unless not `with_types`: kg rank
/// gives --type another meaning), --exclude-type, --predicate, --exclude-predicate, --from, --to, --dated-only,
/// --min-confidence, --source, --exclude-source, --min-sources.
void add_filter_options(CLI::App& command, query::FilterSpec& filter, bool with_types = true);

/// Adds --direction out|in|both (default both).
void add_direction_option(CLI::App& command, query::FilterSpec& filter, const std::string& help);

/// Adds the conditions on a fact's statements: --from, --to, --dated-only, --min-confidence (part of
/// add_filter_options; kg query and kg shell take only these).
void add_evidence_options(CLI::App& command, query::FilterSpec& filter);

/// Adds the GRAPH positional argument (first), add_filter_options, --direction, --avoid, --format, --full and
/// --export.
void add_query_options(CLI::App& command, QueryCommandOptions& options);

/// Adds --export FILE, checking that the file name implies an export format.
void add_export_option(CLI::App& command, std::string& path);

/// Writes `selection` to `path` (format from its extension); nothing when `path` is empty (no --export). Refuses a
/// `path` that is the graph file `graph_path` (by device and inode).
void export_result(const graph::Graph& graph, const graph::Subgraph& selection, const std::string& path,
                   const std::string& graph_path);

}  // namespace kg::cli
