#include "kg/analytics/page_rank.h"

#include <fmt/format.h>
#include <catch2/catch.hpp>

#include <random>
#include <string>
#include <vector>

#include "kg/graph/builder.h"

TEST_CASE("PageRank over the Boost.Graph adapter equals Boost's iteration computed directly", "[analytics]") {
  for (unsigned seed = 1; seed <= 5; ++seed) {
    std::mt19937 random(seed);
    const std::uint32_t nodes = 30 + random() % 40;
    kg::graph::GraphBuilder builder;
    const std::uint32_t file = builder.add_file("random");
    std::vector<std::string> keys;
    for (std::uint32_t n = 0; n < nodes; ++n) keys.push_back(fmt::format("n{}", n));
    for (const std::string& key : keys) builder.add_entity({.id = key, .at = {file, 1, 1}});
    const std::uint32_t facts = nodes * 3;
    for (std::uint32_t f = 0; f < facts; ++f) {
      kg::graph::FactRecord fact;
      fact.subject.text = keys[random() % nodes];
      fact.object.text = keys[random() % nodes];
      fact.predicate = random() % 2 == 0 ? "knows" : "owns";
      fact.at = {file, f + 1, 1};
      builder.add_fact(fact);
    }
    const kg::graph::Graph graph = builder.build();

    // Boost's bidirectional step: r'(v) = (1 - d) + d * sum over in-edges (u, v) of r(u) / out_degree(u).
    std::vector<double> expected(graph.node_count(), 1.0 / graph.node_count());
    for (int iteration = 0; iteration < 20; ++iteration) {
      std::vector<double> next(graph.node_count(), 0.15);
      for (std::uint32_t e = 0; e < graph.edge_count(); ++e) {
        const kg::graph::NodeId from = graph.edge_source(kg::graph::EdgeId{e});
        next[graph.edge_target(kg::graph::EdgeId{e}).value] += 0.85 * expected[from.value] / graph.out_degree(from);
      }
      expected = next;
    }
    const std::vector<double> ranks = kg::analytics::page_rank(graph, {.iterations = 20});
    REQUIRE(ranks.size() == expected.size());
    for (std::size_t n = 0; n < ranks.size(); ++n) CHECK(ranks[n] == Approx(expected[n]).epsilon(1e-12));
  }
}
