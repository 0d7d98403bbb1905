#include "kg/analytics/brokers.h"

#include "analytics_fixtures.h"
#include "kg/analytics/components.h"

namespace kg::analytics::test {
namespace {

/// oracle.py brokers prints the articulation points on one line, then one bridge "a b" per line.
void check_against_networkx(const graph::Graph& graph, const query::Filter& filter) {
  const Snapshot snapshot(graph, {.filter = filter});
  const Brokers found = brokers(snapshot);
  const std::vector<std::string> lines =
      run_oracle("brokers", oracle_edges(Reference(graph, filter, {}), EdgeWeight::none));
  REQUIRE(!lines.empty());
  std::string points;
  for (const Broker& broker : found.entities) points += (points.empty() ? "" : " ") + std::to_string(broker.node);
  CHECK(points == lines[0]);
  std::vector<std::string> bridges;
  for (const Bridge& bridge : found.bridges) bridges.push_back(fmt::format("{} {}", bridge.from, bridge.to));
  CHECK(bridges == std::vector<std::string>(lines.begin() + 1, lines.end()));
}

}  // namespace

TEST_CASE("Articulation points and bridges equal NetworkX's on classic and random filtered graphs", "[analytics]") {
  for (const std::string& name : kClassics) check_against_networkx(kg::test::classic_graph(name), {});
  std::mt19937 rng(41);
  for (int round = 0; round < 30; ++round) {
    const graph::Graph graph = random_graph(rng, 10 + round * 3, 8 + round * 4);
    INFO("round " << round);
    check_against_networkx(graph, round % 2 == 0 ? query::Filter{} : random_filter(rng, graph));
  }
}

TEST_CASE("A broker's part count is how many pieces its component falls into without it", "[analytics]") {
  std::mt19937 rng(43);
  for (int round = 0; round < 20; ++round) {
    const graph::Graph graph = random_graph(rng, 20 + round * 2, 18 + round * 3);
    const Snapshot snapshot(graph);
    const std::uint32_t before = weak_components(snapshot).count();
    for (const Broker& broker : brokers(snapshot).entities) {
      // Without the broker: the same graph with that entity avoided. Its component lost one node and gained
      // parts - 1 pieces; the broker itself no longer counts.
      const Snapshot without(graph, {.filter = {.avoid = {snapshot.node(broker.node)}}});
      CHECK(weak_components(without).count() == before + broker.parts - 1);
    }
  }
}

}  // namespace kg::analytics::test
