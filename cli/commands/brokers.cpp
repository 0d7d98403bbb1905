// kg brokers GRAPH [filters] [--bridges] [--top N] [--format F]: the entities (or, with --bridges, the links) whose
// removal would split the case.
#include <memory>

#include "commands/analysis_options.h"
#include "commands/command.h"
#include "kg/analytics/tables.h"

namespace kg::cli {
namespace {

void run_brokers(const AnalysisCommandOptions& options, bool bridges) {
  const AnalysisInput input = load_analysis(options);
  const analytics::Snapshot snapshot(input.graph, input.snapshot);
  const query::ResultTable table =
      bridges ? analytics::bridge_table(snapshot, options.top) : analytics::broker_table(snapshot, options.top);
  print_table(input.graph, table, options);
}

}  // namespace

void add_brokers_command(CLI::App& app) {
  auto options = std::make_shared<AnalysisCommandOptions>();
  auto bridges = std::make_shared<bool>(false);
  CLI::App* command =
      app.add_subcommand("brokers", "List the entities and links whose removal would split a part of the case");
  add_analysis_options(*command, *options,
                       {.types = true, .weight = false, .top = 20, .top_help = "Show the N that split most (0: all)"});
  command->add_flag("--bridges", *bridges,
                    "List the bridges instead: links (the facts between two entities) whose removal disconnects");
  command->callback([options, bridges] { run_brokers(*options, *bridges); });
}

}  // namespace kg::cli
