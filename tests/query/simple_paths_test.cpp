#include <catch2/catch.hpp>

#include "kg/query/paths.h"
#include "query_fixtures.h"

using namespace kg::query;
using kg::graph::NodeId;
using test::Reference;

TEST_CASE("Simple paths up to a hop bound are exactly the brute-force ones, shortest first", "[query]") {
  std::mt19937 rng(5);
  Workspace workspace;
  for (const test::Shape& shape : test::kSmallShapes) {
    for (int round = 0; round < 25; ++round) {
      auto [graph, filter, from, to] = test::random_query(rng, shape.nodes, shape.facts, round % 2 == 1);
      std::uint32_t max_hops = std::uniform_int_distribution<std::uint32_t>(1, 6)(rng);
      if (from == to) continue;
      Reference reference(graph, filter, {from, to});
      std::vector<Path> expected = reference.simple_paths(from, to, max_hops);
      INFO("nodes " << shape.nodes << ", facts " << shape.facts << ", round " << round << ", bound " << max_hops);
      std::vector<Path> found =
          simple_paths(graph, from, to, {.filter = filter, .max_hops = max_hops, .limit = 100000}, workspace);
      CHECK(test::canonical(found) == test::canonical(expected));
      CHECK(std::is_sorted(found.begin(), found.end(),
                           [](const Path& a, const Path& b) { return a.length() < b.length(); }));
      for (const Path& path : found) CHECK(path.cost == static_cast<double>(path.length()));

      if (expected.size() > 2) {  // a limit keeps the shortest ones
        std::vector<Path> limited =
            simple_paths(graph, from, to, {.filter = filter, .max_hops = max_hops, .limit = 2}, workspace);
        REQUIRE(limited.size() == 2);
        std::vector<std::size_t> lengths;
        for (const Path& p : expected) lengths.push_back(p.length());
        std::sort(lengths.begin(), lengths.end());
        CHECK(limited[0].length() == lengths[0]);
        CHECK(limited[1].length() == lengths[1]);
        for (const Path& path : limited) reference.check_path(path, from, to);
      }
    }
  }
}

TEST_CASE("Simple paths need a hop bound", "[query]") {
  std::mt19937 rng(1);
  kg::graph::Graph graph = test::random_graph(rng, 3, 3);
  Workspace workspace;
  CHECK_THROWS_AS(simple_paths(graph, NodeId{0}, NodeId{1}, {}, workspace), std::invalid_argument);
}

TEST_CASE("A path of 300,000 hops is enumerated without recursion, by every path query", "[query]") {
  constexpr std::uint32_t kHops = 300'000;
  const kg::graph::Graph graph = test::chain_graph(kHops);
  Workspace workspace;
  const NodeId from{0}, to{kHops};
  const std::vector<Path> simple = simple_paths(graph, from, to, {.max_hops = kHops + 5}, workspace);
  REQUIRE(simple.size() == 1);
  CHECK(simple[0].length() == kHops);
  CHECK(simple[0].nodes.back() == to);
  const std::vector<Path> shortest = all_shortest_paths(graph, from, to, {}, workspace);
  REQUIRE(shortest.size() == 1);
  CHECK(shortest[0] == simple[0]);
  CHECK(shortest_path(graph, from, to, {}, workspace) == simple[0]);
  const std::vector<Path> yen = k_shortest_paths(graph, from, to, 3, Weight::hops, {}, workspace);
  REQUIRE(yen.size() == 1);
  CHECK(yen[0] == simple[0]);
}

TEST_CASE("Simple paths are never sought longer than the graph has nodes", "[query]") {
  // A hop bound far beyond any simple path must not cost a search per impossible length.
  const kg::graph::Graph graph = test::complete_graph(6);
  Workspace workspace;
  const std::vector<Path> paths = simple_paths(
      graph, NodeId{0}, NodeId{1}, {.max_hops = 1'000'000, .limit = 100000, .work = {.max_steps = 100'000}}, workspace);
  CHECK(paths.size() == 65);  // 1 + 4 + 4·3 + 4·3·2 + 4·3·2·1 paths of 1 to 5 hops
}
