#include "kg/analytics/coreness.h"

#include "analytics_fixtures.h"

namespace kg::analytics::test {

TEST_CASE("Coreness equals igraph's on classic and random filtered multigraphs", "[analytics]") {
  const auto check = [](const graph::Graph& graph, const query::Filter& filter) {
    const std::vector<std::uint32_t> actual = coreness(Snapshot(graph, {.filter = filter}));
    CHECK(actual == integers(run_oracle("coreness", oracle_edges(Reference(graph, filter, {}), EdgeWeight::none))));
  };
  for (const std::string& name : kClassics) check(kg::test::classic_graph(name), {});
  std::mt19937 rng(17);
  for (int round = 0; round < 25; ++round) {
    const graph::Graph graph = random_graph(rng, 10 + round * 3, 20 + round * 12);
    INFO("round " << round);
    check(graph, round % 2 == 0 ? query::Filter{} : random_filter(rng, graph));
  }
}

TEST_CASE("Karate club: the instructors' circles form the 4-core", "[analytics]") {
  const graph::Graph graph = kg::test::classic_graph("karate_club");
  const Snapshot snapshot(graph);
  const std::vector<std::uint32_t> core = coreness(snapshot);
  CHECK(*std::max_element(core.begin(), core.end()) == 4);
  CHECK(core[*snapshot.index(graph.find_nodes("0").at(0))] == 4);
  CHECK(core[*snapshot.index(graph.find_nodes("11").at(0))] == 1);  // tied to the instructor only
}

}  // namespace kg::analytics::test
