#include "kg/analytics/degree.h"

#include <numeric>

#include "analytics_fixtures.h"

namespace kg::analytics::test {

TEST_CASE("Degree sums the weights of the facts each entity takes part in, in the filter's direction", "[analytics]") {
  std::mt19937 rng(3);
  for (int round = 0; round < 40; ++round) {
    const graph::Graph graph = random_graph(rng, 8 + round, 20 + 4 * round);
    const query::Filter filter = random_filter(rng, graph);
    const EdgeWeight weight = static_cast<EdgeWeight>(round % 3);
    const Reference reference(graph, filter, {});
    const Snapshot snapshot(graph, {.filter = filter, .weight = weight});
    std::vector<double> expected(snapshot.node_count(), 0.0);
    for (const auto& [from, to, edge] : reference.edges()) {
      if (from == to || !reference.node_ok(from) || !reference.node_ok(to) || !reference.edge_ok(edge)) continue;
      const double w = reference_weight(reference, edge, weight);
      if (filter.direction != query::Direction::in) expected[*snapshot.index(from)] += w;
      if (filter.direction != query::Direction::out) expected[*snapshot.index(to)] += w;
    }
    const std::vector<double> actual = degree(snapshot);
    INFO("round " << round);
    REQUIRE(actual.size() == expected.size());
    for (std::size_t v = 0; v < actual.size(); ++v) CHECK(actual[v] == Approx(expected[v]).epsilon(1e-6));
  }
}

TEST_CASE("On Zachary's karate club, degree is the published number of ties", "[analytics]") {
  const graph::Graph graph = kg::test::classic_graph("karate_club");
  const Snapshot snapshot(graph);
  const std::vector<double> ties = degree(snapshot);
  CHECK(ties[*snapshot.index(graph.find_nodes("33").at(0))] == 17);  // the instructor's rival
  CHECK(ties[*snapshot.index(graph.find_nodes("0").at(0))] == 16);   // the instructor
  CHECK(std::accumulate(ties.begin(), ties.end(), 0.0) == 2 * 78);
}

}  // namespace kg::analytics::test
