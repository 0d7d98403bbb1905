// kg sources GRAPH [--format table|json|csv]: every source, with the statements and entities resting on it.
#include <memory>

#include "commands/command.h"
#include "kg/graph/graph_file.h"
#include "kg/query/sources.h"
#include "kg/render/result_table.h"
#include "output.h"

namespace kg::cli {
namespace {

struct SourcesOptions {
  std::string graph_path;
  render::RenderOptions render;
};

void run_sources(const SourcesOptions& options) {
  const graph::Graph graph = graph::load_graph_file(options.graph_path);
  render::Output out(stdout);
  render::RenderOptions render = options.render;
  render.blank_nulls = true;
  render::render_result_table(graph, query::list_sources(graph), {}, render, out);
  out.flush();
}

}  // namespace

void add_sources_command(CLI::App& app) {
  auto options = std::make_shared<SourcesOptions>();
  CLI::App* command =
      app.add_subcommand("sources", "List the sources: title, date, and how many statements and entities cite each");
  command->add_option("graph", options->graph_path, "Graph file built by kg build")->required();
  add_format_option(*command, options->render.style, true);
  command->add_flag("--full", options->render.full, "Table output: whole titles");
  command->callback([options] { run_sources(*options); });
}

}  // namespace kg::cli
