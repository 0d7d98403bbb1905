#include <catch2/catch.hpp>

#include "kg/query/paths.h"
#include "query_fixtures.h"

using namespace kg::query;
using kg::graph::NodeId;
using test::Reference;

namespace {

/// Bellman-Ford over the reference's steps: the cheapest -log(confidence) cost from `from` to every node.
std::vector<double> bellman_ford(const Reference& reference, NodeId from) {
  std::uint32_t n = reference.graph().node_count();
  std::vector<double> cost(n, std::numeric_limits<double>::infinity());
  cost[from.value] = 0;
  for (std::uint32_t round = 0; round < n; ++round) {
    for (std::uint32_t u = 0; u < n; ++u) {
      if (std::isinf(cost[u])) continue;
      for (const test::Step& step : reference.steps(NodeId{u})) {
        double through = cost[u] - std::log(reference.confidence(step.edge));
        cost[step.next.value] = std::min(cost[step.next.value], through);
      }
    }
  }
  return cost;
}

}  // namespace

TEST_CASE("The most credible path has the Bellman-Ford minimum of -log(confidence)", "[query]") {
  std::mt19937 rng(19);
  Workspace workspace;
  for (const auto& shapes : {test::kSmallShapes, test::kLargerShapes}) {
    for (const test::Shape& shape : shapes) {
      for (int round = 0; round < 8; ++round) {
        kg::graph::Graph graph = test::random_graph(rng, shape.nodes, shape.facts);
        std::uniform_int_distribution<std::uint32_t> node(0, graph.node_count() - 1);
        Filter filter = round % 2 == 0 ? Filter{} : test::random_filter(rng, graph);
        for (int query = 0; query < 6; ++query) {
          NodeId from{node(rng)}, to{node(rng)};
          Reference reference(graph, filter, {from, to});
          double expected = bellman_ford(reference, from)[to.value];
          std::optional<Path> path = most_credible_path(graph, from, to, {.filter = filter}, workspace);
          INFO("nodes " << shape.nodes << ", facts " << shape.facts << ", round " << round);
          if (std::isinf(expected)) {
            CHECK_FALSE(path);
            continue;
          }
          REQUIRE(path);
          reference.check_path(*path, from, to);
          CHECK(path->cost == Approx(expected).margin(1e-9));
          CHECK(reference.credibility_cost(*path) == Approx(expected).margin(1e-9));
        }
      }
    }
  }
}

TEST_CASE("Credibility prefers a longer well-attested chain over a short doubtful link", "[query]") {
  kg::graph::GraphBuilder builder;
  builder.add_file("t.json");
  auto fact = [&](std::string_view s, std::string_view o, std::optional<float> confidence) {
    kg::graph::FactRecord f;
    f.subject.text = s, f.predicate = "knows", f.object.text = o, f.confidence = confidence;
    builder.add_fact(f);
  };
  fact("a", "d", 0.2f);
  fact("a", "b", 0.9f);
  fact("b", "c", std::nullopt);  // no stated confidence: 1.0 unless configured
  fact("c", "d", 0.9f);
  kg::graph::Graph graph = builder.build();
  NodeId a = graph.find_nodes("a").at(0), d = graph.find_nodes("d").at(0);
  Workspace workspace;
  std::optional<Path> path = most_credible_path(graph, a, d, {}, workspace);
  REQUIRE(path);
  CHECK(path->length() == 3);
  CHECK(path->cost == Approx(-2 * std::log(0.9)));
  Filter doubtful_missing{.missing_confidence = 0.1f};
  path = most_credible_path(graph, a, d, {.filter = doubtful_missing}, workspace);
  REQUIRE(path);
  CHECK(path->length() == 1);
}
