#include "kg/analytics/snapshot.h"

#include <map>
#include <utility>

#include "analytics_fixtures.h"

namespace kg::analytics::test {
namespace {

/// The arcs of one view restated from the documentation: (from, to) -> summed weight, in snapshot numbering.
std::map<std::pair<std::uint32_t, std::uint32_t>, double> expected_arcs(const Reference& reference,
                                                                        const Snapshot& snapshot,
                                                                        query::Direction direction, EdgeWeight weight) {
  std::map<std::pair<std::uint32_t, std::uint32_t>, double> arcs;
  for (const auto& [from, to, edge] : reference.edges()) {
    if (from == to || !reference.node_ok(from) || !reference.node_ok(to) || !reference.edge_ok(edge)) continue;
    const std::uint32_t a = *snapshot.index(from), b = *snapshot.index(to);
    const double w = reference_weight(reference, edge, weight);
    if (direction != query::Direction::in) arcs[{a, b}] += w;
    if (direction != query::Direction::out) arcs[{b, a}] += w;
  }
  return arcs;
}

}  // namespace

TEST_CASE("A snapshot keeps the filtered nodes and merges the filtered edges into weighted arcs", "[analytics]") {
  std::mt19937 rng(7);
  for (int round = 0; round < 60; ++round) {
    const graph::Graph graph = random_graph(rng, 5 + round % 30, 10 + 3 * round);
    const query::Filter filter = round % 4 == 0 ? query::Filter{} : random_filter(rng, graph);
    const EdgeWeight weight = static_cast<EdgeWeight>(round % 3);
    const Reference reference(graph, filter, {});
    const Snapshot snapshot(graph, {.filter = filter, .weight = weight});
    INFO("round " << round);

    const std::vector<graph::NodeId> kept = kept_nodes(reference);
    REQUIRE(snapshot.node_count() == kept.size());
    for (std::uint32_t v = 0; v < snapshot.node_count(); ++v) {
      CHECK(snapshot.node(v) == kept[v]);
      CHECK(snapshot.index(kept[v]) == v);
    }
    std::uint64_t edges = 0;
    for (const auto& [from, to, edge] : reference.edges()) {
      edges += from != to && reference.node_ok(from) && reference.node_ok(to) && reference.edge_ok(edge);
      if (!reference.node_ok(from)) CHECK(!snapshot.index(from));
    }
    CHECK(snapshot.edge_count() == edges);

    for (query::Direction direction : {query::Direction::out, query::Direction::in, query::Direction::both}) {
      const auto expected = expected_arcs(reference, snapshot, direction, weight);
      const Adjacency& arcs = snapshot.arcs(direction);
      REQUIRE(arcs.offsets.size() == snapshot.node_count() + 1);
      std::map<std::pair<std::uint32_t, std::uint32_t>, double> actual;
      bool unit = true;
      for (std::uint32_t v = 0; v < snapshot.node_count(); ++v) {
        for (std::uint32_t k = 0; k < arcs.degree(v); ++k) {
          const auto [slot, fresh] = actual.emplace(std::pair{v, arcs.neighbours(v)[k]}, arcs.weights_of(v)[k]);
          CHECK(fresh);  // each neighbour listed once
          unit = unit && slot->second == 1.0;
        }
      }
      REQUIRE(actual.size() == expected.size());
      for (const auto& [arc, w] : expected) {
        REQUIRE(actual.count(arc) == 1);
        CHECK(actual[arc] == Approx(w).epsilon(1e-6));
      }
      CHECK(arcs.unit_weights == unit);
    }
    CHECK(&snapshot.forward() == &snapshot.arcs(filter.direction));
    CHECK(&snapshot.backward() == &snapshot.arcs(query::reversed(filter.direction)));
  }
}

TEST_CASE("Two facts of different predicates between the same entities make one arc of weight 2", "[analytics]") {
  const graph::Graph graph = kg::test::classic_graph("florentine_families");
  const Snapshot plain(graph);
  const std::uint32_t medici = *plain.index(graph.find_nodes("Medici").at(0));
  CHECK(plain.arcs(query::Direction::both).degree(medici) == 6);
  CHECK(plain.arcs(query::Direction::both).unit_weights);
  CHECK(plain.edge_count() == 20);

  graph::GraphBuilder builder;
  builder.add_file("two.json");
  builder.add_fact({.subject = {.text = "a"}, .predicate = "member_of", .object = {.text = "b"}});
  builder.add_fact({.subject = {.text = "a"}, .predicate = "funds", .object = {.text = "b"}});
  builder.add_fact({.subject = {.text = "b"}, .predicate = "funds", .object = {.text = "a"}});
  builder.add_fact({.subject = {.text = "a"}, .predicate = "funds", .object = {.text = "a"}});
  const graph::Graph two = builder.build();
  const Snapshot snapshot(two);
  CHECK(snapshot.edge_count() == 3);  // the self-loop is dropped
  CHECK(std::vector<double>(snapshot.arcs(query::Direction::out).weights.begin(),
                            snapshot.arcs(query::Direction::out).weights.end()) == std::vector<double>{2, 1});
  CHECK(snapshot.arcs(query::Direction::both).weights_of(0)[0] == 3);
  CHECK(!snapshot.arcs(query::Direction::out).unit_weights);
}

}  // namespace kg::analytics::test
