// kg path GRAPH A B [--max-hops N] [--all | --k N] [--directed] [--weighted] [filters] [--format F] [--export FILE]
#include <fmt/format.h>

#include <memory>
#include <optional>

#include "commands/command.h"
#include "commands/query_options.h"
#include "kg/graph/graph_file.h"
#include "kg/query/paths.h"
#include "kg/query/to_subgraph.h"
#include "kg/render/paths.h"

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
  std::size_t limit = 100;
};

query::PathSearch search_of(const PathCommandOptions& options) {
  if (options.k) return options.weighted ? query::PathSearch::k_most_credible : query::PathSearch::k_shortest;
  if (options.all) return options.max_hops ? query::PathSearch::all_simple : query::PathSearch::all_shortest;
  return options.weighted ? query::PathSearch::most_credible : query::PathSearch::shortest;
}

void run_path(const PathCommandOptions& options) {
  const QueryCommandOptions& common = options.common;
  const graph::Graph graph = graph::load_graph_file(common.graph_path);
  query::PathRequest request{.from = query::resolve_node(graph, options.from, common.graph_path),
                             .to = query::resolve_node(graph, options.to, common.graph_path),
                             .search = search_of(options),
                             .k = options.k.value_or(1),
                             .options = {.filter = query::resolve_filter(graph, common.filter, common.graph_path),
                                         .max_hops = options.max_hops.value_or(query::kUnboundedHops),
                                         .limit = options.limit}};
  if (options.directed) request.options.filter.direction = query::Direction::out;
  query::Workspace workspace;
  const std::vector<query::Path> paths = query::find_paths(graph, request, workspace);
  render::Output out(stdout);
  render::render_paths(graph, paths, request.options.filter, common.render, out);
  out.flush();
  if (paths.empty()) {
    fmt::print(stderr, "kg: no path between \"{}\" and \"{}\"{}\n", graph.node_name(request.from),
               graph.node_name(request.to), options.max_hops ? fmt::format(" within {} hops", *options.max_hops) : "");
    throw ExitStatus{1};
  }
  export_result(graph, query::to_subgraph(paths), common);
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
      command->add_option("--k", options->k, "The N shortest simple paths (Yen)")->check(CLI::PositiveNumber);
  CLI::Option* directed =
      command->add_flag("--directed", options->directed, "Follow edges only along their arrow (--direction out)");
  CLI::Option* weighted = command->add_flag("--weighted", options->weighted,
                                            "Most credible path: maximise the product of the facts' confidences");
  command->add_option("--limit", options->limit, "List at most N paths with --all")
      ->check(CLI::Validator(
          [](std::string& text) {
            return text.find_first_not_of('0') == std::string::npos ? "must be at least 1" : "";
          },
          "N"))
      ->default_str("100");
  all->excludes(k);
  weighted->excludes(all);
  weighted->excludes(max_hops);
  directed->excludes(command->get_option("--direction"));
  command->callback([options] { run_path(*options); });
}

}  // namespace kg::cli
