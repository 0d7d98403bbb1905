// kg neighbours GRAPH X [X...] [--depth N] [--direction in|out|both] [--types T] [--via-types T] [filters] [--limit N]
// [--format F] [--export FILE]
#include <memory>

#include "commands/command.h"
#include "commands/query_options.h"
#include "kg/graph/graph_file.h"
#include "kg/query/neighbourhood.h"
#include "kg/query/to_subgraph.h"
#include "kg/render/neighbourhood.h"

namespace kg::cli {
namespace {

struct NeighboursCommandOptions {
  QueryCommandOptions common;
  std::vector<std::string> entities;
  std::uint32_t depth = 1;
  std::size_t limit = 0;
  std::vector<std::string> via_types, excluded_via_types;  // what the walk passes through; --types: what is listed
};

void run_neighbours(const NeighboursCommandOptions& options) {
  const QueryCommandOptions& common = options.common;
  const graph::Graph graph = graph::load_graph_file(common.graph_path);
  std::vector<graph::NodeId> start;
  for (const std::string& entity : options.entities) {
    start.push_back(query::resolve_node(graph, entity, common.graph_path));
  }
  query::FilterSpec walk = common.filter;
  walk.node_types = options.via_types;
  walk.excluded_node_types = options.excluded_via_types;
  const query::NeighbourhoodOptions query_options{
      .filter = query::resolve_filter(graph, walk, common.graph_path),
      .depth = options.depth,
      .limit = options.limit,
      .edges = true,
      .end_types = query::resolve_types(graph, common.filter.node_types, common.graph_path),
      .excluded_end_types = query::resolve_types(graph, common.filter.excluded_node_types, common.graph_path)};
  query::Workspace workspace;
  const query::Neighbourhood result = query::neighbourhood(graph, start, query_options, workspace);
  render::Output out(stdout);
  render::render_neighbourhood(graph, result, query_options.filter, common.render, out);
  out.flush();
  export_result(graph, query::to_subgraph(result), common.export_path, common.graph_path);
}

}  // namespace

void add_neighbours_command(CLI::App& app) {
  auto options = std::make_shared<NeighboursCommandOptions>();
  CLI::App* command = app.add_subcommand("neighbours", "List the entities within a few hops of one or several");
  command->alias("neighbors");
  add_query_options(*command, options->common);
  command->add_option("entities", options->entities, "Entity ids, names or aliases")->required()->expected(1, -1);
  command->add_option("--depth", options->depth, "Hops from the nearest start entity")
      ->check(count_at_least(0))
      ->default_str("1");
  command
      ->add_option("--via-type,--via-types", options->via_types,
                   "Walk only through entities of these types (--types says which reached entities are listed)")
      ->delimiter(',')
      ->allow_extra_args(false);
  command
      ->add_option("--exclude-via-type,--exclude-via-types", options->excluded_via_types,
                   "Never walk through entities of these types")
      ->delimiter(',')
      ->allow_extra_args(false);
  command->add_option("--limit", options->limit, "At most N entities, nearest first (0: no limit)")
      ->check(count_at_least(0))
      ->default_str("0");
  command->callback([options] { run_neighbours(*options); });
}

}  // namespace kg::cli
