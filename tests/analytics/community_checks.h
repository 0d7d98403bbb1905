#pragma once
// What every community method must satisfy, checked for Louvain and Leiden alike against igraph (oracle.py).
#include <cmath>
#include <random>
#include <string>

#include "analytics_fixtures.h"
#include "kg/analytics/communities.h"

namespace kg::analytics::test {

/// A community method and the name oracle.py knows its igraph peer by.
struct CommunityMethod {
  const char* oracle;
  Communities (*run)(const Snapshot&, const CommunityOptions&);
};

/// Runs `method` and checks what holds for any result: modularity as reported, connected communities, at least the
/// peer's modularity (its mean over five seeds, see oracle.py) minus 0.5 %. Returns the result.
inline Communities check_against_igraph(const CommunityMethod& method, const graph::Graph& graph,
                                        const query::Filter& filter, EdgeWeight weight, double resolution = 1.0) {
  const Snapshot snapshot(graph, {.filter = filter, .weight = weight});
  const Communities found = method.run(snapshot, {.resolution = resolution, .seed = 5});
  CHECK(found.modularity == Approx(modularity(snapshot, found.partition.group, resolution)).margin(1e-12));
  CHECK(groups_connected(snapshot, found.partition.group));
  if (snapshot.arcs(query::Direction::both).arc_count() == 0) return found;
  const double peer = numbers(run_oracle(method.oracle, oracle_edges(Reference(graph, filter, {}), weight),
                                         fmt::format("--resolution {}", resolution)))
                          .at(0);
  INFO("kg " << found.modularity << ", igraph " << peer);
  CHECK(found.modularity >= peer - 0.005 * std::abs(peer));
  return found;
}

/// The classic networks; the karate club reaches the best known partition's 0.4198.
inline void check_classics(const CommunityMethod& method) {
  for (const std::string& name : kClassics) {
    INFO(name);
    check_against_igraph(method, kg::test::classic_graph(name), {}, EdgeWeight::none);
  }
  const Communities karate = check_against_igraph(method, kg::test::classic_graph("karate_club"), {}, EdgeWeight::none);
  CHECK(karate.modularity == Approx(0.4198).margin(0.005));
}

/// Twelve random multigraphs, some filtered, weighted three ways, at resolutions 0.5, 1 and 2.
inline void check_random_graphs(const CommunityMethod& method, std::uint32_t seed) {
  std::mt19937 rng(seed);
  for (int round = 0; round < 12; ++round) {
    const graph::Graph graph = random_graph(rng, 100 + round * 40, 300 + round * 120);
    const query::Filter filter = round % 3 == 0 ? random_filter(rng, graph) : query::Filter{};
    const double resolution = round % 4 == 1 ? 0.5 : round % 4 == 3 ? 2.0 : 1.0;
    INFO("round " << round << " resolution " << resolution);
    check_against_igraph(method, graph, filter, static_cast<EdgeWeight>(round % 3), resolution);
  }
}

/// The same seed gives the same partition; a higher resolution more communities, a lower one fewer.
inline void check_deterministic(const CommunityMethod& method) {
  std::mt19937 rng(59);
  const graph::Graph graph = random_graph(rng, 400, 1200);
  const Snapshot snapshot(graph);
  const Communities once = method.run(snapshot, {.seed = 3});
  CHECK(method.run(snapshot, {.seed = 3}).partition.group == once.partition.group);
  CHECK(method.run(snapshot, {.resolution = 3.0, .seed = 3}).partition.count() > once.partition.count());
  CHECK(method.run(snapshot, {.resolution = 0.2, .seed = 3}).partition.count() < once.partition.count());
  CHECK(method.run(Snapshot(graph::Graph{}), {}).partition.count() == 0);
}

/// More passes (each from the last partition) never lower modularity, for the same seed; one pass is allowed.
inline void check_passes(const CommunityMethod& method) {
  std::mt19937 rng(61);
  for (int trial = 0; trial < 5; ++trial) {
    const graph::Graph graph = random_graph(rng, 300, 900);
    const Snapshot snapshot(graph);
    double previous = -1;
    for (std::uint32_t passes = 1; passes <= 6; ++passes) {
      const Communities found = method.run(snapshot, {.seed = 5, .passes = passes, .tolerance = 0});
      CHECK(found.modularity == Approx(modularity(snapshot, found.partition.group)).margin(1e-12));
      CHECK(found.modularity >= previous - 1e-12);
      previous = found.modularity;
    }
  }
}

}  // namespace kg::analytics::test
