#include "kg/analytics/communities.h"

#include "analytics_fixtures.h"

namespace kg::analytics::test {

TEST_CASE("Modularity of any labelling equals igraph's, weighted, at several resolutions", "[analytics]") {
  std::mt19937 rng(47);
  for (int round = 0; round < 20; ++round) {
    const graph::Graph graph = round < 3 ? kg::test::classic_graph(kClassics[round]) : random_graph(rng, 30, 80);
    const query::Filter filter = round < 3 || round % 2 == 0 ? query::Filter{} : random_filter(rng, graph);
    const EdgeWeight weight = static_cast<EdgeWeight>(round % 3);
    const Snapshot snapshot(graph, {.filter = filter, .weight = weight});
    std::vector<std::uint32_t> labels(snapshot.node_count());
    std::string input;
    for (std::uint32_t& label : labels) {
      label = rng() % 4;
      input += fmt::format("{}\n", label);
    }
    const double resolution = round % 4 == 0 ? 0.5 : 1.0;
    INFO("round " << round);
    if (snapshot.arcs(query::Direction::both).arc_count() == 0) continue;  // igraph and NetworkX: no modularity
    const std::vector<double> expected =
        numbers(run_oracle("modularity", oracle_edges(Reference(graph, filter, {}), weight),
                           fmt::format("--resolution {}", resolution), input));
    REQUIRE(expected.size() == 1);
    CHECK(modularity(snapshot, labels, resolution) == Approx(expected[0]).margin(1e-12));
  }
  CHECK(modularity(Snapshot(graph::Graph{}), {}) == 0);
}

}  // namespace kg::analytics::test
