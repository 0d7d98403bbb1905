// cypher_bench --graph FILE --queries analyst.json --pairs queries.tsv [--runs N] [--warmup N] [--budget S]
//              [--only NAME,...] [--json F]
//
// Times kg's text of the analyst queries (key "kg" of bench/kuzu/queries/analyst.json) in process, as
// bench/kuzu/query.js times Kuzu's: each run prepares the statement, runs it with run i's parameters ("@from",
// "@to", "@from.name" from queries.tsv pair i) and the query's evidence options ("kg_options"), and holds every
// row. Prints, and writes with --json, {"queries": [{name, runs, p50_ms, p99_ms, mean_ms, first_rows}],
// "neighbours_depth2": {p50_ms, ...}}: the second is kg::query::neighbourhood(depth 2, nodes only) over the same
// pairs, the reference of issue 9's target for two_hop_distinct (within 3× of it).
#include <fmt/format.h>
#include <rapidjson/document.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <chrono>
#include <cmath>
#include <fstream>
#include <sstream>

#include "generator.h"
#include "kg/cypher/cypher.h"
#include "kg/graph/graph_file.h"
#include "kg/query/neighbourhood.h"

namespace {

struct Timing {
  std::size_t runs = 0;
  double p50_ms = 0, p99_ms = 0, mean_ms = 0;
};

Timing summarise(std::vector<double> ms) {
  std::sort(ms.begin(), ms.end());
  const auto rank = [&](double share) {
    const auto index = static_cast<std::size_t>(std::ceil(share * static_cast<double>(ms.size())));
    return ms[std::max<std::size_t>(index, 1) - 1];
  };
  double total = 0;
  for (double m : ms) total += m;
  return {ms.size(), rank(0.5), rank(0.99), total / static_cast<double>(ms.size())};
}

std::string read_text(const std::string& path) {
  std::ifstream file(path, std::ios::binary);
  if (!file) throw std::runtime_error("cannot read " + path);
  std::stringstream text;
  text << file.rdbuf();
  return text.str();
}

/// A run's parameters: "@from", "@to", "@from.name" (and "@to.name") from the pair, other values as given.
kg::cypher::Parameters bind(const kg::graph::Graph& graph, const rapidjson::Value* params,
                            const std::pair<std::string, std::string>& pair) {
  kg::cypher::Parameters bound;
  if (params == nullptr) return bound;
  for (const auto& member : params->GetObject()) {
    const std::string key = member.name.GetString();
    const std::string value = member.value.IsString() ? member.value.GetString() : "";
    if (value == "@from" || value == "@to") {
      bound.emplace_back(key, kg::query::Value::string(value == "@from" ? pair.first : pair.second));
    } else if (value == "@from.name" || value == "@to.name") {
      const std::vector<kg::graph::NodeId> nodes = graph.find_nodes(value == "@from.name" ? pair.first : pair.second);
      bound.emplace_back(key, kg::query::Value::string(std::string(graph.node_name(nodes.at(0)))));
    } else if (member.value.IsInt64()) {
      bound.emplace_back(key, kg::query::Value::integer(member.value.GetInt64()));
    } else {
      bound.emplace_back(key, kg::query::Value::string(value));
    }
  }
  return bound;
}

kg::query::Filter evidence_of(const rapidjson::Value& query) {
  kg::query::Filter filter;
  if (!query.HasMember("kg_options")) return filter;
  const rapidjson::Value& options = query["kg_options"];
  if (options.HasMember("min_confidence")) filter.min_confidence = options["min_confidence"].GetFloat();
  if (options.HasMember("missing_confidence")) filter.missing_confidence = options["missing_confidence"].GetFloat();
  if (options.HasMember("dated_only")) filter.dated_only = options["dated_only"].GetBool();
  if (options.HasMember("from")) filter.from = kg::graph::parse_partial_date(options["from"].GetString());
  if (options.HasMember("to")) filter.to = kg::graph::parse_partial_date(options["to"].GetString());
  return filter;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"Latency of the analyst queries in kg's Cypher, in process", "cypher_bench"};
  std::string graph_path, queries_path, pairs_path, json_path, only;
  std::size_t runs = 20, warmup = 2;
  double budget = 30;
  app.add_option("--graph", graph_path, "Graph file")->required();
  app.add_option("--queries", queries_path, "analyst.json")->required();
  app.add_option("--pairs", pairs_path, "queries.tsv")->required();
  app.add_option("--runs", runs, "Runs per query (run i uses pair i)");
  app.add_option("--warmup", warmup, "Runs before timing");
  app.add_option("--budget", budget, "Seconds per query at most");
  app.add_option("--only", only, "Comma-separated query names");
  app.add_option("--json", json_path, "Write the results as JSON");
  CLI11_PARSE(app, argc, argv);

  const kg::graph::Graph graph = kg::graph::load_graph_file(graph_path);
  const auto pairs = kg::bench::read_queries(pairs_path);
  rapidjson::Document queries;
  const std::string text = read_text(queries_path);
  if (queries.Parse(text.c_str()).HasParseError()) throw std::runtime_error("invalid JSON in " + queries_path);

  std::string out = "{\n  \"queries\": [";
  bool first_query = true;
  for (const rapidjson::Value& query : queries["queries"].GetArray()) {
    const std::string name = query["name"].GetString();
    if (!query.HasMember("kg") || (!only.empty() && ("," + only + ",").find("," + name + ",") == std::string::npos)) {
      continue;
    }
    const std::string statement = query["kg"].GetString();
    const rapidjson::Value* params = query.HasMember("params") ? &query["params"] : nullptr;
    kg::cypher::RunOptions options;
    options.evidence = evidence_of(query);
    options.max_rows = std::size_t{1} << 30;
    std::vector<double> ms;
    std::size_t first_rows = 0;
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::duration<double>(budget);
    for (std::size_t i = 0; i < warmup + runs; ++i) {
      if (i > warmup && std::chrono::steady_clock::now() > deadline) break;
      const kg::cypher::Parameters bound = bind(graph, params, pairs[i % pairs.size()]);
      const auto start = std::chrono::steady_clock::now();
      const kg::query::ResultTable table = kg::cypher::prepare(graph, statement).run(bound, options);
      const double elapsed =
          std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
      if (i == warmup) first_rows = table.row_count();
      if (i >= warmup) ms.push_back(elapsed);
    }
    const Timing timing = summarise(ms);
    fmt::print("{:<24} p50 {:9.3f} ms  p99 {:9.3f} ms  mean {:9.3f} ms  runs {:3}  rows {}\n", name, timing.p50_ms,
               timing.p99_ms, timing.mean_ms, timing.runs, first_rows);
    out += fmt::format(
        "{}\n    {{\"name\": \"{}\", \"runs\": {}, \"p50_ms\": {}, \"p99_ms\": {}, \"mean_ms\": {}, \"first_rows\": "
        "{}}}",
        first_query ? "" : ",", name, timing.runs, timing.p50_ms, timing.p99_ms, timing.mean_ms, first_rows);
    first_query = false;
  }
  // The in-process reference for two_hop_distinct: kg neighbours --depth 2 without its edges.
  kg::query::Workspace workspace;
  std::vector<double> reference;
  for (std::size_t i = 0; i < warmup + runs; ++i) {
    const kg::graph::NodeId start_node = graph.find_nodes(pairs[i % pairs.size()].first).at(0);
    const auto start = std::chrono::steady_clock::now();
    const auto around = kg::query::neighbourhood(graph, {&start_node, 1}, {.depth = 2, .edges = false}, workspace);
    const double elapsed = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    if (i >= warmup && !around.nodes.empty()) reference.push_back(elapsed);
  }
  const Timing neighbours = summarise(reference);
  fmt::print("{:<24} p50 {:9.3f} ms  p99 {:9.3f} ms  mean {:9.3f} ms  (in-process reference)\n", "neighbours_depth2",
             neighbours.p50_ms, neighbours.p99_ms, neighbours.mean_ms);
  out += fmt::format(
      "\n  ],\n  \"neighbours_depth2\": {{\"runs\": {}, \"p50_ms\": {}, \"p99_ms\": {}, \"mean_ms\": {}}}\n}}\n",
      neighbours.runs, neighbours.p50_ms, neighbours.p99_ms, neighbours.mean_ms);
  if (!json_path.empty()) std::ofstream(json_path) << out;
  return 0;
}
