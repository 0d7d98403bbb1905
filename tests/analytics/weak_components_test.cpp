#include "kg/analytics/components.h"

#include "analytics_fixtures.h"

namespace kg::analytics::test {
namespace {

void check_against_igraph(const graph::Graph& graph, const query::Filter& filter) {
  const Snapshot snapshot(graph, {.filter = filter});
  const Partition parts = weak_components(snapshot);
  const std::vector<std::uint32_t> expected =
      integers(run_oracle("weak", oracle_edges(Reference(graph, filter, {}), EdgeWeight::none)));
  CHECK(same_partition(parts.group, expected));
  for (std::uint32_t g = 1; g < parts.count(); ++g) CHECK(parts.sizes[g - 1] >= parts.sizes[g]);
}

}  // namespace

TEST_CASE("Weak components equal igraph's partition on classic and random filtered graphs", "[analytics]") {
  for (const std::string& name : kClassics) check_against_igraph(kg::test::classic_graph(name), {});
  std::mt19937 rng(4);
  for (int round = 0; round < 25; ++round) {
    const graph::Graph graph = random_graph(rng, 20 + round * 4, 10 + round * 6);
    INFO("round " << round);
    check_against_igraph(graph, round % 2 == 0 ? query::Filter{} : random_filter(rng, graph));
  }
}

}  // namespace kg::analytics::test
