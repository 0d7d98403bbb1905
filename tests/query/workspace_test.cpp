#include "kg/query/workspace.h"

#include <catch2/catch.hpp>

#include "kg/query/neighbourhood.h"
#include "kg/query/paths.h"
#include "query_fixtures.h"

using namespace kg::query;
using kg::graph::NodeId;

TEST_CASE("A workspace reused across graphs of different sizes answers like a fresh one", "[query]") {
  std::mt19937 rng(31);
  Workspace shared;
  for (int round = 0; round < 40; ++round) {
    std::uint32_t nodes = std::uniform_int_distribution<std::uint32_t>(2, 80)(rng);
    kg::graph::Graph graph = test::random_graph(rng, nodes, nodes * 2);
    std::uniform_int_distribution<std::uint32_t> node(0, graph.node_count() - 1);
    NodeId a{node(rng)}, b{node(rng)};
    Workspace fresh;
    CHECK(shortest_path(graph, a, b, {}, shared) == shortest_path(graph, a, b, {}, fresh));
    CHECK(most_credible_path(graph, a, b, {}, shared) == most_credible_path(graph, a, b, {}, fresh));
    std::vector<NodeId> start{a};
    CHECK(neighbourhood(graph, start, {.depth = 2}, shared).edges ==
          neighbourhood(graph, start, {.depth = 2}, fresh).edges);
  }
}

TEST_CASE("A moved-from workspace's successor keeps working", "[query]") {
  std::mt19937 rng(37);
  kg::graph::Graph graph = test::random_graph(rng, 10, 20);
  Workspace first;
  auto before = shortest_path(graph, NodeId{0}, NodeId{9}, {}, first);
  Workspace second = std::move(first);
  CHECK(shortest_path(graph, NodeId{0}, NodeId{9}, {}, second) == before);
}
