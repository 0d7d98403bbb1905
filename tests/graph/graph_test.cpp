#include "kg/graph/graph.h"

#include <catch2/catch.hpp>
#include <random>
#include <set>

#include "kg/graph/builder.h"

using namespace kg::graph;

namespace {

Graph case_graph() {
  GraphBuilder builder;
  builder.add_file("case.json");
  builder.add_source({.id = "rferl", .title = "RFE/RL", .url = "", .date = {}}, {0, 1, 1});
  builder.add_entity(
      {.id = "ziyoev",
       .type = "Person",
       .name = "Mirzo Ziyoev",
       .aliases = {"Ziyoev", "Mirzo"},
       .props = {{"born", std::int64_t{1960}}, {"killed", true}, {"role", std::string_view("commander")}},
       .at = {0, 2, 1}});
  builder.add_entity({.id = "imu", .type = "Organization", .name = "IMU", .at = {0, 3, 1}});
  FactRecord fact;
  fact.subject.text = "ziyoev";
  fact.predicate = "member_of";
  fact.object.text = "imu";
  fact.source = "rferl";
  fact.confidence = 0.6F;
  fact.props = {{"rank", 2.5}};
  builder.add_fact(fact);
  fact.source = "";
  fact.confidence = 0.9F;
  builder.add_fact(fact);
  return builder.build();
}

}  // namespace

TEST_CASE("An empty graph has no nodes, edges or statements, and one 'no source'", "[graph]") {
  const Graph empty;
  CHECK(empty.node_count() == 0);
  CHECK(empty.edge_count() == 0);
  CHECK(empty.provenance_count() == 0);
  CHECK(empty.source_count() == 1);
  CHECK(empty.string(StringId{0}).empty());
}

TEST_CASE("A node's property is found by key without listing them all", "[graph]") {
  const Graph graph = case_graph();
  const NodeId ziyoev = graph.find_nodes("ziyoev").at(0);
  REQUIRE(graph.node_property(ziyoev, "born").has_value());
  CHECK(std::get<std::int64_t>(*graph.node_property(ziyoev, "born")) == 1960);
  CHECK(std::get<bool>(*graph.node_property(ziyoev, "killed")));
  CHECK(std::get<std::string_view>(*graph.node_property(ziyoev, "role")) == "commander");
  CHECK_FALSE(graph.node_property(ziyoev, "Born").has_value());  // keys match exactly
  CHECK_FALSE(graph.node_property(graph.find_nodes("imu").at(0), "born").has_value());
  CHECK(graph.node_properties(ziyoev).size() == 3);
}

TEST_CASE("An edge's statements are a range, and its properties are found by key", "[graph]") {
  const Graph graph = case_graph();
  REQUIRE(graph.edge_count() == 1);
  const EdgeId edge{0};
  std::vector<ProvenanceId> records(graph.provenance(edge).begin(), graph.provenance(edge).end());
  REQUIRE(records.size() == 2);
  CHECK(graph.provenance(edge).size() == graph.provenance_count(edge));
  CHECK(graph.provenance_source(records[0]) != SourceId{0});
  CHECK(graph.provenance_source(records[1]) == SourceId{0});
  CHECK(*graph.provenance_confidence(records[1]) == 0.9F);
  CHECK(*graph.edge_confidence(edge) == 0.9F);  // the best of its statements
  CHECK(std::get<double>(*graph.edge_property(edge, "rank")) == 2.5);
  CHECK_FALSE(graph.edge_property(edge, "missing").has_value());
}

TEST_CASE("Every edge's source and target agree between the out- and in-adjacency, on random graphs", "[graph]") {
  std::mt19937 random(5);
  for (int round = 0; round < 10; ++round) {
    GraphBuilder builder;
    builder.add_file("random.json");
    const int nodes = 2 + static_cast<int>(random() % 20);
    for (int n = 0; n < nodes; ++n) builder.add_entity({.id = std::to_string(n), .at = {0, 1, 1}});
    for (int f = 0; f < 60; ++f) {
      FactRecord fact;
      const std::string subject = std::to_string(random() % nodes), object = std::to_string(random() % nodes);
      fact.subject.text = subject;
      fact.object.text = object;
      fact.predicate = random() % 2 == 0 ? "knows" : "funds";
      builder.add_fact(fact);
    }
    const Graph graph = builder.build();
    std::multiset<std::tuple<std::uint32_t, std::uint32_t, std::uint32_t>> out, in;
    for (std::uint32_t n = 0; n < graph.node_count(); ++n) {
      for (const Adjacent step : graph.out(NodeId{n})) {
        out.emplace(n, step.node.value, step.edge.value);
        CHECK(graph.edge_source(step.edge) == NodeId{n});
        CHECK(graph.edge_target(step.edge) == step.node);
      }
      for (const Adjacent step : graph.in(NodeId{n})) in.emplace(step.node.value, n, step.edge.value);
      CHECK(graph.out(NodeId{n}).size() == graph.out_degree(NodeId{n}));
    }
    CHECK(out == in);
    CHECK(out.size() == graph.edge_count());
  }
}

TEST_CASE("Memory usage accounts for every byte of every column", "[graph]") {
  const Graph graph = case_graph();
  const MemoryUsage usage = graph.memory_usage();
  CHECK(usage.structure > 0);
  CHECK(usage.strings > 0);
  CHECK(usage.provenance > 0);
  CHECK(usage.properties > 0);
  // The image is the columns plus a header, a 24-byte section table entry per column and at most 7 bytes of
  // alignment padding per column.
#define KG_ONE_COLUMN(...) +1
  constexpr std::size_t columns = 0 KG_GRAPH_COLUMNS(KG_ONE_COLUMN);
#undef KG_ONE_COLUMN
  const std::size_t overhead = graph.image().size() - usage.total();
  CHECK(overhead >= 40 + 24 * columns);
  CHECK(overhead <= 40 + 24 * columns + 7 * columns);
}
