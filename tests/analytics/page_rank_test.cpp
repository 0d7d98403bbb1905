#include "kg/analytics/page_rank.h"

#include <numeric>

#include "analytics_fixtures.h"

namespace kg::analytics::test {
namespace {

/// kg's PageRank and igraph's PRPACK on the same filtered graph, as L1 distance; checks kg's sums to 1.
double distance_to_igraph(const graph::Graph& graph, const query::Filter& filter, EdgeWeight weight,
                          double damping = 0.85, unsigned threads = 0) {
  const Snapshot snapshot(graph, {.filter = filter, .weight = weight});
  const PageRankResult rank = page_rank(snapshot, {.damping = damping, .tolerance = 1e-13, .threads = threads});
  CHECK(rank.converged);
  if (!rank.values.empty()) CHECK(std::accumulate(rank.values.begin(), rank.values.end(), 0.0) == Approx(1.0));
  const Reference reference(graph, filter, {});
  const std::vector<double> expected =
      numbers(run_oracle("pagerank", oracle_edges(reference, weight),
                         fmt::format("{} --damping {}{}", direction_option(filter.direction), damping,
                                     weight == EdgeWeight::none ? "" : " --weighted")));
  return l1_distance(rank.values, expected);
}

}  // namespace

TEST_CASE("PageRank equals igraph's PRPACK on the classic networks, directed and undirected", "[analytics]") {
  for (const std::string& name : kClassics) {
    const graph::Graph graph = kg::test::classic_graph(name);
    for (query::Direction direction : {query::Direction::both, query::Direction::out, query::Direction::in}) {
      INFO(name << " " << direction_option(direction));
      CHECK(distance_to_igraph(graph, {.direction = direction}, EdgeWeight::none) < 1e-9);
    }
    INFO(name << " with damping 0.5");
    CHECK(distance_to_igraph(graph, {}, EdgeWeight::none, 0.5) < 1e-9);
  }
}

TEST_CASE("PageRank equals igraph's on random multigraphs with dangling nodes, filters and weights", "[analytics]") {
  std::mt19937 rng(11);
  for (int round = 0; round < 30; ++round) {
    const graph::Graph graph = random_graph(rng, 10 + round * 3, 15 + round * 7);
    query::Filter filter = round % 3 == 0 ? query::Filter{} : random_filter(rng, graph);
    const EdgeWeight weight = static_cast<EdgeWeight>(round % 3);
    INFO("round " << round << " " << direction_option(filter.direction) << " weight " << round % 3);
    CHECK(distance_to_igraph(graph, filter, weight, 0.85, 1 + round % 2) < 1e-9);
  }
}

TEST_CASE("PageRank gives the same ranks on one thread and on two", "[analytics]") {
  std::mt19937 rng(5);
  const graph::Graph graph = random_graph(rng, 300, 1200);
  const Snapshot snapshot(graph, {.filter = {.direction = query::Direction::out}});
  const PageRankResult one = page_rank(snapshot, {.threads = 1});
  const PageRankResult two = page_rank(snapshot, {.threads = 2});
  CHECK(one.iterations == two.iterations);
  CHECK(l1_distance(one.values, two.values) < 1e-15);
}

TEST_CASE("PageRank stops after max_iterations and says it did not converge", "[analytics]") {
  const graph::Graph graph = kg::test::classic_graph("karate_club");
  const Snapshot snapshot(graph);
  const PageRankResult rank = page_rank(snapshot, {.max_iterations = 3});
  CHECK(rank.iterations == 3);
  CHECK(!rank.converged);
  CHECK(std::accumulate(rank.values.begin(), rank.values.end(), 0.0) == Approx(1.0));
  CHECK(page_rank(Snapshot(graph::Graph{})).values.empty());
  CHECK_THROWS_AS(page_rank(snapshot, {.damping = 1.0}), std::invalid_argument);
  CHECK_THROWS_AS(page_rank(snapshot, {.tolerance = 0}), std::invalid_argument);
}

}  // namespace kg::analytics::test
