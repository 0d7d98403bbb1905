#include <catch2/catch.hpp>
#include <optional>
#include <vector>

#include "kg/query/paths.h"
#include "query_fixtures.h"

using namespace kg::query;
using kg::graph::NodeId;
using test::Reference;

namespace {

/// Whether some choice of one dated passing statement per hop has dates that never go backwards: tried
/// exhaustively over every combination, each partial date an interval of days (a nondecreasing choice of days
/// exists when no hop ends before a day an earlier hop must start on).
bool chronological(const Reference& reference, const Path& path) {
  const kg::graph::Graph& graph = reference.graph();
  std::vector<std::vector<kg::graph::PartialDate>> choices;
  for (const Hop& hop : path.hops) {
    std::vector<kg::graph::PartialDate> dates;
    for (kg::graph::ProvenanceId p : graph.provenance(hop.edge)) {
      if (graph.provenance_date(p).dated() && reference.record_ok(p)) dates.push_back(graph.provenance_date(p));
    }
    if (dates.empty()) return false;
    choices.push_back(dates);
  }
  std::vector<std::size_t> pick(choices.size(), 0);
  for (;;) {
    std::int32_t start = 0;
    bool ok = true;
    for (std::size_t i = 0; i < choices.size() && ok; ++i) {
      start = std::max(start, choices[i][pick[i]].earliest());
      ok = start <= choices[i][pick[i]].latest();
    }
    if (ok) return true;
    std::size_t i = 0;
    while (i < pick.size() && ++pick[i] == choices[i].size()) pick[i++] = 0;
    if (i == pick.size()) return false;
  }
}

}  // namespace

TEST_CASE("The chronological path is a shortest one among the simple paths whose dates never go backwards", "[query]") {
  std::mt19937 rng(31);
  Workspace workspace;
  std::size_t found = 0, none = 0;
  for (const test::Shape& shape : test::kSmallShapes) {
    for (int round = 0; round < 40; ++round) {
      const kg::graph::Graph graph = test::random_graph(rng, shape.nodes, shape.facts * 2);
      const Filter filter = round % 3 == 0 ? Filter{} : test::random_filter(rng, graph);
      std::uniform_int_distribution<std::uint32_t> node(0, graph.node_count() - 1);
      const NodeId from{node(rng)}, to{node(rng)};
      const std::uint32_t max_hops = round % 4 == 0 ? 2 : kUnboundedHops;
      Reference reference(graph, filter, {from, to});
      std::optional<std::size_t> shortest;
      for (const Path& path : reference.simple_paths(from, to, std::min(max_hops, graph.node_count()))) {
        if (chronological(reference, path) && (!shortest || path.length() < *shortest)) shortest = path.length();
      }
      INFO("nodes " << shape.nodes << ", round " << round << ", from " << from.value << " to " << to.value);
      const std::optional<Path> path =
          chronological_path(graph, from, to, {.filter = filter, .max_hops = max_hops}, workspace);
      REQUIRE(path.has_value() == shortest.has_value());
      if (!path) {
        ++none;
        continue;
      }
      ++found;
      reference.check_path(*path, from, to);
      CHECK(path->length() == *shortest);
      CHECK(chronological(reference, *path));
    }
  }
  CHECK(found > 20);  // both answers occur often enough for the comparison to mean something
  CHECK(none > 20);
}

TEST_CASE("A chronological path may not step back in time, and reads partial dates as intervals", "[query]") {
  kg::graph::GraphBuilder builder;
  const std::uint32_t file = builder.add_file("t.json");
  const auto fact = [&](std::string_view s, std::string_view o, std::int32_t date) {
    kg::graph::FactRecord record;
    record.subject.text = s, record.predicate = "then", record.object.text = o;
    record.date = kg::graph::PartialDate{date};
    record.at = {file, 1, 1};
    builder.add_fact(record);
  };
  fact("a", "b", 2010'08'22);
  fact("b", "c", 2010'08'00);  // August 2010 may be the 22nd or later
  fact("c", "d", 2010'08'21);  // but the 21st is before: no a..d chain through c
  fact("b", "x", 2011'00'00);
  fact("x", "y", 2011'05'01);
  fact("y", "d", 2011'06'00);
  fact("a", "z", 0);  // undated: never used
  fact("z", "d", 2012'00'00);
  const kg::graph::Graph graph = builder.build();
  Workspace workspace;
  const auto id = [&](std::string_view key) { return graph.find_nodes(key).front(); };
  const std::optional<Path> path = chronological_path(graph, id("a"), id("d"), {}, workspace);
  REQUIRE(path.has_value());
  std::vector<std::string_view> keys;
  for (NodeId n : path->nodes) keys.push_back(graph.node_key(n));
  CHECK(keys == std::vector<std::string_view>{"a", "b", "x", "y", "d"});
  CHECK(shortest_path(graph, id("a"), id("d"), {}, workspace)->length() == 2);  // through z, undated
  CHECK(chronological_path(graph, id("a"), id("d"), {.max_hops = 3}, workspace) == std::nullopt);
  CHECK(chronological_path(graph, id("d"), id("a"), {.filter = {.direction = Direction::out}}, workspace) ==
        std::nullopt);
}

TEST_CASE("A chronological path reads an interval as every day from its start to its end, open ends included",
          "[query]") {
  kg::graph::GraphBuilder builder;
  const std::uint32_t file = builder.add_file("t.json");
  const auto fact = [&](std::string_view s, std::string_view o, const char* date) {
    kg::graph::FactRecord record;
    record.subject.text = s, record.predicate = "then", record.object.text = o;
    record.date = kg::graph::parse_date(date).date;
    record.at = {file, 1, 1};
    builder.add_fact(record);
  };
  fact("a", "b", "2000");
  fact("b", "c", "1992/1997");  // over before 2000: no a..c chain
  fact("b", "d", "2009/..");    // open: any day from 2009 on
  fact("d", "e", "2030");
  fact("e", "f", "../2010");  // over by 2010, before the step to e
  const kg::graph::Graph graph = builder.build();
  Workspace workspace;
  const auto id = [&](std::string_view key) { return graph.find_nodes(key).front(); };
  CHECK(chronological_path(graph, id("a"), id("c"), {}, workspace) == std::nullopt);
  const std::optional<Path> path = chronological_path(graph, id("a"), id("e"), {}, workspace);
  REQUIRE(path.has_value());
  CHECK(path->length() == 3);
  CHECK(chronological_path(graph, id("a"), id("f"), {}, workspace) == std::nullopt);
}
