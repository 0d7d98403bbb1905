#pragma once
// What the analysis commands (kg rank, components, communities, brokers) share: the graph and its filters, edge
// weights, --top, the output format, notices on stderr, and printing a ResultTable.
#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <cstdio>
#include <string>

#include "kg/analytics/measure.h"
#include "kg/analytics/snapshot.h"
#include "kg/graph/graph.h"
#include "kg/query/resolve.h"
#include "kg/query/result_table.h"
#include "kg/render/style.h"

namespace kg::cli {

struct AnalysisCommandOptions {
  std::string graph_path;
  query::FilterSpec filter;
  analytics::EdgeWeight weight = analytics::EdgeWeight::none;
  render::RenderOptions render;
  std::size_t top = 0;
  bool quiet = false;
};

struct AnalysisFlags {
  bool types = true;     ///< --type filters the graph (kg rank gives --type another meaning)
  bool weight = true;    ///< --weight none|sources|confidence
  std::size_t top = 20;  ///< --top's default
  std::string top_help;
};

/// Adds GRAPH (first), the filters with --avoid, --weight, --top, --format, --full and -q.
void add_analysis_options(CLI::App& command, AnalysisCommandOptions& options, const AnalysisFlags& flags);

/// The graph file named by the options, and the snapshot options its resolved filters and weight give.
struct AnalysisInput {
  graph::Graph graph;
  analytics::SnapshotOptions snapshot;
};
AnalysisInput load_analysis(const AnalysisCommandOptions& options);

/// Renders `table` on stdout in the chosen format.
void print_table(const graph::Graph& graph, const query::ResultTable& table, const AnalysisCommandOptions& options);

/// "kg: <message>" on stderr, unless --quiet.
template <class... Args>
void notice(const AnalysisCommandOptions& options, fmt::format_string<Args...> format, Args&&... args) {
  if (options.quiet) return;
  fmt::print(stderr, "kg: {}\n", fmt::format(format, std::forward<Args>(args)...));
}

/// "kg: betweenness estimated from searches at K of N entities ... within E of exact" on stderr when `values`
/// were sampled (kg rank, kg export --with), unless `quiet`.
void notice_sampling(const analytics::Snapshot& snapshot, const analytics::MeasureValues& values, bool quiet);

}  // namespace kg::cli
