#pragma once
// What `kg query` and `kg shell` share: the options for running statements (evidence conditions, limits, output),
// parameters from --param/--params, and running one statement with its diagnostics printed against its text.
#include <CLI/CLI.hpp>
#include <atomic>
#include <cstddef>
#include <string>
#include <vector>

#include "kg/cypher/cypher.h"
#include "kg/cypher/script.h"
#include "kg/graph/graph.h"
#include "kg/query/resolve.h"
#include "kg/render/style.h"

namespace kg::cli {

struct CypherOptions {
  query::FilterSpec evidence;  ///< only its date window, dated_only and min_confidence are used
  std::size_t max_rows = cypher::kDefaultMaxRows;
  double timeout_seconds = 60;
  std::uint32_t max_hops = cypher::kDefaultMaxHops;
  render::RenderOptions render;
  std::vector<std::string> parameters;  ///< --param name=JSON
  std::string parameters_file;          ///< --params file.json
};

/// Adds --from, --to, --dated-only, --min-confidence, --max-rows, --timeout, --max-hops, --format, --full, --param
/// and --params.
void add_cypher_options(CLI::App& command, CypherOptions& options);

/// The parameters --params and --param give (--param wins for a name in both). Throws graph::InputError.
cypher::Parameters read_parameters(const CypherOptions& options);

/// How statements run: the evidence filter resolved against the graph, the limits, an optional cancel flag.
cypher::RunOptions run_options(const graph::Graph& graph, const CypherOptions& options,
                               const std::atomic<bool>* cancel);

/// Prepares and runs one statement of `text` (the whole query or script, named `source_name`), printing warnings
/// on stderr. An error in it is printed there too, with its line and a caret, and thrown as ExitStatus{2}.
query::ResultTable run_statement(const graph::Graph& graph, const cypher::ScriptStatement& statement,
                                 std::string_view text, std::string_view source_name,
                                 const cypher::Parameters& parameters, const CypherOptions& options,
                                 const cypher::RunOptions& run);

}  // namespace kg::cli
