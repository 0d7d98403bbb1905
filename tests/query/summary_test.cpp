#include "kg/query/summary.h"

#include <catch2/catch.hpp>
#include <map>
#include <random>

#include "query/query_fixtures.h"

TEST_CASE("A summary counts nodes by type and edges and statements by predicate, as a direct count does", "[query]") {
  std::mt19937 random(17);
  for (int round = 0; round < 20; ++round) {
    const kg::graph::Graph graph = kg::query::test::random_graph(random, 30, 80);
    const kg::query::GraphSummary summary = kg::query::summarize(graph);
    std::map<std::string_view, std::uint64_t> types, edges, statements;
    for (std::uint32_t n = 0; n < graph.node_count(); ++n) {
      ++types[graph.type_name(graph.node_type(kg::graph::NodeId{n}))];
    }
    for (std::uint32_t e = 0; e < graph.edge_count(); ++e) {
      const auto predicate = graph.predicate_name(graph.edge_predicate(kg::graph::EdgeId{e}));
      ++edges[predicate];
      statements[predicate] += graph.provenance_count(kg::graph::EdgeId{e});
    }
    REQUIRE(summary.types.size() == types.size());
    for (const kg::query::TypeCount& type : summary.types) CHECK(types[type.type] == type.nodes);
    CHECK(summary.predicates.size() == graph.predicate_count());
    for (const kg::query::PredicateCount& predicate : summary.predicates) {
      CHECK(edges[predicate.predicate] == predicate.edges);
      CHECK(statements[predicate.predicate] == predicate.statements);
    }
    CHECK(summary.nodes == graph.node_count());
    CHECK(summary.statements == graph.provenance_count());
  }
}
