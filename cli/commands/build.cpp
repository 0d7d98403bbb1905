// kg build INPUT... -o GRAPH [--strict] [--quiet]: reads fact files into one graph file.
#include <fmt/format.h>

#include <filesystem>
#include <memory>

#include "commands/command.h"
#include "diagnostics.h"
#include "kg/graph/builder.h"
#include "kg/graph/graph_file.h"
#include "kg/ingest/reader.h"
#include "output.h"

namespace kg::cli {
namespace {

struct BuildCommandOptions {
  std::vector<std::string> inputs;
  std::string output;
  bool strict = false;
  bool quiet = false;
};

void run_build(const BuildCommandOptions& options) {
  std::size_t warnings = 0;
  const graph::WarningSink warn = [&](const graph::SourceLocation& where, std::string_view message) {
    ++warnings;
    if (!options.quiet) print_diagnostic("warning", where, message);
  };
  graph::GraphBuilder builder({.strict = options.strict, .warn = warn});
  const auto size_of = [](const std::string& path) {
    std::error_code error;
    const std::uintmax_t size = std::filesystem::file_size(path, error);
    return error ? std::uint64_t{0} : std::uint64_t{size};
  };
  std::uint64_t total_bytes = 0;
  for (const std::string& input : options.inputs) total_bytes += size_of(input);
  ProgressBar progress("kg build", "facts", options.quiet);
  std::uint64_t finished_bytes = 0;
  for (const std::string& input : options.inputs) {
    ingest::ReadOptions read_options;
    read_options.warn = warn;
    read_options.progress = [&](std::uint64_t done, std::uint64_t) {
      progress.update(finished_bytes + done, total_bytes, builder.fact_count());
    };
    ingest::read_input(input, builder, read_options);
    finished_bytes += size_of(input);
  }
  const std::size_t facts = builder.fact_count();
  const graph::Graph graph = builder.build();
  graph::save_graph_file(graph, options.output);
  progress.finish();
  if (!options.quiet) {
    fmt::print(stderr, "kg: wrote {}: {} nodes, {} edges from {} facts{}\n", options.output, graph.node_count(),
               graph.edge_count(), facts, warnings == 0 ? "" : fmt::format(" ({} warnings)", warnings));
  }
}

}  // namespace

void add_build_command(CLI::App& app) {
  auto options = std::make_shared<BuildCommandOptions>();
  CLI::App* command = app.add_subcommand("build", "Build a graph file from fact files (JSON, JSON Lines, CSV, TSV)");
  command->add_option("inputs", options->inputs, "Input files: .json, .jsonl/.ndjson, .csv, .tsv")
      ->required()
      ->check(CLI::ExistingFile);
  command->add_option("-o,--output", options->output, "Graph file to write (e.g. case.kg)")->required();
  command->add_flag("--strict", options->strict, "Make a reference to an undeclared entity an error");
  command->add_flag("-q,--quiet", options->quiet, "No warnings, progress or summary on stderr");
  command->callback([options] { run_build(*options); });
}

}  // namespace kg::cli
