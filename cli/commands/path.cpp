// kg path GRAPH A B [--max-hops N] [--all | --k N] [--directed] [--weighted | --chronological] [filters] [--format F]
// [--export FILE]
#include <fmt/format.h>

#include <chrono>
#include <memory>
#include <optional>
#include <stdexcept>

#include "commands/command.h"
#include "commands/query_options.h"
#include "kg/graph/graph_file.h"
#include "kg/graph/text.h"
#include "kg/query/paths.h"
#include "kg/query/to_subgraph.h"
#include "kg/render/paths.h"
#include "output.h"

namespace kg::cli {
namespace {

struct PathCommandOptions {
  QueryCommandOptions common;
  std::string from, to;
  std::optional<std::uint32_t> max_hops;
  bool all = false;
  std::optional<std::size_t> k;
  bool directed = false;
  bool weighted = false;
  bool chronological = false;
  std::size_t limit = 100;
  std::uint64_t max_work = query::kDefaultMaxSteps;
  std::uint64_t time_limit = std::chrono::seconds(query::kDefaultMaxTime).count();
};

query::PathSearch search_of(const PathCommandOptions& options) {
  if (options.chronological) return query::PathSearch::chronological;
  if (options.k) return options.weighted ? query::PathSearch::k_most_credible : query::PathSearch::k_shortest;
  if (options.all) return options.max_hops ? query::PathSearch::all_simple : query::PathSearch::all_shortest;
  return options.weighted ? query::PathSearch::most_credible : query::PathSearch::shortest;
}

/// find_paths with progress on a terminal; a search that spends its work limits is an error naming the options
/// that change them.
std::vector<query::Path> find_paths_or_explain(const graph::Graph& graph, query::PathRequest& request) {
  ProgressBar progress("kg path", "steps", false);
  request.options.work.progress = [&](std::uint64_t steps, std::size_t paths) {
    progress.count(steps, fmt::format("{} path{} found", paths, paths == 1 ? "" : "s"));
  };
  try {
    query::Workspace workspace;
    return query::find_paths(graph, request, workspace);
  } catch (const query::WorkLimitExceeded& stopped) {
    progress.finish();
    throw std::runtime_error(
        fmt::format("{}: raise --max-work or --time-limit, or narrow the search (--max-hops, --limit, --k, filters)",
                    stopped.what()));
  }
}

void run_path(const PathCommandOptions& options) {
  const QueryCommandOptions& common = options.common;
  const graph::Graph graph = graph::load_graph_file(common.graph_path);
  query::PathRequest request{
      .from = query::resolve_node(graph, options.from, common.graph_path),
      .to = query::resolve_node(graph, options.to, common.graph_path),
      .search = search_of(options),
      .k = options.k.value_or(1),
      .options = {.filter = query::resolve_filter(graph, common.filter, common.graph_path),
                  .max_hops = options.max_hops.value_or(query::kUnboundedHops),
                  .limit = options.limit,
                  .work = {.max_steps = options.max_work, .max_time = std::chrono::seconds(options.time_limit)}}};
  if (options.directed) request.options.filter.direction = query::Direction::out;
  const std::vector<query::Path> paths = find_paths_or_explain(graph, request);
  render::Output out(stdout);
  render::render_paths(graph, paths, request.options.filter, common.render, out);
  out.flush();
  if (paths.empty()) {
    fmt::print(stderr, "kg: no {}path between \"{}\" and \"{}\"{}\n",
               options.chronological ? "chronological (dated, never backwards) " : "",
               graph::escape_controls(graph.node_name(request.from)),
               graph::escape_controls(graph.node_name(request.to)),
               options.max_hops ? fmt::format(" within {} hops", *options.max_hops) : "");
    throw ExitStatus{1};
  }
  export_result(graph, query::to_subgraph(paths), common.export_path, common.graph_path);
}

}  // namespace

void add_path_command(CLI::App& app) {
  auto options = std::make_shared<PathCommandOptions>();
  CLI::App* command = app.add_subcommand("path", "Find how two entities are connected");
  add_query_options(*command, options->common);
  command->add_option("from", options->from, "Entity id, name or alias")->required();
  command->add_option("to", options->to, "Entity id, name or alias")->required();
  CLI::Option* max_hops = command->add_option("--max-hops", options->max_hops, "Ignore paths longer than N hops")
                              ->check(CLI::Range(1u, 1000000u));
  CLI::Option* all =
      command->add_flag("--all", options->all, "Every shortest path; with --max-hops, every simple path up to N hops");
  CLI::Option* k =
      command->add_option("--k", options->k, "The N shortest simple paths (Yen)")->check(count_at_least(1));
  CLI::Option* directed =
      command->add_flag("--directed", options->directed, "Follow edges only along their arrow (--direction out)");
  CLI::Option* weighted = command->add_flag("--weighted", options->weighted,
                                            "Most credible path: maximise the product of the facts' confidences");
  CLI::Option* chronological =
      command->add_flag("--chronological", options->chronological,
                        "A shortest path whose hops' dates never go backwards (undated hops are not used)");
  command->add_option("--limit", options->limit, "List at most N paths with --all")
      ->check(count_at_least(1))
      ->default_str("100");
  command
      ->add_option("--max-work", options->max_work,
                   fmt::format("Stop a search that has looked at N edges (default: {})", query::kDefaultMaxSteps))
      ->check(count_at_least(1));
  command
      ->add_option("--time-limit", options->time_limit,
                   fmt::format("Stop a search after N seconds (default: {}; 0: no limit)",
                               std::chrono::seconds(query::kDefaultMaxTime).count()))
      ->check(count_at_least(0));
  all->excludes(k);
  weighted->excludes(all);
  weighted->excludes(max_hops);
  chronological->excludes(all);
  chronological->excludes(k);
  chronological->excludes(weighted);
  directed->excludes(command->get_option("--direction"));
  command->callback([options] { run_path(*options); });
}

}  // namespace kg::cli
