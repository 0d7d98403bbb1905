// The options and statement runner shared by kg query and kg shell.
#include "commands/cypher_options.h"

#include <fmt/format.h>

#include <algorithm>
#include <fstream>
#include <sstream>

#include "commands/command.h"
#include "commands/query_options.h"
#include "diagnostics.h"
#include "kg/cypher/parameters.h"
#include "output.h"

namespace kg::cli {

void add_cypher_options(CLI::App& command, CypherOptions& options) {
  add_evidence_options(command, options.evidence);
  command.add_option("--param", options.parameters, "A query parameter: name=JSON (repeatable), e.g. who='\"Ziyoev\"'");
  command.add_option("--params", options.parameters_file, "Query parameters from a JSON object in FILE")
      ->check(CLI::ExistingFile);
  command.add_option("--max-rows", options.max_rows, "Refuse results of more than N rows")
      ->check(CLI::Range(std::size_t{1}, std::size_t{1} << 40))
      ->default_str(std::to_string(cypher::kDefaultMaxRows));
  command.add_option("--timeout", options.timeout_seconds, "Stop a statement after SECONDS (0: never)")
      ->check(CLI::NonNegativeNumber)
      ->default_str("60");
  command.add_option("--max-hops", options.max_hops, "Upper bound of * and *n.. patterns")
      ->check(CLI::Range(1u, 1000u))
      ->default_str(std::to_string(cypher::kDefaultMaxHops));
  add_format_option(command, options.render.style, true);
  command.add_flag("--full", options.render.full, "Table output: whole values and every source");
}

cypher::Parameters read_parameters(const CypherOptions& options) {
  cypher::Parameters parameters;
  if (!options.parameters_file.empty()) {
    std::ifstream file(options.parameters_file, std::ios::binary);
    std::stringstream text;
    text << file.rdbuf();
    parameters = cypher::parameters_from_json(text.str(), options.parameters_file);
  }
  for (const std::string& option : options.parameters) {
    const std::size_t equals = option.find('=');
    if (equals == std::string::npos || equals == 0) {
      throw graph::InputError({"--param", 0, 0},
                              fmt::format("expected name=JSON, like who='\"Ziyoev\"', got \"{}\"", option));
    }
    const std::string name = option.substr(0, equals);
    query::Value value = cypher::parameter_from_json(option.substr(equals + 1), "--param " + name);
    const auto same =
        std::find_if(parameters.begin(), parameters.end(), [&](const auto& p) { return p.first == name; });
    if (same != parameters.end()) {
      same->second = std::move(value);
    } else {
      parameters.emplace_back(name, std::move(value));
    }
  }
  return parameters;
}

cypher::RunOptions run_options(const graph::Graph& graph, const CypherOptions& options,
                               const std::atomic<bool>* cancel) {
  cypher::RunOptions run;
  run.evidence = query::resolve_filter(graph, options.evidence, "kg query");
  run.max_rows = options.max_rows;
  run.timeout = std::chrono::milliseconds(static_cast<std::int64_t>(options.timeout_seconds * 1000));
  run.cancel = cancel;
  return run;
}

query::ResultTable run_statement(const graph::Graph& graph, const cypher::ScriptStatement& statement,
                                 std::string_view text, std::string_view source_name,
                                 const cypher::Parameters& parameters, const CypherOptions& options,
                                 const cypher::RunOptions& run) {
  const auto print_warning = [&](const graph::SourceLocation& where, std::string_view message) {
    print_diagnostic("warning", where, message, text);
  };
  try {
    const cypher::PreparedQuery prepared = cypher::prepare(graph, statement.text,
                                                           {.source_name = std::string(source_name),
                                                            .line = statement.line,
                                                            .column = statement.column,
                                                            .max_hops = options.max_hops});
    for (const cypher::Warning& warning : prepared.warnings()) print_warning(warning.where, warning.message);
    cypher::RunOptions with_warnings = run;
    with_warnings.warn = print_warning;
    return prepared.run(parameters, with_warnings);
  } catch (const graph::InputError& error) {
    std::fflush(stdout);
    print_diagnostic("error", error.where(), error.message(), text);
    throw ExitStatus{2};
  }
}

}  // namespace kg::cli
