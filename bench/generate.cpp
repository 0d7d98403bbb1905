// kg_bench_generate --size medium -o DIR   (or --nodes N --facts F): writes one benchmark data set.
#include <fmt/format.h>
#include <CLI/CLI.hpp>

#include <chrono>
#include <exception>

#include "generator.h"

int main(int argc, char** argv) {
  CLI::App app("Writes a deterministic analyst-like benchmark graph as JSON Lines, CSV and query pairs");
  std::string size;
  std::string folder;
  kg::bench::GeneratorOptions options;
  app.add_option("--size", size, "small (10k/50k), medium (200k/1M) or large (1M/5M nodes/facts)");
  app.add_option("--nodes", options.nodes, "number of entities (instead of --size)");
  app.add_option("--facts", options.facts, "number of facts (instead of --size)");
  app.add_option("--seed", options.seed, "random seed")->capture_default_str();
  app.add_option("-o,--output", folder, "folder to write the files into")->required();
  CLI11_PARSE(app, argc, argv);
  try {
    if (!size.empty()) {
      const auto preset = kg::bench::find_size_preset(size);
      if (!preset) throw CLI::ValidationError("--size", "expected small, medium or large, got " + size);
      options.nodes = preset->nodes;
      options.facts = preset->facts;
    }
    const auto start = std::chrono::steady_clock::now();
    const kg::bench::GeneratedGraph graph = kg::bench::generate_graph(options);
    kg::bench::write_dataset(graph, folder);
    const std::chrono::duration<double> took = std::chrono::steady_clock::now() - start;
    fmt::print("wrote {} nodes, {} facts, {} queries to {} in {:.1f} s\n", graph.node_count(), graph.facts.size(),
               graph.queries.size(), folder, took.count());
  } catch (const CLI::Error& error) {
    return app.exit(error);
  } catch (const std::exception& error) {
    fmt::print(stderr, "kg_bench_generate: error: {}\n", error.what());
    return 2;
  }
  return 0;
}
