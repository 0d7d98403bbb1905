#include "kg/analytics/components.h"

#include "analytics_fixtures.h"

namespace kg::analytics::test {
namespace {

void check_against_igraph(const graph::Graph& graph, const query::Filter& filter) {
  const Snapshot snapshot(graph, {.filter = filter});
  const Partition parts = strong_components(snapshot);
  const std::vector<std::uint32_t> expected =
      integers(run_oracle("strong", oracle_edges(Reference(graph, filter, {}), EdgeWeight::none)));
  CHECK(same_partition(parts.group, expected));
  for (std::uint32_t g = 1; g < parts.count(); ++g) CHECK(parts.sizes[g - 1] >= parts.sizes[g]);
}

}  // namespace

TEST_CASE("Strong components equal igraph's partition on classic and random filtered graphs", "[analytics]") {
  for (const std::string& name : kClassics) check_against_igraph(kg::test::classic_graph(name), {});
  std::mt19937 rng(6);
  for (int round = 0; round < 25; ++round) {
    const graph::Graph graph = random_graph(rng, 20 + round * 4, 10 + round * 6);
    INFO("round " << round);
    check_against_igraph(graph, round % 2 == 0 ? query::Filter{} : random_filter(rng, graph));
  }
}

}  // namespace kg::analytics::test

namespace kg::analytics::test {

TEST_CASE("A cycle is one strong component whatever the snapshot's direction, a chain is one per node", "[analytics]") {
  graph::GraphBuilder builder;
  builder.add_file("cycle.json");
  for (const auto& [a, b] : {std::pair{"a", "b"}, {"b", "c"}, {"c", "a"}, {"c", "d"}, {"d", "e"}}) {
    builder.add_fact({.subject = {.text = a}, .predicate = "calls", .object = {.text = b}});
  }
  const graph::Graph graph = builder.build();
  for (query::Direction direction : {query::Direction::both, query::Direction::in}) {
    const Partition parts = strong_components(Snapshot(graph, {.filter = {.direction = direction}}));
    CHECK(parts.group == std::vector<std::uint32_t>{0, 0, 0, 1, 2});
    CHECK(parts.sizes == std::vector<std::uint32_t>{3, 1, 1});
  }
  CHECK(weak_components(Snapshot(graph)).count() == 1);
}

}  // namespace kg::analytics::test
