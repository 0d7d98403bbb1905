// The options shared by the query commands (kg path, kg neighbours).
#include "commands/query_options.h"

#include <fmt/format.h>

#include "diagnostics.h"
#include "kg/export/export.h"

namespace kg::cli {

void add_filter_options(CLI::App& command, query::FilterSpec& filter) {
  command
      .add_option("--predicate,--predicates", filter.predicates,
                  "Use only edges with these predicates (a,b or repeated)")
      ->delimiter(',');
  command
      .add_option("--exclude-predicate,--exclude-predicates", filter.excluded_predicates,
                  "Never use edges with these predicates")
      ->delimiter(',');
  command.add_option("--type,--types", filter.node_types, "Keep only entities of these types (a,b or repeated)")
      ->delimiter(',');
  command.add_option("--exclude-type,--exclude-types", filter.excluded_node_types, "Drop entities of these types")
      ->delimiter(',');
  command.add_option("--from", filter.from, "Only facts dated on or after this date (YYYY[-MM[-DD]])");
  command.add_option("--to", filter.to, "Only facts dated on or before this date (YYYY[-MM[-DD]])");
  command.add_flag("--dated-only", filter.dated_only, "Drop undated facts");
  command.add_option("--min-confidence", filter.min_confidence, "Only facts stated with at least this confidence");
}

void add_query_options(CLI::App& command, QueryCommandOptions& options) {
  command.add_option("graph", options.graph_path, "Graph file built by kg build")->required();
  add_filter_options(command, options.filter);
  command.add_option("--direction", options.filter.direction, "Walk edges out (along the arrow), in, or both ways")
      ->check(CLI::IsMember({"out", "in", "both"}))
      ->default_str("both");
  command.add_option("--avoid", options.filter.avoid, "Never pass through this entity (id, name or alias; repeatable)");
  add_format_option(command, options.render.style, true);
  command.add_flag("--full", options.render.full, "Table output: every source and whole quotes");
  command
      .add_option("--export", options.export_path,
                  "Also write the result as a subgraph file (" + io::export_extensions() + ")")
      ->check(CLI::Validator(
          [](std::string& path) {
            return io::format_from_path(path)
                       ? std::string{}
                       : fmt::format("cannot tell the export format from the file name {}: use {}", path,
                                     io::export_extensions());
          },
          "FILE"));
}

void export_result(const graph::Graph& graph, const graph::Subgraph& selection, const QueryCommandOptions& options) {
  if (options.export_path.empty()) return;
  // The option's validator has already refused names that imply no format.
  const io::ExportFormat format = io::format_from_path(options.export_path).value();
  io::export_graph(graph, &selection, options.export_path, {.format = format, .warn = warning_printer(false)});
}

}  // namespace kg::cli
