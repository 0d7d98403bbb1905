#include "kg/cypher/result_elements.h"

#include <catch2/catch.hpp>

#include "cypher_fixtures.h"

TEST_CASE("A result's elements: nodes, relationships with their endpoints, paths, inside lists and maps", "[cypher]") {
  const auto& graph = kg::cypher::test::triangle();
  const auto table = kg::cypher::prepare(graph,
                                         "MATCH p = (a {id: 'a'})-[:knows]->(b) MATCH (a)-[r:funds]->() "
                                         "RETURN {path: p}, [r], a, 1")
                         .run();
  const kg::graph::Subgraph elements = kg::cypher::result_elements(graph, table);
  std::vector<std::string> nodes;
  for (kg::graph::NodeId node : elements.nodes) nodes.emplace_back(graph.node_key(node));
  CHECK(nodes == std::vector<std::string>{"a", "b", "o"});
  REQUIRE(elements.edges.size() == 2);
  CHECK(graph.predicate_name(graph.edge_predicate(elements.edges[0])) == "knows");
  CHECK(graph.predicate_name(graph.edge_predicate(elements.edges[1])) == "funds");
}

TEST_CASE("Elements of several results are collected once each, in the order they first appear", "[cypher]") {
  const auto& graph = kg::cypher::test::triangle();
  kg::cypher::ResultElements elements(graph);
  for (const char* text : {"MATCH (x {id: 'b'}) RETURN x", "MATCH (a {id: 'a'})-[r:knows]->(b) RETURN r, b",
                           "MATCH (x {id: 'b'}) RETURN x, [x] AS again"}) {
    elements.add(kg::cypher::prepare(graph, text).run());
  }
  std::vector<std::string> nodes;
  for (kg::graph::NodeId node : elements.subgraph().nodes) nodes.emplace_back(graph.node_key(node));
  CHECK(nodes == std::vector<std::string>{"b", "a"});
  CHECK(elements.subgraph().edges.size() == 1);
}
