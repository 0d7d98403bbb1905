#include <catch2/catch.hpp>

#include "kg/query/paths.h"
#include "query_fixtures.h"

using namespace kg::query;
using kg::graph::NodeId;
using test::Reference;

namespace {

/// The k cheapest costs among `paths` by `cost`, ascending.
template <class Cost>
std::vector<double> cheapest_costs(const std::vector<Path>& paths, std::size_t k, Cost&& cost) {
  std::vector<double> costs;
  for (const Path& path : paths) costs.push_back(cost(path));
  std::sort(costs.begin(), costs.end());
  costs.resize(std::min(costs.size(), k));
  return costs;
}

void check_distinct(const std::vector<Path>& paths) {
  for (std::size_t i = 0; i < paths.size(); ++i) {
    for (std::size_t j = i + 1; j < paths.size(); ++j) CHECK_FALSE(paths[i] == paths[j]);
  }
}

}  // namespace

TEST_CASE("Yen's k shortest paths by hops match the brute-force k shortest simple paths", "[query]") {
  std::mt19937 rng(13);
  Workspace workspace;
  for (const test::Shape& shape : test::kSmallShapes) {
    for (int round = 0; round < 20; ++round) {
      auto [graph, filter, from, to] = test::random_query(rng, shape.nodes, shape.facts, round % 2 == 1);
      std::uint32_t max_hops = round % 4 == 1 ? 3 : kUnboundedHops;
      std::size_t k = std::uniform_int_distribution<std::size_t>(1, 12)(rng);
      if (from == to) continue;
      Reference reference(graph, filter, {from, to});
      std::vector<double> expected = cheapest_costs(reference.simple_paths(from, to, std::min(max_hops, shape.nodes)),
                                                    k, [](const Path& p) { return static_cast<double>(p.length()); });
      INFO("nodes " << shape.nodes << ", facts " << shape.facts << ", round " << round << ", k " << k);
      std::vector<Path> found =
          k_shortest_paths(graph, from, to, k, Weight::hops, {.filter = filter, .max_hops = max_hops}, workspace);
      std::vector<double> costs;
      for (const Path& path : found) {
        reference.check_path(path, from, to);
        CHECK(path.cost == static_cast<double>(path.length()));
        costs.push_back(path.cost);
      }
      CHECK(costs == expected);
      check_distinct(found);
    }
  }
}

TEST_CASE("Yen's k most credible paths match the brute-force cheapest -log(confidence) costs", "[query]") {
  std::mt19937 rng(17);
  Workspace workspace;
  for (const test::Shape& shape : test::kSmallShapes) {
    for (int round = 0; round < 20; ++round) {
      auto [graph, filter, from, to] = test::random_query(rng, shape.nodes, shape.facts, round % 2 == 1);
      std::size_t k = std::uniform_int_distribution<std::size_t>(1, 8)(rng);
      if (from == to) continue;
      Reference reference(graph, filter, {from, to});
      std::vector<double> expected = cheapest_costs(reference.simple_paths(from, to, shape.nodes), k,
                                                    [&](const Path& p) { return reference.credibility_cost(p); });
      INFO("nodes " << shape.nodes << ", facts " << shape.facts << ", round " << round << ", k " << k);
      std::vector<Path> found =
          k_shortest_paths(graph, from, to, k, Weight::credibility, {.filter = filter}, workspace);
      REQUIRE(found.size() == expected.size());
      for (std::size_t i = 0; i < found.size(); ++i) {
        reference.check_path(found[i], from, to);
        CHECK(found[i].cost == Approx(expected[i]).margin(1e-9));
        CHECK(reference.credibility_cost(found[i]) == Approx(expected[i]).margin(1e-9));
      }
      check_distinct(found);
    }
  }
}
