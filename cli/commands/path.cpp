// kg path GRAPH A B [--max-hops N] [--all | --k N] [--directed] [--weighted] [filters] [--format F] [--export FILE]
#include <fmt/format.h>

#include <algorithm>
#include <memory>
#include <optional>

#include "commands/command.h"
#include "commands/query_options.h"
#include "kg/graph/graph_file.h"
#include "kg/query/format.h"
#include "kg/query/paths.h"

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

std::vector<query::Path> find_paths(const graph::Graph& graph, graph::NodeId from, graph::NodeId to,
                                    const PathCommandOptions& options, const query::PathOptions& path_options) {
  query::Workspace workspace;
  if (options.k) {
    return query::k_shortest_paths(graph, from, to, *options.k,
                                   options.weighted ? query::Weight::credibility : query::Weight::hops, path_options,
                                   workspace);
  }
  if (options.all) {
    return options.max_hops ? query::simple_paths(graph, from, to, path_options, workspace)
                            : query::all_shortest_paths(graph, from, to, path_options, workspace);
  }
  std::optional<query::Path> path = options.weighted
                                        ? query::most_credible_path(graph, from, to, path_options, workspace)
                                        : query::shortest_path(graph, from, to, path_options, workspace);
  if (!path) return {};
  return {std::move(*path)};
}

graph::Subgraph selection_of(const std::vector<query::Path>& paths) {
  graph::Subgraph selection;
  for (const query::Path& path : paths) {
    for (graph::NodeId node : path.nodes) {
      if (std::find(selection.nodes.begin(), selection.nodes.end(), node) == selection.nodes.end()) {
        selection.nodes.push_back(node);
      }
    }
    for (const query::Hop& hop : path.hops) {
      if (std::find(selection.edges.begin(), selection.edges.end(), hop.edge) == selection.edges.end()) {
        selection.edges.push_back(hop.edge);
      }
    }
  }
  return selection;
}

void run_path(const PathCommandOptions& options) {
  const QueryCommandOptions& common = options.common;
  const graph::Graph graph = graph::load_graph_file(common.graph_path);
  graph::NodeId from = query::resolve_node(graph, options.from, common.graph_path);
  graph::NodeId to = query::resolve_node(graph, options.to, common.graph_path);
  query::PathOptions path_options{.filter = query::resolve_filter(graph, common.filter, common.graph_path),
                                  .max_hops = options.max_hops.value_or(query::kUnboundedHops),
                                  .limit = options.limit};
  if (options.directed) path_options.filter.direction = query::Direction::out;
  std::vector<query::Path> paths = find_paths(graph, from, to, options, path_options);

  switch (common.format) {
    case OutputFormat::table:
      fmt::print("{}", query::paths_table(graph, paths, path_options.filter, {common.full}));
      break;
    case OutputFormat::json:
      fmt::print("{}", query::paths_json(graph, paths, path_options.filter));
      break;
    case OutputFormat::csv:
      fmt::print("{}", query::paths_csv(graph, paths, path_options.filter));
      break;
  }
  if (paths.empty()) {
    std::fflush(stdout);
    fmt::print(stderr, "kg: no path between \"{}\" and \"{}\"{}\n", graph.node_name(from), graph.node_name(to),
               options.max_hops ? fmt::format(" within {} hops", *options.max_hops) : "");
    throw ExitStatus{1};
  }
  export_result(graph, selection_of(paths), common);
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
            return text.find_first_not_of("0") == std::string::npos ? "must be at least 1" : "";
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
