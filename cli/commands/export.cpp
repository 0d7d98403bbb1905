// kg export GRAPH -o FILE [--format graphml|gexf|dot|cytoscape|neo4j-csv] [--flavour gephi] [--gexf-version 1.2]
// [filters] [--with MEASURES [--direction D]]: writes the whole graph, or the part that passes the filters, for
// Gephi, Graphviz, Cytoscape, NetworkX/igraph or Neo4j, with measures computed over that part as node attributes.
#include <fmt/format.h>

#include <memory>
#include <optional>
#include <stdexcept>

#include "choice_option.h"
#include "commands/analysis_options.h"
#include "commands/command.h"
#include "commands/query_options.h"
#include "diagnostics.h"
#include "kg/analytics/measure.h"
#include "kg/export/export.h"
#include "kg/graph/graph_file.h"
#include "kg/graph/text.h"
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
  std::string gexf_version;
  query::FilterSpec filter;
  std::vector<std::string> with;  ///< measure names, checked by --with
  bool quiet = false;
};

constexpr std::string_view kStdout = "-";

// Each measure of --with over the filtered graph, as a node attribute named like the measure.
std::vector<io::NodeAttribute> computed_attributes(const graph::Graph& graph, const query::Filter& filter,
                                                   const ExportCommandOptions& options) {
  std::vector<io::NodeAttribute> attributes;
  if (options.with.empty()) return attributes;
  const analytics::Snapshot snapshot(graph, {.filter = filter});
  ProgressBar progress("kg export", "searches", options.quiet);
  analytics::MeasureOptions measure_options;
  measure_options.centrality.progress = [&](std::uint64_t done, std::uint64_t total) {
    progress.update(done, total, done);
  };
  for (const std::string& name : options.with) {
    const analytics::Measure measure = analytics::parse_measure(name).value();
    const analytics::MeasureInfo& info = analytics::measure_info(measure);
    const analytics::MeasureValues values = analytics::compute_measure(snapshot, measure, measure_options);
    notice_sampling(snapshot, values, options.quiet);
    attributes.push_back({.name = std::string(info.name),
                          .type = info.integer ? io::AttributeType::integer : io::AttributeType::real,
                          .values = analytics::by_graph_node(snapshot, values.values)});
  }
  progress.finish();
  return attributes;
}

io::ExportFormat choose_format(const ExportCommandOptions& options) {
  if (!options.format.empty()) {
    const io::ExportFormat format = io::parse_export_format(options.format).value();  // checked by --format
    if (format == io::ExportFormat::neo4j_csv && options.output == kStdout) {
      throw std::invalid_argument(
          "neo4j-csv writes a folder of two files and cannot go to standard output: give -o FOLDER");
    }
    return format;
  }
  if (options.output == kStdout) {
    throw std::invalid_argument(
        fmt::format("-o - writes to standard output: give --format ({})", io::export_format_names()));
  }
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
  refuse_overwriting_inputs(io::export_files(options.output, format), {options.graph_path});
  if (!options.gexf_version.empty() && format != io::ExportFormat::gexf) {
    throw graph::InputError({options.output, 0, 0}, "--gexf-version applies to GEXF only");
  }
  const graph::Graph graph = graph::load_graph_file(options.graph_path);
  const query::Filter filter = query::resolve_filter(graph, options.filter, options.graph_path);
  std::optional<graph::Subgraph> selection;
  if (!query::keeps_everything(filter)) selection = query::filter_graph(graph, filter);
  io::ExportOptions export_options{
      .format = format,
      .flavour = options.flavour == "gephi" ? io::GraphmlFlavour::gephi : io::GraphmlFlavour::standard,
      .gexf_version = options.gexf_version == "1.2" ? io::GexfVersion::v1_2draft : io::GexfVersion::v1_3,
      .warn = warning_printer(options.quiet),
      .progress = {},
      .node_attributes = computed_attributes(graph, filter, options)};
  ProgressBar progress("kg export", "elements", options.quiet);
  export_options.progress = [&](std::uint64_t written, std::uint64_t total) {
    progress.update(written, total, written);
  };
  const graph::Subgraph* chosen = selection ? &*selection : nullptr;
  if (options.output == kStdout) {
    io::export_graph(graph, chosen, stdout, export_options);
  } else {
    io::export_graph(graph, chosen, options.output, export_options);
  }
  progress.finish();
  if (!options.quiet) {
    fmt::print(stderr, "kg: wrote {}: {} nodes, {} edges\n",
               options.output == kStdout ? "standard output" : graph::escape_controls(options.output),
               selection ? selection->nodes.size() : graph.node_count(),
               selection ? selection->edges.size() : graph.edge_count());
    if (format == io::ExportFormat::neo4j_csv) {
      std::string folder = options.output;
      while (folder.size() > 1 && folder.back() == '/') folder.pop_back();
      fmt::print(stderr,
                 "kg: import with neo4j-admin database import full --nodes={0}/nodes.csv "
                 "--relationships={0}/relationships.csv --array-delimiter=U+001F --multiline-fields=true DATABASE\n",
                 graph::escape_controls(folder));
    }
  }
}

}  // namespace

void add_export_command(CLI::App& app) {
  auto options = std::make_shared<ExportCommandOptions>();
  CLI::App* command = app.add_subcommand(
      "export", "Write a graph (or its filtered part) as GraphML, GEXF, DOT, Cytoscape, Neo4j CSV or kg facts");
  command->add_option("graph", options->graph_path, "Graph file built by kg build")->required();
  command->add_option("-o,--output", options->output, "Output file (a folder for neo4j-csv; - for standard output)")
      ->required();
  std::vector<std::pair<std::string, std::string>> names;  // each format's name, in any case, as itself
  for (const io::ExportFormatInfo& info : io::export_formats()) names.emplace_back(info.name, info.name);
  add_choice_option(*command, "--format", options->format, names, io::export_format_names() + " (default: from -o)");
  add_choice_option(*command, "--flavour", options->flavour, {{"standard", "standard"}, {"gephi", "gephi"}},
                    "GraphML flavour: standard (validates) or gephi (keeps parallel predicates apart in Gephi)")
      ->default_str("standard");
  command
      ->add_option("--gexf-version", options->gexf_version,
                   "GEXF version: 1.3 (Gephi) or 1.2 (1.2draft, for NetworkX before 3.0)")
      ->check(CLI::IsMember({"1.3", "1.2"}))
      ->default_str("1.3");
  add_filter_options(*command, options->filter);
  std::vector<std::string> measures;  // names only in --help, as --format's
  for (const analytics::MeasureInfo& info : analytics::measures()) measures.emplace_back(info.name);
  command
      ->add_option("--with", options->with,
                   "Compute these measures over the exported graph and write them as node attributes (a,b or "
                   "repeated): " +
                       analytics::measure_names())
      ->delimiter(',')
      ->allow_extra_args(false)
      ->check(CLI::IsMember(measures, CLI::ignore_case));
  add_direction_option(*command, options->filter,
                       "--with: follow facts out (along the arrow), in (against it), or both ways (ignoring it)");
  command->add_flag("-q,--quiet", options->quiet, "Print no warnings or summary");
  command->callback([options] { run_export(*options); });
}

}  // namespace kg::cli
