// Published answers on classic social networks: Padgett's Florentine families and Zachary's karate club, as
// networkx ships them (tests/data/classic/*.edges), with all-pairs distances computed by networkx (*.distances).
#include <catch2/catch.hpp>

#include "kg/query/paths.h"
#include "query_fixtures.h"
#include "support/test_support.h"

using namespace kg::query;
using kg::graph::NodeId;

namespace {

/// Checks every pair's distance both ways against networkx's; returns the mean distance.
double check_distances(const std::string& name, std::size_t nodes, std::size_t edges) {
  kg::graph::Graph graph = kg::test::classic_graph(name);
  REQUIRE(graph.node_count() == nodes);
  REQUIRE(graph.edge_count() == edges);
  Workspace workspace;
  double total = 0;
  std::size_t pairs = 0;
  for (const auto& row : kg::test::read_classic_rows(name + ".distances")) {
    NodeId a = graph.find_nodes(row.at(0)).at(0), b = graph.find_nodes(row.at(1)).at(0);
    std::size_t expected = std::stoul(row.at(2));
    std::optional<Path> forward = shortest_path(graph, a, b, {}, workspace);
    std::optional<Path> backward = shortest_path(graph, b, a, {}, workspace);
    INFO(row.at(0) << " - " << row.at(1));
    REQUIRE(forward);
    REQUIRE(backward);
    CHECK(forward->length() == expected);
    CHECK(backward->length() == expected);
    CHECK(all_shortest_paths(graph, a, b, {}, workspace).front().length() == expected);
    total += static_cast<double>(expected);
    ++pairs;
  }
  CHECK(pairs == nodes * (nodes - 1) / 2);
  return total / static_cast<double>(pairs);
}

}  // namespace

TEST_CASE("Zachary's karate club distances match networkx, mean 2.4082, diameter 5", "[query]") {
  CHECK(check_distances("karate_club", 34, 78) == Approx(2.4082).margin(1e-4));
  kg::graph::Graph graph = kg::test::classic_graph("karate_club");
  Workspace workspace;
  std::uint32_t diameter = 0;
  for (std::uint32_t a = 0; a < graph.node_count(); ++a) {
    for (std::uint32_t b = 0; b < graph.node_count(); ++b) {
      diameter = std::max(
          diameter, static_cast<std::uint32_t>(shortest_path(graph, NodeId{a}, NodeId{b}, {}, workspace)->length()));
    }
  }
  CHECK(diameter == 5);
}

TEST_CASE("Padgett's Florentine families distances match networkx, mean 2.4857", "[query]") {
  CHECK(check_distances("florentine_families", 15, 20) == Approx(2.4857).margin(1e-4));
  kg::graph::Graph graph = kg::test::classic_graph("florentine_families");
  Workspace workspace;
  NodeId ridolfi = graph.find_nodes("Ridolfi").at(0), lamberteschi = graph.find_nodes("Lamberteschi").at(0);
  std::vector<Path> paths = all_shortest_paths(graph, ridolfi, lamberteschi, {}, workspace);
  REQUIRE(paths.size() == 1);  // Ridolfi - Tornabuoni - Guadagni - Lamberteschi, the only 3-hop route
  std::vector<std::string_view> names;
  for (NodeId node : paths[0].nodes) names.push_back(graph.node_name(node));
  CHECK(names == std::vector<std::string_view>{"Ridolfi", "Tornabuoni", "Guadagni", "Lamberteschi"});
  // Walking only along the listed order can never be shorter than ignoring direction.
  for (std::uint32_t a = 0; a < graph.node_count(); ++a) {
    for (std::uint32_t b = 0; b < graph.node_count(); ++b) {
      auto directed = shortest_path(graph, NodeId{a}, NodeId{b}, {.filter = {.direction = Direction::out}}, workspace);
      if (directed) CHECK(directed->length() >= shortest_path(graph, NodeId{a}, NodeId{b}, {}, workspace)->length());
    }
  }
}
