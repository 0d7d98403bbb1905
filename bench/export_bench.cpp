// export_bench [--size small,medium] [--runs N] [--cache DIR] [--out DIR]: export speed of kg::io::export_graph
// for every format on graphs from the shared generator, read through kg::ingest from its JSON Lines data set (so
// names, sources, dates, confidences and quotes are all there). Prints one Markdown table row per format: output
// size, best time of N runs (AtomicFile commit with fsync included) and MB/s. Write to a tmpfs (/dev/shm, the
// default) to measure the writer rather than the disk.
#include <fmt/format.h>
#include <CLI/CLI.hpp>

#include <chrono>
#include <filesystem>
#include <string>
#include <vector>

#include "generator.h"
#include "kg/export/export.h"
#include "kg/graph/builder.h"
#include "kg/graph/graph_file.h"
#include "kg/ingest/jsonl_reader.h"

namespace {

namespace fs = std::filesystem;

/// The generated graph of a preset, built from its JSON Lines data set and kept in `cache` between runs.
kg::graph::Graph graph_for(const kg::bench::SizePreset& preset, const fs::path& cache) {
  const fs::path file = cache / fmt::format("export-bench-{}.kg", preset.name);
  if (fs::exists(file)) return kg::graph::load_graph_file(file);
  const fs::path folder = cache / fmt::format("export-bench-{}", preset.name);
  kg::bench::write_dataset(kg::bench::generate_graph({.nodes = preset.nodes, .facts = preset.facts}), folder);
  kg::graph::GraphBuilder builder;
  for (const fs::path& input : kg::bench::DatasetFiles(folder).jsonl_inputs()) {
    kg::ingest::read_json_lines_file(input, builder);
  }
  kg::graph::Graph graph = builder.build();
  kg::graph::save_graph_file(graph, file);
  return graph;
}

std::uintmax_t size_of(const fs::path& path) {
  if (!fs::is_directory(path)) return fs::file_size(path);
  std::uintmax_t total = 0;
  for (const auto& entry : fs::directory_iterator(path)) total += entry.file_size();
  return total;
}

void run(const kg::bench::SizePreset& preset, int runs, const fs::path& cache, const fs::path& out) {
  const kg::graph::Graph graph = graph_for(preset, cache);
  struct Target {
    std::string_view name;
    kg::io::ExportFormat format;
    std::string_view file;
  };
  const Target targets[] = {{"graphml", kg::io::ExportFormat::graphml, "bench.graphml"},
                            {"gexf", kg::io::ExportFormat::gexf, "bench.gexf"},
                            {"dot", kg::io::ExportFormat::dot, "bench.dot"},
                            {"cytoscape", kg::io::ExportFormat::cytoscape, "bench.cyjs"},
                            {"neo4j-csv", kg::io::ExportFormat::neo4j_csv, "bench-neo4j"}};
  for (const Target& target : targets) {
    const fs::path path = out / target.file;
    double best = 1e300;
    for (int i = 0; i < runs; ++i) {
      const auto start = std::chrono::steady_clock::now();
      kg::io::export_graph(graph, nullptr, path, {.format = target.format});
      best = std::min(best, std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
    }
    const double megabytes = static_cast<double>(size_of(path)) / 1e6;
    fmt::print("| {} | {} nodes, {} edges | {} | {:.1f} MB | {:.3f} s | {:.0f} MB/s |\n", preset.name,
               graph.node_count(), graph.edge_count(), target.name, megabytes, best, megabytes / best);
    fs::remove_all(path);
  }
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"export_bench: export speed per format"};
  std::vector<std::string> sizes{"small"};
  int runs = 3;
  std::string cache = (fs::temp_directory_path() / "kg-export-bench").string();
  std::string out = fs::exists("/dev/shm") ? "/dev/shm" : fs::temp_directory_path().string();
  app.add_option("--size", sizes, "Size presets: small, medium (200k/1M), large (1M/5M)")->delimiter(',');
  app.add_option("--runs", runs, "Runs per format; the best is reported")->check(CLI::PositiveNumber);
  app.add_option("--cache", cache, "Folder keeping the data sets and built graphs between runs");
  app.add_option("--out", out, "Folder the exports are written to (and removed from)");
  CLI11_PARSE(app, argc, argv);
  fs::create_directories(cache);
  fmt::print("| size | graph | format | output | best time | speed |\n|---|---|---|---|---|---|\n");
  for (const std::string& size : sizes) {
    const auto preset = kg::bench::find_size_preset(size);
    if (!preset) {
      fmt::print(stderr, "export_bench: unknown size {}\n", size);
      return 2;
    }
    run(*preset, runs, cache, out);
  }
  return 0;
}
