// kg_bench --data DIR [--work DIR] [--json FILE]: the issue-5 measurements of kg on one generated data set
// (kg_bench_generate): ingest, graph file, memory, shortest path, 2-hop, PageRank and GraphML. Prints a table;
// --json writes the same numbers for bench/compare-peers.
#include <fmt/format.h>
#include <CLI/CLI.hpp>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <exception>
#include <fstream>
#include <string>
#include <utility>
#include <vector>

#include "generator.h"
#include "kg/analytics/page_rank.h"
#include "kg/export/export.h"
#include "kg/graph/builder.h"
#include "kg/graph/graph_file.h"
#include "kg/ingest/reader.h"
#include "kg/query/neighbourhood.h"
#include "kg/query/paths.h"

namespace {

namespace fs = std::filesystem;
using kg::graph::Graph;
using kg::graph::NodeId;

double seconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

/// Results in insertion order, printed as a table and written as one flat JSON object.
class Report {
 public:
  void add(std::string name, double value, std::string unit) {
    fmt::print("  {:<28} {:>14.6g} {}\n", name, value, unit);
    std::fflush(stdout);
    rows_.emplace_back(std::move(name), value);
  }
  void write_json(const fs::path& file) const {
    std::ofstream out(file);
    out << "{\n";
    for (std::size_t i = 0; i < rows_.size(); ++i) {
      out << fmt::format("  \"{}\": {:.9g}{}\n", rows_[i].first, rows_[i].second, i + 1 < rows_.size() ? "," : "");
    }
    out << "}\n";
    if (!out) throw std::runtime_error("cannot write " + file.string());
  }

 private:
  std::vector<std::pair<std::string, double>> rows_;
};

/// Median and 99th percentile (nearest rank) of latencies, in milliseconds.
void add_latencies(Report& report, const std::string& name, std::vector<double> seconds) {
  std::sort(seconds.begin(), seconds.end());
  const auto rank = [&](double share) {
    const auto index = static_cast<std::size_t>(std::ceil(share * static_cast<double>(seconds.size())));
    return seconds[std::max<std::size_t>(index, 1) - 1] * 1e3;
  };
  report.add(name + "_p50_ms", rank(0.5), "ms");
  report.add(name + "_p99_ms", rank(0.99), "ms");
}

Graph ingest(const std::vector<fs::path>& inputs, const std::string& name, std::size_t facts, Report& report) {
  const auto start = std::chrono::steady_clock::now();
  kg::graph::GraphBuilder builder;
  for (const fs::path& input : inputs) kg::ingest::read_input(input, builder);
  const double read = seconds_since(start);
  Graph graph = builder.build();
  const double total = seconds_since(start);
  report.add("ingest_" + name + "_read_s", read, "s");
  report.add("ingest_" + name + "_build_s", total - read, "s");
  report.add("ingest_" + name + "_facts_per_s", static_cast<double>(facts) / total, "facts/s");
  return graph;
}

NodeId resolve(const Graph& graph, const std::string& key) {
  const std::vector<NodeId> found = graph.find_nodes(key);
  if (found.size() != 1)
    throw std::runtime_error(fmt::format("query node \"{}\" resolves to {} nodes", key, found.size()));
  return found.front();
}

void measure_queries(const Graph& graph, const std::vector<std::pair<std::string, std::string>>& queries,
                     Report& report) {
  std::vector<std::pair<NodeId, NodeId>> pairs;
  for (const auto& [from, to] : queries) pairs.emplace_back(resolve(graph, from), resolve(graph, to));
  if (pairs.empty()) return;
  kg::query::Workspace workspace;
  kg::query::shortest_path(graph, pairs.front().first, pairs.front().second, {}, workspace);  // sizes the workspace

  std::vector<double> latencies;
  std::size_t found = 0, hops = 0;
  for (auto [from, to] : pairs) {
    const auto start = std::chrono::steady_clock::now();
    const auto path = kg::query::shortest_path(graph, from, to, {}, workspace);
    latencies.push_back(seconds_since(start));
    if (path) {
      ++found;
      hops += path->length();
    }
  }
  add_latencies(report, "shortest_path", std::move(latencies));
  report.add("shortest_path_found", static_cast<double>(found), "pairs");
  report.add("shortest_path_mean_hops", found != 0 ? static_cast<double>(hops) / static_cast<double>(found) : 0,
             "hops");

  // 2-hop: the nodes (and distances) only, then with the edges among them (what `kg neighbours` shows).
  for (const bool edges : {false, true}) {
    latencies.clear();
    std::vector<double> sizes;
    for (auto [from, to] : pairs) {
      const auto start = std::chrono::steady_clock::now();
      const kg::query::Neighbourhood around =
          kg::query::neighbourhood(graph, {&from, 1}, {.depth = 2, .edges = edges}, workspace);
      latencies.push_back(seconds_since(start));
      sizes.push_back(static_cast<double>(edges ? around.edges.size() : around.nodes.size()));
    }
    const std::string name = edges ? "two_hop_edges" : "two_hop";
    add_latencies(report, name, std::move(latencies));
    std::sort(sizes.begin(), sizes.end());
    report.add(name + (edges ? "_median_edges" : "_median_nodes"), sizes[sizes.size() / 2], edges ? "edges" : "nodes");
  }
}

void run(const fs::path& data, const fs::path& work, const fs::path& json) {
  const kg::bench::DatasetFiles files(data);
  const auto queries = kg::bench::read_queries(files.queries);
  std::size_t facts = 0;
  {
    std::ifstream in(files.facts_csv);
    for (std::string line; std::getline(in, line);) ++facts;
    facts -= 1;  // the header
  }
  Report report;
  fmt::print("kg on {} ({} facts, {} query pairs)\n", data.string(), facts, queries.size());
  report.add("facts", static_cast<double>(facts), "facts");
  report.add("queries", static_cast<double>(queries.size()), "pairs");
  const Graph from_jsonl = ingest(files.jsonl_inputs(), "jsonl", facts, report);
  {
    const Graph from_csv = ingest(files.csv_inputs(), "csv", facts, report);
    if (from_csv.node_count() != from_jsonl.node_count() || from_csv.edge_count() != from_jsonl.edge_count() ||
        from_csv.provenance_count() != from_jsonl.provenance_count()) {
      throw std::runtime_error("the JSON Lines and CSV files gave different graphs");
    }
  }
  report.add("nodes", from_jsonl.node_count(), "nodes");
  report.add("edges", from_jsonl.edge_count(), "edges");

  fs::create_directories(work);
  const fs::path graph_file = work / "graph.kg";
  auto start = std::chrono::steady_clock::now();
  kg::graph::save_graph_file(from_jsonl, graph_file);
  report.add("save_s", seconds_since(start), "s");
  report.add("file_mb", static_cast<double>(fs::file_size(graph_file)) / 1e6, "MB");
  std::vector<double> loads;
  Graph graph;
  for (int i = 0; i < 5; ++i) {
    start = std::chrono::steady_clock::now();
    graph = kg::graph::load_graph_file(graph_file);
    loads.push_back(seconds_since(start));
  }
  std::sort(loads.begin(), loads.end());
  report.add("load_s", loads[loads.size() / 2], "s (median of 5, warm cache)");

  const kg::graph::MemoryUsage memory = graph.memory_usage();
  const double nodes = graph.node_count(), edges = std::max<double>(graph.edge_count(), 1);
  report.add("structure_bytes_per_edge", static_cast<double>(memory.structure) / edges, "B/edge");
  report.add("structure_vs_budget", static_cast<double>(memory.structure) / (24 * edges + 60 * nodes),
             "x of 24 B/edge + 60 B/node");
  report.add("strings_mb", static_cast<double>(memory.strings) / 1e6, "MB");
  report.add("provenance_mb", static_cast<double>(memory.provenance) / 1e6, "MB");
  report.add("properties_mb", static_cast<double>(memory.properties) / 1e6, "MB");
  report.add("total_bytes_per_edge", static_cast<double>(memory.total()) / edges, "B/edge");

  measure_queries(graph, queries, report);

  start = std::chrono::steady_clock::now();
  const kg::analytics::Snapshot snapshot(graph, {.filter = {.direction = kg::query::Direction::out}});
  const kg::analytics::PageRankResult ranks = kg::analytics::page_rank(snapshot);
  report.add("pagerank_s", seconds_since(start), "s (snapshot + power iteration to 1e-10)");
  report.add("pagerank_iterations", ranks.iterations, "iterations");
  report.add("pagerank_max", *std::max_element(ranks.values.begin(), ranks.values.end()),
             "(sanity: the top node's rank)");

  const fs::path graphml = work / "graph.graphml";
  start = std::chrono::steady_clock::now();
  kg::io::export_graph(graph, nullptr, graphml, {});
  const double took = seconds_since(start);
  report.add("graphml_s", took, "s");
  report.add("graphml_mb_per_s", static_cast<double>(fs::file_size(graphml)) / 1e6 / took, "MB/s");
  if (!json.empty()) report.write_json(json);
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app("Measures kg on a data set written by kg_bench_generate");
  std::string data, work, json;
  app.add_option("--data", data, "the data set's folder")->required();
  app.add_option("--work", work, "where to write graph.kg and graph.graphml (default: the data folder)");
  app.add_option("--json", json, "also write the results to this JSON file");
  CLI11_PARSE(app, argc, argv);
  try {
    run(data, work.empty() ? data : work, json);
  } catch (const std::exception& error) {
    fmt::print(stderr, "kg_bench: error: {}\n", error.what());
    return 2;
  }
  return 0;
}
