// kg build INPUT... -o GRAPH [--strict] [--quiet] [--map MAPPING] [--input-format FORMAT] [GraphML/GEXF attribute
// options]: reads fact files (or standard input, `-`) into one graph file.
#include <fmt/format.h>

#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <stdexcept>
#include <system_error>
#include <thread>
#ifdef __linux__
#include <malloc.h>
#endif

#include "commands/command.h"
#include "diagnostics.h"
#include "kg/graph/builder.h"
#include "kg/graph/graph_file.h"
#include "kg/graph/text.h"
#include "kg/ingest/csv_mapping.h"
#include "kg/ingest/reader.h"
#include "kg/ingest/source_lines.h"
#include "output.h"
#include "warning_limit.h"

namespace kg::cli {
namespace {

struct BuildCommandOptions {
  std::vector<std::string> inputs;
  std::string output;
  bool strict = false;
  bool quiet = false;
  std::string warnings = "some";
  ingest::GraphAttributes graph_attributes;
  std::string map;
  std::optional<ingest::InputFormat> input_format;
  unsigned threads = std::thread::hardware_concurrency() >= 2 ? 2 : 1;
};

/// Standard input is read through its device, so that every reader streams it as it streams a file.
constexpr const char* kStandardInput = "/dev/stdin";

/// The file an input names: standard input's device for `-`.
std::string path_of(const std::string& input) { return input == "-" ? kStandardInput : input; }

/// Refuses an input given twice (by two names, or through a link): it would state every one of its facts twice.
void refuse_repeated_inputs(const std::vector<std::string>& inputs) {
  for (std::size_t i = 1; i < inputs.size(); ++i) {
    for (std::size_t j = 0; j < i; ++j) {
      std::error_code unreadable;  // reported when it is read
      if (inputs[i] == inputs[j] || std::filesystem::equivalent(inputs[i], inputs[j], unreadable)) {
        throw std::runtime_error(
            fmt::format("input {} is the same file as input {}: give each input once (it would "
                        "state each of its facts twice)",
                        inputs[i], inputs[j]));
      }
    }
  }
}

/// Reads every input and writes the graph; returns the graph and the number of facts read.
std::pair<graph::Graph, std::size_t> read_and_save(const BuildCommandOptions& options, const graph::WarningSink& warn,
                                                   std::map<std::string, ingest::SourceLines, std::less<>>& lines) {
  graph::GraphBuilder builder({.strict = options.strict, .warn = warn});
  std::optional<ingest::CsvMapping> mapping;
  if (!options.map.empty()) mapping = ingest::load_csv_mapping(options.map);
  const auto size_of = [](const std::string& path) {
    std::error_code error;
    const std::uintmax_t size = std::filesystem::file_size(path, error);
    return error ? std::uint64_t{0} : std::uint64_t{size};
  };
  if (!options.input_format) {
    for (const std::string& input : options.inputs) {
      if (input == "-") throw CLI::ValidationError("inputs", "reading standard input (-) needs --input-format");
    }
  }
  std::uint64_t total_bytes = 0;
  for (const std::string& input : options.inputs) total_bytes += size_of(input);
  ProgressBar progress("kg build", "facts", options.quiet);
  std::uint64_t finished_bytes = 0;
  for (const std::string& input : options.inputs) {
    ingest::ReadOptions read_options;
    read_options.warn = warn;
    read_options.lines = &lines.at(path_of(input));
    read_options.graph_attributes = options.graph_attributes;
    read_options.csv_mapping = mapping ? &*mapping : nullptr;
    read_options.parse_ahead = options.threads >= 2;
    read_options.progress = [&](std::uint64_t done, std::uint64_t) {
      progress.update(finished_bytes + done, total_bytes, builder.fact_count());
    };
    if (options.input_format) {
      ingest::read_input(path_of(input), *options.input_format, builder, read_options);
    } else {
      ingest::read_input(input, builder, read_options);
    }
    finished_bytes += size_of(input);
  }
  const std::size_t facts = builder.fact_count();
  graph::Graph graph = builder.build();
  graph::save_graph_file(graph, options.output);
  progress.finish();
  return {std::move(graph), facts};
}

/// Has large blocks come from the kernel and go back to it when freed. glibc otherwise raises its threshold for that
/// after the first large block is freed (up to 32 MiB), and the builder's columns, freed one by one as the graph is
/// laid out, then stay resident: a build of 1M facts peaked at 202 MB instead of 134.
void return_freed_blocks() {
#ifdef M_MMAP_THRESHOLD
  constexpr int kLargeBlock = 128 * 1024;  // glibc's default, kept fixed
  mallopt(M_MMAP_THRESHOLD, kLargeBlock);
#endif
}

void run_build(const BuildCommandOptions& options) {
  return_freed_blocks();
  if (options.output == "-") {
    throw std::invalid_argument("a graph file cannot go to standard output (kg maps it from disk): give -o FILE");
  }
  refuse_repeated_inputs(options.inputs);
  std::vector<std::filesystem::path> read_files(options.inputs.begin(), options.inputs.end());
  if (!options.map.empty()) read_files.emplace_back(options.map);
  refuse_overwriting_inputs({options.output}, read_files);
  // Each input's lines as its reader passes them, so that a diagnostic quotes its line without re-reading.
  std::map<std::string, ingest::SourceLines, std::less<>> lines;
  for (const std::string& input : options.inputs) lines.try_emplace(path_of(input), path_of(input));
  const auto lines_of = [&](const std::string& file) {
    const auto found = lines.find(file);
    return found == lines.end() ? nullptr : &found->second;
  };
  constexpr std::size_t kShownPerKind = 5;
  WarningLimit limit(options.warnings == "all" ? 0 : kShownPerKind);
  const graph::WarningSink warn = [&](const graph::SourceLocation& where, std::string_view message) {
    if (!options.quiet) limit.warn(where, message, lines_of(where.file));
  };
  try {
    const auto [graph, facts] = read_and_save(options, warn, lines);
    if (!options.quiet) {
      limit.print_summary();
      const std::size_t warnings = limit.count();
      fmt::print(stderr, "kg: wrote {}: {} nodes, {} edges from {} facts{}\n", graph::escape_controls(options.output),
                 graph.node_count(), graph.edge_count(), facts,
                 warnings == 0 ? "" : fmt::format(" ({} warnings)", warnings));
    }
  } catch (const graph::InputError& error) {
    print_diagnostic("error", error.where(), error.message(), lines_of(error.where().file));
    throw ExitStatus{2};
  }
}

}  // namespace

void add_build_command(CLI::App& app) {
  auto options = std::make_shared<BuildCommandOptions>();
  CLI::App* command = app.add_subcommand(
      "build", "Build a graph file from fact files (JSON, JSON Lines, CSV, TSV), graphs (GraphML, GEXF) and FtM");
  command
      ->add_option("inputs", options->inputs,
                   "Input files: .json, .jsonl/.ndjson, .csv, .tsv, .graphml, .gexf, .ftm.json (FollowTheMoney); - for "
                   "standard input (with --input-format)")
      ->required()
      ->check(CLI::ExistingFile | CLI::IsMember({"-"}));
  command->add_option("-o,--output", options->output, "Graph file to write (e.g. case.kg)")->required();
  command->add_flag("--strict", options->strict, "Make a reference to an undeclared entity an error");
  command->add_flag("-q,--quiet", options->quiet, "No warnings, progress or summary on stderr");
  command
      ->add_option("--warnings", options->warnings,
                   "some: the first 5 warnings of each kind, then a count per kind; all: every warning")
      ->check(CLI::IsMember({"some", "all"}))
      ->default_str("some");
  command
      ->add_option("--map", options->map,
                   "Read CSV/TSV inputs by this mapping of their columns (docs/FORMAT.md, \"CSV by mapping\")")
      ->type_name("MAPPING.json")
      ->check(CLI::ExistingFile);
  command
      ->add_option_function<std::string>(
          "--input-format",
          [options](const std::string& name) { options->input_format = ingest::parse_format_name(name); },
          "Read every input as this format, whatever its name: json, jsonl, csv, tsv, graphml, gexf or ftm")
      ->type_name("FORMAT")
      ->check(CLI::IsMember({"json", "jsonl", "ndjson", "csv", "tsv", "graphml", "gexf", "ftm"}, CLI::ignore_case));
  ingest::GraphAttributes& attributes = options->graph_attributes;
  command->add_option("--type-attribute", attributes.type, "GraphML/GEXF node attribute holding the entity type")
      ->type_name("NAME")
      ->default_str(attributes.type);
  command
      ->add_option_function<std::string>(
          "--predicate-attribute", [&attributes](const std::string& name) { attributes.predicate = {name}; },
          "GraphML/GEXF edge attribute holding the predicate (default: predicate, kind, then label)")
      ->type_name("NAME");
  command->add_option("--default-predicate", attributes.default_predicate, "Predicate of edges without one")
      ->type_name("PREDICATE")
      ->default_str(attributes.default_predicate);
  command
      ->add_option("--threads", options->threads,
                   "1: read and build on one thread; 2: read JSON Lines and FtM files, and read and parse CSV/TSV "
                   "files, on a second thread ahead of the build (the same graph file, warnings and errors; default "
                   "2 on a machine of 2 cores or more)")
      ->type_name("1|2")
      ->check(CLI::Range(1, 2).description(""))
      ->default_str(std::to_string(options->threads));
  command->callback([options] { run_build(*options); });
}

}  // namespace kg::cli
