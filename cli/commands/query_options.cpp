// The options shared by the query commands (kg path, kg neighbours).
#include "commands/query_options.h"

#include <fmt/format.h>

#include "diagnostics.h"
#include "kg/export/export.h"

namespace kg::cli {

void add_filter_options(CLI::App& command, query::FilterSpec& filter, bool with_types) {
  command
      .add_option("--predicate,--predicates", filter.predicates,
                  "Use only edges with these predicates (a,b or repeated)")
      ->delimiter(',')
      ->allow_extra_args(false);
  command
      .add_option("--exclude-predicate,--exclude-predicates", filter.excluded_predicates,
                  "Never use edges with these predicates")
      ->delimiter(',')
      ->allow_extra_args(false);
  if (with_types) {
    command.add_option("--type,--types", filter.node_types, "Keep only entities of these types (a,b or repeated)")
        ->delimiter(',')
        ->allow_extra_args(false);
  }
  command.add_option("--exclude-type,--exclude-types", filter.excluded_node_types, "Drop entities of these types")
      ->delimiter(',')
      ->allow_extra_args(false);
  add_evidence_options(command, filter);
}

void add_evidence_options(CLI::App& command, query::FilterSpec& filter) {
  command.add_option("--from", filter.from, "Only facts dated on or after this date (YYYY[-MM[-DD]])");
  command.add_option("--to", filter.to, "Only facts dated on or before this date (YYYY[-MM[-DD]])");
  command.add_flag("--dated-only", filter.dated_only, "Drop undated facts");
  command
      .add_option("--dates", filter.dates,
                  "overlaps: a fact's date (2010-08 is the whole month) need only overlap --from/--to; within: it "
                  "must lie inside")
      ->check(CLI::IsMember({"overlaps", "within"}))
      ->default_str("overlaps");
  command.add_option("--min-confidence", filter.min_confidence, "Only facts stated with at least this confidence");
  command.add_option("--source,--sources", filter.sources, "Only statements from these sources (ids; a,b or repeated)")
      ->delimiter(',')
      ->allow_extra_args(false);
  command
      .add_option("--exclude-source,--exclude-sources", filter.excluded_sources,
                  "Never use statements from these sources")
      ->delimiter(',')
      ->allow_extra_args(false);
  command
      .add_option("--min-sources", filter.min_sources,
                  "Use only facts whose passing statements come from at least N distinct sources")
      ->check(CLI::NonNegativeNumber);
  command.add_option("--min-grade", filter.min_grade,
                     "Only statements graded at least this well: B3 = source A or B, information 1 to 3");
}

void add_direction_option(CLI::App& command, query::FilterSpec& filter, const std::string& help) {
  command.add_option("--direction", filter.direction, help)
      ->check(CLI::IsMember({"out", "in", "both"}))
      ->default_str("both");
}

void add_query_options(CLI::App& command, QueryCommandOptions& options) {
  command.add_option("graph", options.graph_path, "Graph file built by kg build")->required();
  add_filter_options(command, options.filter);
  add_direction_option(command, options.filter, "Walk edges out (along the arrow), in, or both ways");
  command.add_option("--avoid", options.filter.avoid, "Never pass through this entity (id, name or alias; repeatable)");
  add_format_option(command, options.render.style, true);
  command.add_flag("--full", options.render.full, "Table output: every source and whole quotes");
  add_export_option(command, options.export_path);
}

void add_export_option(CLI::App& command, std::string& path) {
  command.add_option("--export", path, "Also write the result as a subgraph file (" + io::export_extensions() + ")")
      ->check(CLI::Validator(
          [](std::string& file) {
            if (file == "-") {
              return std::string{
                  "--export - would mix the subgraph with the listing on standard output: give a file, or use kg "
                  "export GRAPH -o - --format F with the same filters"};
            }
            return io::format_from_path(file)
                       ? std::string{}
                       : fmt::format("cannot tell the export format from the file name {}: use {}", file,
                                     io::export_extensions());
          },
          "FILE"));
}

void export_result(const graph::Graph& graph, const graph::Subgraph& selection, const std::string& path,
                   const std::string& graph_path) {
  if (path.empty()) return;
  // The option's validator has already refused names that imply no format.
  const io::ExportFormat format = io::format_from_path(path).value();
  refuse_overwriting_inputs(io::export_files(path, format), {graph_path});
  io::export_graph(graph, &selection, path, {.format = format, .warn = warning_printer(false)});
}

}  // namespace kg::cli
