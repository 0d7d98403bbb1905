// kg facts GRAPH [filters] [--about X] [--single-source] [--max-confidence C] [--quote-shared]
// [--sort graph|date|confidence|source] [--format F]: the statements behind the facts, one row each.
#include <memory>
#include <optional>

#include "commands/command.h"
#include "commands/query_options.h"
#include "kg/graph/graph_file.h"
#include "kg/query/statements.h"
#include "kg/render/result_table.h"

namespace kg::cli {
namespace {

struct FactsCommandOptions {
  std::string graph_path;
  query::FilterSpec filter;
  render::RenderOptions render;
  std::string about;
  bool single_source = false;
  std::optional<float> max_confidence;
  bool quote_shared = false;
  std::string sort = "graph";
};

query::StatementOrder order_of(const std::string& name) {
  if (name == "date") return query::StatementOrder::date;
  if (name == "confidence") return query::StatementOrder::confidence;
  if (name == "source") return query::StatementOrder::source;
  return query::StatementOrder::graph;  // the option's check admits nothing else
}

void run_facts(const FactsCommandOptions& options) {
  const graph::Graph graph = graph::load_graph_file(options.graph_path);
  query::StatementQuery statement_query{.filter = query::resolve_filter(graph, options.filter, options.graph_path),
                                        .single_source = options.single_source,
                                        .max_confidence = options.max_confidence,
                                        .quote_shared = options.quote_shared,
                                        .order = order_of(options.sort)};
  if (!options.about.empty()) statement_query.about = query::resolve_node(graph, options.about, options.graph_path);
  render::Output out(stdout);
  render::RenderOptions render = options.render;
  render.blank_nulls = true;
  render::render_result_table(graph, query::list_statements(graph, statement_query), {}, render, out);
  out.flush();
}

}  // namespace

void add_facts_command(CLI::App& app) {
  auto options = std::make_shared<FactsCommandOptions>();
  CLI::App* command = app.add_subcommand("facts", "List the statements behind the facts: source, grade, date, quote");
  command->add_option("graph", options->graph_path, "Graph file built by kg build")->required();
  add_filter_options(*command, options->filter);
  command->add_option("--about", options->about, "Only facts about this entity (id, name or alias)");
  command
      ->add_option("--direction", options->filter.direction,
                   "With --about: facts with the entity as subject (out), as object (in) or either (both)")
      ->check(CLI::IsMember({"out", "in", "both"}))
      ->default_str("both");
  command->add_flag("--single-source", options->single_source,
                    "Only facts whose statements cite at most one distinct source");
  command
      ->add_option("--max-confidence", options->max_confidence,
                   "Only facts whose best statement has at most this confidence")
      ->check(CLI::Range(0.0f, 1.0f));
  command->add_flag("--quote-shared", options->quote_shared,
                    "Only statements whose quote also supports another fact, grouped by quote");
  command->add_option("--sort", options->sort, "graph, date (the chronology; undated last), confidence or source")
      ->check(CLI::IsMember({"graph", "date", "confidence", "source"}))
      ->default_str("graph");
  add_format_option(*command, options->render.style, true);
  command->add_flag("--full", options->render.full, "Table output: whole quotes and titles");
  command->callback([options] { run_facts(*options); });
}

}  // namespace kg::cli
