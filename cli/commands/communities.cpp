// kg communities GRAPH [--method leiden|louvain] [--resolution R] [--seed S] [--passes N] [--weight W] [filters]
// [--top N] [--format F]: the groups of entities more tied among themselves than to the rest.
#include <memory>

#include "choice_option.h"
#include "commands/analysis_options.h"
#include "commands/command.h"
#include "kg/analytics/tables.h"

namespace kg::cli {
namespace {

struct CommunitiesCommandOptions {
  AnalysisCommandOptions common;
  analytics::CommunityMethod method = analytics::CommunityMethod::leiden;
  double resolution = 1.0;
  std::uint64_t seed = 1;
  std::uint32_t passes = 2;
};

void run_communities(const CommunitiesCommandOptions& options) {
  const AnalysisInput input = load_analysis(options.common);
  const analytics::Snapshot snapshot(input.graph, input.snapshot);
  const analytics::GroupsResult result = analytics::community_table(
      snapshot, options.method, {.resolution = options.resolution, .seed = options.seed, .passes = options.passes},
      options.common.top);
  notice(options.common, "{} communit{} (modularity {:.4f}); the largest holds {} of {} entities",
         result.partition.count(), result.partition.count() == 1 ? "y" : "ies", result.modularity,
         result.partition.count() == 0 ? 0 : result.partition.sizes[0], snapshot.node_count());
  print_table(input.graph, result.table, options.common);
}

}  // namespace

void add_communities_command(CLI::App& app) {
  auto options = std::make_shared<CommunitiesCommandOptions>();
  CLI::App* command =
      app.add_subcommand("communities", "List groups of entities more tied among themselves than to the rest");
  add_analysis_options(*command, options->common,
                       {.types = true, .weight = true, .top = 10, .top_help = "Show the N largest (0: all)"});
  add_choice_option(*command, "--method", options->method,
                    {{"leiden", analytics::CommunityMethod::leiden}, {"louvain", analytics::CommunityMethod::louvain}},
                    "leiden (connected communities) or louvain")
      ->default_str("leiden");
  command
      ->add_option("--resolution", options->resolution,
                   "Above 1: more, smaller communities; below 1: fewer, larger ones")
      ->check(CLI::PositiveNumber)
      ->default_str("1");
  command->add_option("--seed", options->seed, "Seed of the order entities are visited in")->default_str("1");
  command
      ->add_option("--passes", options->passes,
                   "Repeat the search from its last partition up to N times while modularity still rises")
      ->check(CLI::PositiveNumber)
      ->default_str("2");
  command->callback([options] { run_communities(*options); });
}

}  // namespace kg::cli
