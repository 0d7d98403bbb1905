// kg rank GRAPH --by MEASURE [--direction D] [--type T] [filters] [--weight W] [--top N] [--samples K | --exact]
// [--seed S] [--format F]: the entities with the highest centrality.
#include <fmt/format.h>

#include <memory>
#include <string>

#include "commands/analysis_options.h"
#include "commands/command.h"
#include "commands/query_options.h"
#include "kg/analytics/tables.h"
#include "kg/graph/text.h"
#include "output.h"

namespace kg::cli {
namespace {

struct RankCommandOptions {
  AnalysisCommandOptions common;
  analytics::Measure by = analytics::Measure::pagerank;
  std::vector<std::string> types;
  std::uint32_t samples = 0;
  bool exact = false;
  std::uint64_t seed = 1;
};

void run_rank(const RankCommandOptions& options) {
  const AnalysisCommandOptions& common = options.common;
  const AnalysisInput input = load_analysis(common);
  // The types to rank, resolved (and refused when unknown) as filter types are.
  const std::vector<graph::TypeId> types =
      query::resolve_filter(input.graph, {.node_types = options.types}, common.graph_path).node_types;
  const analytics::Snapshot snapshot(input.graph, input.snapshot);
  ProgressBar progress("kg rank", "searches", common.quiet);
  // Filled member by member: braced initialisers around the std::function trip GCC 12's -Wmaybe-uninitialized at -O3.
  analytics::RankOptions rank;
  rank.measure = options.by;
  rank.types = types;
  rank.top = common.top;
  rank.options.centrality.sampling = {.exact_limit = options.exact ? ~0ULL : analytics::Sampling{}.exact_limit,
                                      .samples = options.samples,
                                      .seed = options.seed};
  rank.options.centrality.progress = [&](std::uint64_t done, std::uint64_t total) {
    progress.update(done, total, done);
  };
  const analytics::RankResult result = analytics::rank_table(snapshot, rank);
  progress.finish();
  notice_sampling(snapshot, result.values, common.quiet);
  print_table(input.graph, result.table, common);
}

}  // namespace

void add_rank_command(CLI::App& app) {
  auto options = std::make_shared<RankCommandOptions>();
  CLI::App* command = app.add_subcommand("rank", "List the most central entities by a measure");
  add_analysis_options(*command, options->common,
                       {.types = false, .weight = true, .top = 20, .top_help = "Show the N highest (0: all)"});
  std::map<std::string, analytics::Measure> measures;
  std::string names;
  for (analytics::Measure measure :
       {analytics::Measure::pagerank, analytics::Measure::betweenness, analytics::Measure::closeness,
        analytics::Measure::harmonic, analytics::Measure::degree, analytics::Measure::coreness}) {
    const std::string name(analytics::measure_info(measure).name);
    measures.emplace(name, measure);
    names += (names.empty() ? "" : "|") + name;
  }
  command->add_option("--by", options->by, "The measure: " + names)
      ->required()
      ->type_name("MEASURE")
      ->transform(CLI::Validator(
          [measures, names](std::string& value) {
            const auto found = measures.find(graph::ascii_lowercase(value));
            if (found == measures.end()) return fmt::format("unknown measure \"{}\": expected one of {}", value, names);
            value = std::to_string(static_cast<int>(found->second));
            return std::string();
          },
          ""));
  add_direction_option(*command, options->common.filter,
                       "Follow facts out (along the arrow), in (against it), or both ways (ignoring it)");
  command
      ->add_option("--type,--types", options->types,
                   "Rank only entities of these types; the measure still uses every entity (a,b or repeated)")
      ->delimiter(',')
      ->allow_extra_args(false);
  command->add_option("--samples", options->samples,
                      "betweenness, closeness, harmonic: start from K sampled entities (0: all when the graph is "
                      "small enough, else sampled)");
  command->add_flag("--exact", options->exact, "betweenness, closeness, harmonic: never sample, however long it takes")
      ->excludes(command->get_option("--samples"));
  command->add_option("--seed", options->seed, "Seed of the sampled entities")->default_str("1");
  command->callback([options] { run_rank(*options); });
}

}  // namespace kg::cli
