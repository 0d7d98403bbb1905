// kg duplicates GRAPH [--types T] [--min-score S] [--limit N] [--format F] [--full]: entities that are probably one.
#include <fmt/format.h>

#include <memory>

#include "commands/command.h"
#include "kg/analytics/duplicates.h"
#include "kg/graph/graph_file.h"
#include "kg/query/resolve.h"
#include "kg/render/result_table.h"
#include "output.h"

namespace kg::cli {
namespace {

struct DuplicatesOptions {
  std::string graph_path;
  std::vector<std::string> types;
  double min_score = 0.6;
  std::size_t limit = 100;
  render::RenderOptions render;
};

void run_duplicates(const DuplicatesOptions& options) {
  const graph::Graph graph = graph::load_graph_file(options.graph_path);
  const query::Filter types = query::resolve_filter(graph, {.node_types = options.types}, options.graph_path);
  const analytics::DuplicateReport report = analytics::find_duplicates(
      graph, {.types = types.node_types, .min_score = options.min_score, .limit = options.limit});
  render::Output out(stdout);
  render::render_result_table(graph, analytics::duplicates_table(graph, report), {}, options.render, out);
  out.flush();
  if (report.more != 0) {
    fmt::print(stderr, "kg: {} more pair{} score {} or more (raise --limit to see them)\n", report.more,
               report.more == 1 ? "" : "s", options.min_score);
  }
  if (report.decided != 0) {
    fmt::print(stderr, "kg: {} pair{} not shown: a different_from decision separates them\n", report.decided,
               report.decided == 1 ? "" : "s");
  }
  if (report.skipped_blocks != 0) {
    fmt::print(stderr, "kg: {} name part{} shared by more than {} entities not used to pair them\n",
               report.skipped_blocks, report.skipped_blocks == 1 ? "" : "s", analytics::kMaxBlock);
  }
  if (report.pairs.empty()) throw ExitStatus{1};
}

}  // namespace

void add_duplicates_command(CLI::App& app) {
  auto options = std::make_shared<DuplicatesOptions>();
  CLI::App* command = app.add_subcommand(
      "duplicates", "List pairs of entities that are probably one, with the evidence (merges nothing)");
  command->add_option("graph", options->graph_path, "Graph file written by kg build")->required();
  command->add_option("--types", options->types, "Only entities of these types (repeat or separate by commas)")
      ->delimiter(',')
      ->allow_extra_args(false);
  command->add_option("--min-score", options->min_score, "List pairs scoring at least S (0 to 1)")
      ->check(CLI::Range(0.0, 1.0))
      ->default_str("0.6");
  command->add_option("--limit", options->limit, "List at most N pairs, the best first")
      ->check(CLI::Range(std::size_t{1}, std::size_t{1000000}))
      ->default_str("100");
  add_format_option(*command, options->render.style, true);
  command->add_flag("--full", options->render.full, "Show whole names and evidence instead of cutting them");
  command->callback([options] { run_duplicates(*options); });
}

}  // namespace kg::cli
