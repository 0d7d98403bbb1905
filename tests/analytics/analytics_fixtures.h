#pragma once
// Shared by the analytics tests: the graphs they run on (classic networks, random multigraphs with filters) and
// the independent oracles, igraph and NetworkX run by /usr/bin/python3 on tests/analytics/oracle.py.
#include <fmt/format.h>

#include <catch2/catch.hpp>
#include <cmath>
#include <map>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "kg/analytics/snapshot.h"
#include "query/query_fixtures.h"
#include "support/test_support.h"

namespace kg::analytics::test {

using query::test::random_filter;
using query::test::random_graph;
using query::test::Reference;

/// The classic networks of tests/data/classic (karate club, Florentine families, Les Misérables).
inline const std::vector<std::string> kClassics = {"karate_club", "florentine_families", "les_miserables"};

/// What an edge weighs under `weight`, restated from SnapshotOptions' documentation over `reference`'s filter.
inline double reference_weight(const Reference& reference, graph::EdgeId edge, EdgeWeight weight) {
  const graph::Graph& graph = reference.graph();
  if (weight == EdgeWeight::confidence) return reference.confidence(edge);
  if (weight == EdgeWeight::none) return 1;
  std::vector<std::uint32_t> sources;
  for (const graph::ProvenanceId record : graph.provenance(edge)) {
    const std::uint32_t source = graph.provenance_source(record).value;
    if (source != 0 && reference.record_ok(record) &&
        std::find(sources.begin(), sources.end(), source) == sources.end()) {
      sources.push_back(source);
    }
  }
  return std::max<double>(1, static_cast<double>(sources.size()));
}

/// The nodes `reference`'s filter keeps, in graph order: what the snapshot numbers 0, 1, ...
inline std::vector<graph::NodeId> kept_nodes(const Reference& reference) {
  std::vector<graph::NodeId> kept;
  for (std::uint32_t n = 0; n < reference.graph().node_count(); ++n) {
    if (reference.node_ok(graph::NodeId{n})) kept.push_back(graph::NodeId{n});
  }
  return kept;
}

/// The edge list oracle.py reads: the kept node count, then "source target weight" for every edge the filter
/// allows between kept nodes (self-loops included: the oracle drops them itself), in kept-node numbering.
inline std::string oracle_edges(const Reference& reference, EdgeWeight weight) {
  const std::vector<graph::NodeId> kept = kept_nodes(reference);
  std::vector<std::int64_t> number(reference.graph().node_count(), -1);
  for (std::size_t i = 0; i < kept.size(); ++i) number[kept[i].value] = static_cast<std::int64_t>(i);
  std::string text = fmt::format("{}\n", kept.size());
  for (const auto& [from, to, edge] : reference.edges()) {
    if (number[from.value] < 0 || number[to.value] < 0 || !reference.edge_ok(edge)) continue;
    text +=
        fmt::format("{} {} {:.17g}\n", number[from.value], number[to.value], reference_weight(reference, edge, weight));
  }
  return text;
}

/// Runs `oracle.py MEASURE EDGES OPTIONS` (with `input` on stdin) and returns its output lines. The oracle must
/// succeed: a missing igraph or NetworkX fails the test rather than skipping it.
inline std::vector<std::string> run_oracle(const std::string& measure, const std::string& edges,
                                           const std::string& options = "", const std::string& input = "") {
  kg::test::TempDir dir;
  const auto edge_file = dir.write("edges.txt", edges);
  const auto input_file = dir.write("input.txt", input);
  const kg::test::RunResult run = kg::test::run_shell(
      fmt::format("/usr/bin/python3 '{}' {} '{}' {}", (kg::test::source_dir() / "tests/analytics/oracle.py").string(),
                  measure, edge_file.string(), options),
      input_file);
  INFO("oracle.py " << measure << " " << options << " failed: " << run.err);
  REQUIRE(run.status == 0);
  std::vector<std::string> lines;
  std::istringstream split(run.out);
  for (std::string line; std::getline(split, line);) lines.push_back(line);
  return lines;
}

inline std::vector<double> numbers(const std::vector<std::string>& lines) {
  std::vector<double> values;
  for (const std::string& line : lines) values.push_back(std::stod(line));
  return values;
}

inline double l1_distance(const std::vector<double>& a, const std::vector<double>& b) {
  REQUIRE(a.size() == b.size());
  double distance = 0;
  for (std::size_t i = 0; i < a.size(); ++i) distance += std::abs(a[i] - b[i]);
  return distance;
}

/// The largest difference between `actual` and `expected`, relative to max(1, |expected|).
inline double relative_error(const std::vector<double>& actual, const std::vector<double>& expected) {
  REQUIRE(actual.size() == expected.size());
  double worst = 0;
  for (std::size_t i = 0; i < actual.size(); ++i) {
    worst = std::max(worst, std::abs(actual[i] - expected[i]) / std::max(1.0, std::abs(expected[i])));
  }
  return worst;
}

/// True when the two labellings group the nodes alike (the labels themselves may differ).
inline bool same_partition(const std::vector<std::uint32_t>& a, const std::vector<std::uint32_t>& b) {
  if (a.size() != b.size()) return false;
  std::map<std::uint32_t, std::uint32_t> forward, backward;
  for (std::size_t v = 0; v < a.size(); ++v) {
    if (forward.emplace(a[v], b[v]).first->second != b[v]) return false;
    if (backward.emplace(b[v], a[v]).first->second != a[v]) return false;
  }
  return true;
}

inline std::vector<std::uint32_t> integers(const std::vector<std::string>& lines) {
  std::vector<std::uint32_t> values;
  for (const std::string& line : lines) values.push_back(static_cast<std::uint32_t>(std::stoul(line)));
  return values;
}

/// True when every group of `groups` is connected over the snapshot's undirected links (a search from each
/// group's first node, within the group, reaches all its members).
inline bool groups_connected(const Snapshot& snapshot, const std::vector<std::uint32_t>& groups) {
  const Adjacency& links = snapshot.arcs(query::Direction::both);
  std::map<std::uint32_t, std::uint32_t> members, reached;
  for (std::uint32_t group : groups) ++members[group];
  std::vector<char> seen(groups.size(), 0);
  for (std::uint32_t start = 0; start < groups.size(); ++start) {
    if (reached.count(groups[start]) != 0) continue;
    std::vector<std::uint32_t> stack{start};
    seen[start] = 1;
    std::uint32_t count = 0;
    while (!stack.empty()) {
      const std::uint32_t v = stack.back();
      stack.pop_back();
      ++count;
      for (std::uint32_t w : links.neighbours(v)) {
        if (!seen[w] && groups[w] == groups[start]) seen[w] = 1, stack.push_back(w);
      }
    }
    reached[groups[start]] = count;
  }
  return reached == members;
}

/// `--direction NAME` for the oracle.
inline std::string direction_option(query::Direction direction) {
  return direction == query::Direction::out  ? "--direction out"
         : direction == query::Direction::in ? "--direction in"
                                             : "--direction both";
}

}  // namespace kg::analytics::test
