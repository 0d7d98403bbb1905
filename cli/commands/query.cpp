// kg query GRAPH 'MATCH ...' | -f script.cypher [--param name=JSON] [--params file.json] [evidence options]
//   [--format table|json|csv] [--full] [--export FILE] [--max-rows N] [--timeout S] [--max-hops N]
#include <fmt/format.h>

#include <fstream>
#include <memory>
#include <sstream>

#include "commands/command.h"
#include "commands/cypher_options.h"
#include "commands/query_options.h"
#include "diagnostics.h"
#include "kg/cypher/result_elements.h"
#include "kg/graph/graph_file.h"
#include "kg/render/output.h"
#include "kg/render/result_table.h"

namespace kg::cli {
namespace {

struct QueryOptions {
  std::string graph_path;
  std::string text;
  std::string script_path;
  std::string export_path;
  CypherOptions cypher;
};

std::string read_script(const std::string& path) {
  std::ifstream file(path, std::ios::binary);
  if (!file) throw std::system_error(errno, std::generic_category(), "cannot read " + path);
  std::stringstream text;
  text << file.rdbuf();
  return text.str();
}

void run_query(const QueryOptions& options) {
  const graph::Graph graph = graph::load_graph_file(options.graph_path);
  const bool script = !options.script_path.empty();
  const std::string text = script ? read_script(options.script_path) : options.text;
  const std::string source_name = script ? options.script_path : "query";
  const cypher::Parameters parameters = read_parameters(options.cypher);
  const cypher::RunOptions run = run_options(graph, options.cypher, nullptr);

  std::vector<cypher::ScriptStatement> statements;
  try {
    statements = cypher::split_statements(text, source_name);
  } catch (const graph::InputError& error) {
    print_diagnostic("error", error.where(), error.message(), text);
    throw ExitStatus{2};
  }
  if (statements.empty()) throw graph::InputError({source_name, 0, 0}, "no statement to run");

  render::Output out(stdout);
  cypher::ResultElements elements(graph);
  bool any_rows = false;
  for (std::size_t i = 0; i < statements.size(); ++i) {
    const query::ResultTable table =
        run_statement(graph, statements[i], text, source_name, parameters, options.cypher, run);
    if (i > 0 && options.cypher.render.style == render::Style::table) out.put('\n');
    render::render_result_table(graph, table, run.evidence, options.cypher.render, out);
    any_rows = any_rows || !table.empty();
    if (!options.export_path.empty()) elements.add(table);
  }
  out.flush();
  export_result(graph, elements.subgraph(), options.export_path, options.graph_path);
  if (!any_rows) {
    fmt::print(stderr, "kg: no rows\n");
    throw ExitStatus{1};
  }
}

}  // namespace

void add_query_command(CLI::App& app) {
  auto options = std::make_shared<QueryOptions>();
  CLI::App* command = app.add_subcommand("query", "Run read-only Cypher queries (see docs/QUERY.md)");
  command->add_option("graph", options->graph_path, "Graph file built by kg build")->required();
  CLI::Option* text = command->add_option("query", options->text, "Cypher statements, separated by ;");
  CLI::Option* script =
      command->add_option("-f,--file", options->script_path, "Run the statements of FILE")->check(CLI::ExistingFile);
  text->excludes(script);
  add_cypher_options(*command, options->cypher);
  add_export_option(*command, options->export_path);
  command->callback([options, text, script] {
    if (text->count() == 0 && script->count() == 0) {
      throw CLI::RequiredError("a query or -f FILE");
    }
    run_query(*options);
  });
}

}  // namespace kg::cli
