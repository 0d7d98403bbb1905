// kg export GRAPH -o FILE [--format graphml|gexf|dot|cytoscape|neo4j-csv] [--flavour gephi] [filters]: writes the
// whole graph, or the part that passes the filters, for Gephi, Graphviz, Cytoscape, NetworkX/igraph or Neo4j.
#include <fmt/format.h>

#include <memory>
#include <optional>

#include "commands/command.h"
#include "commands/query_options.h"
#include "diagnostics.h"
#include "kg/export/export.h"
#include "kg/graph/graph_file.h"
#include "kg/query/filter.h"
#include "kg/query/resolve.h"
#include "output.h"

namespace kg::cli {
namespace {

struct ExportCommandOptions {
  std::string graph_path;
  std::string output;
  std::string format;
  std::string flavour = "standard";
  query::FilterSpec filter;
  bool quiet = false;
};

io::ExportFormat choose_format(const ExportCommandOptions& options) {
  if (!options.format.empty()) return io::parse_export_format(options.format).value();  // checked by --format
  if (auto format = io::format_from_path(options.output)) return *format;
  throw graph::InputError({options.output, 0, 0},
                          fmt::format("cannot tell the export format from the file name: give --format, or use {}, "
                                      "or a folder for neo4j-csv",
                                      io::export_extensions()));
}

void run_export(const ExportCommandOptions& options) {
  const io::ExportFormat format = choose_format(options);
  if (options.flavour == "gephi" && format != io::ExportFormat::graphml) {
    throw graph::InputError({options.output, 0, 0}, "--flavour gephi applies to GraphML only");
  }
  const graph::Graph graph = graph::load_graph_file(options.graph_path);
  const query::Filter filter = query::resolve_filter(graph, options.filter, options.graph_path);
  std::optional<graph::Subgraph> selection;
  if (!query::keeps_everything(filter)) selection = query::filter_graph(graph, filter);
  io::ExportOptions export_options{
      .format = format,
      .flavour = options.flavour == "gephi" ? io::GraphmlFlavour::gephi : io::GraphmlFlavour::standard,
      .warn = warning_printer(options.quiet)};
  ProgressBar progress("kg export", "elements", options.quiet);
  export_options.progress = [&](std::uint64_t written, std::uint64_t total) {
    progress.update(written, total, written);
  };
  io::export_graph(graph, selection ? &*selection : nullptr, options.output, export_options);
  progress.finish();
  if (!options.quiet) {
    fmt::print(stderr, "kg: wrote {}: {} nodes, {} edges\n", options.output,
               selection ? selection->nodes.size() : graph.node_count(),
               selection ? selection->edges.size() : graph.edge_count());
  }
}

}  // namespace

void add_export_command(CLI::App& app) {
  auto options = std::make_shared<ExportCommandOptions>();
  CLI::App* command = app.add_subcommand(
      "export", "Write a graph (or its filtered part) as GraphML, GEXF, DOT, Cytoscape or Neo4j CSV");
  command->add_option("graph", options->graph_path, "Graph file built by kg build")->required();
  command->add_option("-o,--output", options->output, "Output file (a folder for neo4j-csv)")->required();
  std::vector<std::string> names;
  for (const io::ExportFormatInfo& info : io::export_formats()) names.emplace_back(info.name);
  command->add_option("--format", options->format, io::export_format_names() + " (default: from -o)")
      ->check(CLI::IsMember(names));
  command
      ->add_option("--flavour", options->flavour,
                   "GraphML flavour: standard (validates) or gephi (keeps parallel predicates apart in Gephi)")
      ->check(CLI::IsMember({"standard", "gephi"}))
      ->default_str("standard");
  add_filter_options(*command, options->filter);
  command->add_flag("-q,--quiet", options->quiet, "Print no warnings or summary");
  command->callback([options] { run_export(*options); });
}

}  // namespace kg::cli
