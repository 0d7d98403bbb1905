// kg info GRAPH [--format table|json]: node counts by type, edge counts by predicate, provenance and memory.
#include <memory>

#include "commands/command.h"
#include "kg/graph/graph_file.h"
#include "kg/query/summary.h"
#include "kg/render/summary.h"
#include "output.h"

namespace kg::cli {
namespace {

struct InfoOptions {
  std::string graph_path;
  render::RenderOptions render;
};

void run_info(const InfoOptions& options) {
  const graph::Graph graph = graph::load_graph_file(options.graph_path);
  render::Output out(stdout);
  render::render_summary(options.graph_path, query::summarize(graph), options.render, out);
  out.flush();
}

}  // namespace

void add_info_command(CLI::App& app) {
  auto options = std::make_shared<InfoOptions>();
  CLI::App* command = app.add_subcommand("info", "Print node counts by type and edge counts by predicate");
  command->add_option("graph", options->graph_path, "Graph file written by kg build")->required();
  add_format_option(*command, options->render.style, false);
  command->callback([options] { run_info(*options); });
}

}  // namespace kg::cli
