// kg components GRAPH [--strong] [filters] [--top N] [--format F]: the parts of a case that are linked at all.
#include <memory>

#include "commands/analysis_options.h"
#include "commands/command.h"
#include "kg/analytics/tables.h"

namespace kg::cli {
namespace {

struct ComponentsCommandOptions {
  AnalysisCommandOptions common;
  bool strong = false;
};

void run_components(const ComponentsCommandOptions& options) {
  const AnalysisInput input = load_analysis(options.common);
  const analytics::Snapshot snapshot(input.graph, input.snapshot);
  const analytics::GroupsResult result = analytics::component_table(snapshot, options.strong, options.common.top);
  const analytics::Partition& parts = result.partition;
  notice(options.common, "{} {}component{}; the largest holds {} of {} entities", parts.count(),
         options.strong ? "strongly connected " : "", parts.count() == 1 ? "" : "s",
         parts.count() == 0 ? 0 : parts.sizes[0], snapshot.node_count());
  print_table(input.graph, result.table, options.common);
}

}  // namespace

void add_components_command(CLI::App& app) {
  auto options = std::make_shared<ComponentsCommandOptions>();
  CLI::App* command = app.add_subcommand("components", "List the connected parts of a case, largest first");
  add_analysis_options(*command, options->common,
                       {.types = true, .weight = false, .top = 10, .top_help = "Show the N largest (0: all)"});
  command->add_flag("--strong", options->strong,
                    "Strongly connected components: each member reaches every other along the arrows");
  command->callback([options] { run_components(*options); });
}

}  // namespace kg::cli
