// kg show GRAPH ENTITY [filters] [--format table|json] [--full]: everything known about one entity.
#include <memory>

#include "commands/command.h"
#include "commands/query_options.h"
#include "kg/graph/graph_file.h"
#include "kg/query/dossier.h"
#include "kg/render/dossier.h"

namespace kg::cli {
namespace {

struct ShowCommandOptions {
  std::string graph_path;
  std::string entity;
  query::FilterSpec filter;
  render::RenderOptions render;
};

void run_show(const ShowCommandOptions& options) {
  const graph::Graph graph = graph::load_graph_file(options.graph_path);
  const graph::NodeId node = query::resolve_node(graph, options.entity, options.graph_path);
  const query::Filter filter = query::resolve_filter(graph, options.filter, options.graph_path);
  render::Output out(stdout);
  render::render_dossier(graph, query::dossier(graph, node, filter), filter, options.render, out);
  out.flush();
}

}  // namespace

void add_show_command(CLI::App& app) {
  auto options = std::make_shared<ShowCommandOptions>();
  CLI::App* command = app.add_subcommand(
      "show", "Everything known about one entity: aliases, properties, and every fact in and out with its sources");
  command->add_option("graph", options->graph_path, "Graph file built by kg build")->required();
  command->add_option("entity", options->entity, "Entity id, name or alias")->required();
  add_filter_options(*command, options->filter);
  command
      ->add_option("--direction", options->filter.direction,
                   "Facts with the entity as subject (out), as object (in) or either (both)")
      ->check(CLI::IsMember({"out", "in", "both"}))
      ->default_str("both");
  add_format_option(*command, options->render.style, false);
  command->add_flag("--full", options->render.full, "Table output: every statement and whole quotes");
  command->callback([options] { run_show(*options); });
}

}  // namespace kg::cli
