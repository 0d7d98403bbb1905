// query_bench [--size medium,large] [--queries N] [--cache DIR]: path and neighbourhood latency of kg::query on
// graphs from the shared generator (power-law degrees, a few hubs), graph already loaded, one Workspace reused.
// Prints one Markdown table row per query kind: median, p99 and mean over the random (from, to) pairs.
#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <chrono>
#include <cmath>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "generator.h"
#include "kg/graph/builder.h"
#include "kg/graph/graph_file.h"
#include "kg/query/neighbourhood.h"
#include "kg/query/paths.h"

namespace {

namespace fs = std::filesystem;
using kg::graph::Graph;
using kg::graph::NodeId;

/// The generated graph through GraphBuilder (no files), with sources, dates and confidences; quotes are left out
/// as queries never read them.
Graph build(const kg::bench::GeneratedGraph& generated) {
  kg::graph::GraphBuilder builder;
  std::uint32_t file = builder.add_file("generated");
  std::vector<std::string> sources(generated.source_count + 1);
  for (std::uint32_t s = 1; s <= generated.source_count; ++s) {
    sources[s] = fmt::format("src-{}", s);
    builder.add_source({.id = sources[s], .title = "", .url = "", .date = {}}, {file, 0, 0});
  }
  std::vector<std::string> keys(generated.node_count());
  for (std::uint32_t n = 0; n < generated.node_count(); ++n) {
    keys[n] = generated.node_key(n);
    std::string name = generated.node_name(n);
    builder.add_entity({.id = keys[n],
                        .type = kg::bench::entity_type_names()[generated.node_type[n]],
                        .name = name,
                        .aliases = {},
                        .props = {},
                        .at = {file, 0, 0}});
  }
  for (const kg::bench::GeneratedFact& fact : generated.facts) {
    kg::graph::FactRecord record;
    record.subject.text = keys[fact.subject];
    record.object.text = keys[fact.object];
    record.predicate = kg::bench::predicate_names()[fact.predicate];
    record.source = sources[fact.source];
    record.date = kg::graph::PartialDate{fact.date};
    if (fact.confidence_percent != 0) record.confidence = static_cast<float>(fact.confidence_percent) / 100.0f;
    builder.add_fact(record);
  }
  return builder.build();
}

/// The graph of a size preset, from `cache` when an earlier run left it there.
Graph graph_for(const kg::bench::GeneratedGraph& generated, const std::string& name, const fs::path& cache) {
  fs::path file = cache / fmt::format("query-bench-{}.kg", name);
  if (!cache.empty() && fs::exists(file)) return kg::graph::load_graph_file(file);
  Graph graph = build(generated);
  if (!cache.empty()) {
    fs::create_directories(cache);
    kg::graph::save_graph_file(graph, file);
  }
  return graph;
}

struct Latency {
  double median_ms, p99_ms, mean_ms;
};

Latency summarise(std::vector<double> seconds) {
  std::sort(seconds.begin(), seconds.end());
  auto rank = [&](double share) {
    auto index = static_cast<std::size_t>(std::ceil(share * static_cast<double>(seconds.size())));
    return seconds[std::max<std::size_t>(index, 1) - 1] * 1e3;
  };
  double total = 0;
  for (double s : seconds) total += s;
  return {rank(0.5), rank(0.99), total / static_cast<double>(seconds.size()) * 1e3};
}

/// Query kinds to measure: those whose name contains this text (--only).
std::string g_only;

/// Times `query` on every pair; `query` returns a size to report (hops or nodes), or -1 for "nothing found".
void measure(const std::string& size, const std::string& kind, const std::vector<std::pair<NodeId, NodeId>>& pairs,
             const std::function<double(NodeId, NodeId)>& query) {
  if (kind.find(g_only) == std::string::npos) return;
  std::vector<double> seconds, sizes;
  for (auto [from, to] : pairs) {
    auto start = std::chrono::steady_clock::now();
    double result = query(from, to);
    seconds.push_back(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
    if (result >= 0) sizes.push_back(result);
  }
  Latency latency = summarise(seconds);
  std::sort(sizes.begin(), sizes.end());
  fmt::print("| {} | {} | {:.4f} | {:.3f} | {:.4f} | {}/{} | {} |\n", size, kind, latency.median_ms, latency.p99_ms,
             latency.mean_ms, sizes.size(), pairs.size(), sizes.empty() ? 0 : sizes[sizes.size() / 2]);
  std::fflush(stdout);
}

void run(const kg::bench::SizePreset& preset, std::uint32_t queries, const fs::path& cache) {
  auto start = std::chrono::steady_clock::now();
  kg::bench::GeneratedGraph generated =
      kg::bench::generate_graph({.nodes = preset.nodes, .facts = preset.facts, .queries = queries});
  Graph graph = graph_for(generated, std::string(preset.name), cache);
  fmt::print(stderr, "{}: {} nodes, {} edges ready in {:.1f} s\n", preset.name, graph.node_count(), graph.edge_count(),
             std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
  std::vector<std::pair<NodeId, NodeId>> pairs;
  for (auto [from, to] : generated.queries) {
    pairs.emplace_back(graph.find_nodes(generated.node_key(from)).at(0),
                       graph.find_nodes(generated.node_key(to)).at(0));
  }
  std::string size = fmt::format("{}k / {}M", preset.nodes / 1000, static_cast<double>(preset.facts) / 1e6);
  kg::query::Workspace workspace;
  kg::query::shortest_path(graph, pairs[0].first, pairs[0].second, {}, workspace);  // sizes the workspace

  auto hops = [](const std::optional<kg::query::Path>& path) {
    return path ? static_cast<double>(path->length()) : -1;
  };
  measure(size, "shortest path (both directions)", pairs,
          [&](NodeId a, NodeId b) { return hops(kg::query::shortest_path(graph, a, b, {}, workspace)); });
  kg::query::PathOptions directed{.filter = {.direction = kg::query::Direction::out}};
  measure(size, "shortest path (--directed)", pairs,
          [&](NodeId a, NodeId b) { return hops(kg::query::shortest_path(graph, a, b, directed, workspace)); });
  kg::query::PathOptions confident{.filter = {.min_confidence = 0.7f}};
  measure(size, "shortest path (--min-confidence 0.7)", pairs,
          [&](NodeId a, NodeId b) { return hops(kg::query::shortest_path(graph, a, b, confident, workspace)); });
  measure(size, "2-hop neighbourhood (nodes and distances)", pairs, [&](NodeId a, NodeId) {
    return static_cast<double>(
        kg::query::neighbourhood(graph, {&a, 1}, {.depth = 2, .edges = false}, workspace).nodes.size());
  });
  measure(size, "2-hop neighbourhood (with the edges among them)", pairs, [&](NodeId a, NodeId) {
    return static_cast<double>(kg::query::neighbourhood(graph, {&a, 1}, {.depth = 2}, workspace).nodes.size());
  });
  measure(size, "most credible path (--weighted)", pairs,
          [&](NodeId a, NodeId b) { return hops(kg::query::most_credible_path(graph, a, b, {}, workspace)); });
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"Latency of kg path and neighbourhood queries on generated graphs", "query_bench"};
  std::vector<std::string> sizes{"medium", "large"};
  std::uint32_t queries = 1000;
  std::string cache;
  app.add_option("--size", sizes, "Size presets: small, medium (200k/1M), large (1M/5M)")->delimiter(',');
  app.add_option("--queries", queries, "Random (from, to) pairs per measurement");
  app.add_option("--cache", cache, "Folder keeping the built graphs between runs");
  app.add_option("--only", g_only, "Measure only the query kinds whose name contains this text");
  CLI11_PARSE(app, argc, argv);
  fmt::print("| graph (nodes / facts) | query | median ms | p99 ms | mean ms | found | median hops or nodes |\n");
  fmt::print("|---|---|---|---|---|---|---|\n");
  for (const std::string& name : sizes) {
    std::optional<kg::bench::SizePreset> preset = kg::bench::find_size_preset(name);
    if (!preset) {
      fmt::print(stderr, "query_bench: unknown size \"{}\"\n", name);
      return 2;
    }
    run(*preset, queries, cache);
  }
  return 0;
}
