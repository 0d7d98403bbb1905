// analytics_bench --graph FILE [--only NAMES] [--samples K] [--runs N] [--json FILE]: the time of each
// kg::analytics measure on a graph file (bench/compare-peers builds one per generated size). Every time includes
// compiling the Snapshot the measure runs on (a fresh one per run), as `kg rank` pays it; the snapshot alone is
// reported too. Exact betweenness runs only when asked for by --only (it takes minutes above the small size).
// Prints a table; --json writes the same numbers for bench/compare-peers.
#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <chrono>
#include <exception>
#include <fstream>
#include <functional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "kg/analytics/betweenness.h"
#include "kg/analytics/brokers.h"
#include "kg/analytics/closeness.h"
#include "kg/analytics/communities.h"
#include "kg/analytics/components.h"
#include "kg/analytics/coreness.h"
#include "kg/analytics/degree.h"
#include "kg/analytics/page_rank.h"
#include "kg/analytics/snapshot.h"
#include "kg/graph/graph_file.h"

namespace {

namespace fs = std::filesystem;
using kg::analytics::Snapshot;
using kg::query::Direction;

struct Options {
  std::string graph;
  std::vector<std::string> only;
  std::uint32_t samples = 100;
  int runs = 3;
  unsigned threads = 0;
  std::string json;
};

/// One measure: its name, what it computes after the snapshot, and a sanity figure printed beside it.
struct Measure {
  std::string name;
  Direction direction;
  std::function<double(const Snapshot&)> run;  // returns the sanity figure
};

double largest(const std::vector<double>& values) { return *std::max_element(values.begin(), values.end()); }

void run(const Options& options) {
  const kg::graph::Graph graph = kg::graph::load_graph_file(options.graph);
  fmt::print("kg::analytics on {} ({} nodes, {} edges), best of {} runs\n", options.graph, graph.node_count(),
             graph.edge_count(), options.runs);
  const kg::analytics::Sampling exact{.exact_limit = ~0ULL}, sampled{.samples = options.samples};
  const std::vector<Measure> measures = {
      {"snapshot_out", Direction::out, [](const Snapshot& s) { return double(s.forward().arc_count()); }},
      {"snapshot_both", Direction::both, [](const Snapshot& s) { return double(s.forward().arc_count()); }},
      {"degree", Direction::both, [](const Snapshot& s) { return largest(kg::analytics::degree(s)); }},
      {"pagerank", Direction::out,
       [&](const Snapshot& s) { return double(kg::analytics::page_rank(s, {.threads = options.threads}).iterations); }},
      {"wcc", Direction::both, [](const Snapshot& s) { return double(kg::analytics::weak_components(s).count()); }},
      {"scc", Direction::out, [](const Snapshot& s) { return double(kg::analytics::strong_components(s).count()); }},
      {"coreness", Direction::both,
       [](const Snapshot& s) {
         const std::vector<std::uint32_t> core = kg::analytics::coreness(s);
         return double(*std::max_element(core.begin(), core.end()));
       }},
      {"betweenness_exact", Direction::both,
       [&](const Snapshot& s) {
         return largest(kg::analytics::betweenness(s, {.sampling = exact, .threads = options.threads}).values);
       }},
      {"betweenness_sampled", Direction::both,
       [&](const Snapshot& s) {
         return largest(kg::analytics::betweenness(s, {.sampling = sampled, .threads = options.threads}).values);
       }},
      {"louvain", Direction::both, [](const Snapshot& s) { return kg::analytics::louvain(s).modularity; }},
      {"leiden", Direction::both, [](const Snapshot& s) { return kg::analytics::leiden(s).modularity; }},
      {"brokers", Direction::both, [](const Snapshot& s) { return double(kg::analytics::brokers(s).entities.size()); }},
      {"harmonic_sampled", Direction::both,
       [&](const Snapshot& s) {
         return largest(kg::analytics::harmonic(s, {.sampling = sampled, .threads = options.threads}).values);
       }},
  };
  std::vector<std::pair<std::string, double>> results;
  for (const Measure& measure : measures) {
    const bool asked = std::find(options.only.begin(), options.only.end(), measure.name) != options.only.end();
    if (options.only.empty() ? measure.name == "betweenness_exact" : !asked) continue;
    double best = 1e300, figure = 0;
    for (int r = 0; r < options.runs; ++r) {
      const auto start = std::chrono::steady_clock::now();
      const Snapshot snapshot(graph, {.filter = {.direction = measure.direction}});
      figure = measure.run(snapshot);
      best = std::min(best, std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
    }
    fmt::print("  {:<24} {:>10.4f} s   ({:.6g})\n", measure.name, best, figure);
    std::fflush(stdout);
    results.emplace_back(measure.name + "_s", best);
  }
  if (options.json.empty()) return;
  std::ofstream out(options.json);
  out << "{\n";
  for (std::size_t i = 0; i < results.size(); ++i) {
    out << fmt::format("  \"{}\": {:.9g}{}\n", results[i].first, results[i].second, i + 1 < results.size() ? "," : "");
  }
  out << "}\n";
  if (!out) throw std::runtime_error("cannot write " + options.json);
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app("Times each kg::analytics measure on a graph file");
  Options options;
  app.add_option("--graph", options.graph, "graph file built by kg build")->required();
  app.add_option("--only", options.only, "measure only these (comma-separated)")->delimiter(',');
  app.add_option("--samples", options.samples, "pivots of the sampled betweenness")->default_str("100");
  app.add_option("--threads", options.threads, "threads for the measures that use several (0: every core)")
      ->default_str("0");
  app.add_option("--runs", options.runs, "runs per measure; the best is reported")->default_str("3");
  app.add_option("--json", options.json, "also write the results to this JSON file");
  CLI11_PARSE(app, argc, argv);
  try {
    run(options);
  } catch (const std::exception& error) {
    fmt::print(stderr, "analytics_bench: error: {}\n", error.what());
    return 2;
  }
  return 0;
}
