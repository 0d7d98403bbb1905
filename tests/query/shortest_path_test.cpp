#include <catch2/catch.hpp>

#include "kg/query/paths.h"
#include "query_fixtures.h"

using namespace kg::query;
using kg::graph::NodeId;
using test::Reference;

namespace {

std::uint32_t random_bound(std::mt19937& rng) {
  return std::uniform_int_distribution<int>(0, 3)(rng) == 0 ? std::uniform_int_distribution<std::uint32_t>(1, 4)(rng)
                                                            : kUnboundedHops;
}

}  // namespace

TEST_CASE("Shortest paths have the brute-force distance and are valid walks under random filters", "[query]") {
  std::mt19937 rng(7);
  Workspace workspace;  // one workspace across every graph and query, as a long-lived engine would
  for (const auto& shapes : {test::kSmallShapes, test::kLargerShapes}) {
    for (const test::Shape& shape : shapes) {
      for (int round = 0; round < 12; ++round) {
        kg::graph::Graph graph = test::random_graph(rng, shape.nodes, shape.facts);
        std::uniform_int_distribution<std::uint32_t> node(0, graph.node_count() - 1);
        Filter filter = round % 3 == 0 ? Filter{} : test::random_filter(rng, graph);
        std::uint32_t max_hops = random_bound(rng);
        for (int query = 0; query < 10; ++query) {
          NodeId from{node(rng)}, to{node(rng)};
          Reference reference(graph, filter, {from, to});
          std::uint32_t expected = reference.distances({from})[to.value];
          if (expected != Reference::kUnreached && expected > max_hops) expected = Reference::kUnreached;
          std::optional<Path> path =
              shortest_path(graph, from, to, {.filter = filter, .max_hops = max_hops}, workspace);
          INFO("nodes " << shape.nodes << ", facts " << shape.facts << ", round " << round << ", " << from.value
                        << " to " << to.value);
          if (expected == Reference::kUnreached) {
            CHECK_FALSE(path);
            continue;
          }
          REQUIRE(path);
          CHECK(path->length() == expected);
          CHECK(path->cost == static_cast<double>(expected));
          reference.check_path(*path, from, to);
        }
      }
    }
  }
}

TEST_CASE("All shortest paths are exactly the brute-force simple paths of minimum length", "[query]") {
  std::mt19937 rng(11);
  Workspace workspace;
  for (const test::Shape& shape : test::kSmallShapes) {
    for (int round = 0; round < 25; ++round) {
      auto [graph, filter, from, to] = test::random_query(rng, shape.nodes, shape.facts, round % 2 == 1);
      std::uint32_t max_hops = random_bound(rng);
      Reference reference(graph, filter, {from, to});
      std::vector<Path> every = reference.simple_paths(from, to, std::min(max_hops, shape.nodes));
      std::size_t shortest = every.empty() ? 0 : every.front().length();
      for (const Path& p : every) shortest = std::min(shortest, p.length());
      std::vector<Path> expected;
      for (const Path& p : every) {
        if (p.length() == shortest) expected.push_back(p);
      }
      INFO("nodes " << shape.nodes << ", facts " << shape.facts << ", round " << round);
      std::vector<Path> all =
          all_shortest_paths(graph, from, to, {.filter = filter, .max_hops = max_hops, .limit = 1000}, workspace);
      CHECK(test::canonical(all) == test::canonical(expected));

      if (expected.size() > 1) {  // a limit keeps that many of them, all genuine
        std::vector<Path> limited =
            all_shortest_paths(graph, from, to, {.filter = filter, .max_hops = max_hops, .limit = 1}, workspace);
        REQUIRE(limited.size() == 1);
        CHECK(std::find(expected.begin(), expected.end(), limited.front()) != expected.end());
      }
    }
  }
}

TEST_CASE("A path from an entity to itself has no hops", "[query]") {
  std::mt19937 rng(3);
  kg::graph::Graph graph = test::random_graph(rng, 4, 6);
  Workspace workspace;
  std::optional<Path> path = shortest_path(graph, NodeId{2}, NodeId{2}, {}, workspace);
  REQUIRE(path);
  CHECK(path->nodes == std::vector<NodeId>{NodeId{2}});
  CHECK(path->hops.empty());
  CHECK(all_shortest_paths(graph, NodeId{2}, NodeId{2}, {}, workspace).size() == 1);
}

TEST_CASE("Avoided and excluded-type nodes still work as a path's endpoints", "[query]") {
  kg::graph::GraphBuilder builder;
  builder.add_file("t.json");
  builder.add_entity({.id = "a", .type = "Person", .name = "A", .aliases = {}, .props = {}, .at = {}});
  builder.add_entity({.id = "b", .type = "Place", .name = "B", .aliases = {}, .props = {}, .at = {}});
  builder.add_entity({.id = "c", .type = "Person", .name = "C", .aliases = {}, .props = {}, .at = {}});
  kg::graph::FactRecord fact;
  fact.subject.text = "a", fact.predicate = "knows", fact.object.text = "c";
  builder.add_fact(fact);
  fact.subject.text = "c", fact.object.text = "b";
  builder.add_fact(fact);
  kg::graph::Graph graph = builder.build();
  NodeId a = graph.find_nodes("a").at(0), b = graph.find_nodes("b").at(0), c = graph.find_nodes("c").at(0);
  Workspace workspace;
  Filter filter{.excluded_node_types = {graph.node_type(b)}, .avoid = {a}};
  std::optional<Path> path = shortest_path(graph, a, b, {.filter = filter}, workspace);
  REQUIRE(path);
  CHECK(path->nodes == std::vector<NodeId>{a, c, b});
  filter.avoid = {c};
  CHECK_FALSE(shortest_path(graph, a, b, {.filter = filter}, workspace));
}
