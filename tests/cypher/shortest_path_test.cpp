// shortestPath and allShortestPaths.
#include <catch2/catch.hpp>

#include "cypher_fixtures.h"

using kg::cypher::test::query;
using kg::cypher::test::sorted_query;
using kg::cypher::test::triangle;
using Rows = std::vector<std::string>;

TEST_CASE("shortestPath finds one path of fewest hops under the pattern's direction and types", "[cypher]") {
  CHECK(query(triangle(), "MATCH p = shortestPath((x {id: 'b'})-[*]-(y {id: 'o'})) RETURN p, length(p)") ==
        Rows{"<b,a,o> | 2"});
  CHECK(query(triangle(), "MATCH p = shortestPath((x {id: 'b'})-[*]->(y {id: 'o'})) RETURN p") == Rows{"<b,c,a,o>"});
  CHECK(query(triangle(), "MATCH p = shortestPath((x {id: 'o'})<-[*]-(y {id: 'b'})) RETURN p") == Rows{"<o,a,c,b>"});
  CHECK(query(triangle(), "MATCH p = shortestPath((x {id: 'b'})-[:knows*]-(y {id: 'o'})) RETURN p").empty());
  CHECK(query(triangle(), "MATCH p = shortestPath((x {id: 'b'})-[*..2]->(y {id: 'o'})) RETURN p").empty());
}

TEST_CASE("A shortest path of length 0 exists only when the range allows it", "[cypher]") {
  CHECK(query(triangle(), "MATCH p = shortestPath((x {id: 'a'})-[*]-(y {id: 'a'})) RETURN p").empty());
  CHECK(query(triangle(), "MATCH p = shortestPath((x {id: 'a'})-[*0..]-(y {id: 'a'})) RETURN length(p)") == Rows{"0"});
}

TEST_CASE("allShortestPaths lists every path of the shortest length", "[cypher]") {
  const kg::graph::Graph diamond =
      kg::cypher::test::make_graph({}, {{"s", "p", "x"}, {"s", "p", "y"}, {"x", "p", "t"}, {"y", "p", "t"}});
  CHECK(sorted_query(diamond, "MATCH p = allShortestPaths((a {id: 's'})-[*]->(b {id: 't'})) RETURN p") ==
        Rows{"<s,x,t>", "<s,y,t>"});
  CHECK(sorted_query(diamond,
                     "MATCH (a {id: 's'}), (b {id: 't'}) MATCH p = shortestPath((a)-[rs*]->(b)) "
                     "RETURN size(rs), length(p)") == Rows{"2 | 2"});
}

TEST_CASE("shortestPath refuses what it cannot do", "[cypher]") {
  CHECK(kg::cypher::test::error_of(triangle(), "MATCH p = shortestPath((x)-[*2..]-(y)) RETURN p") ==
        "query:1:29: a shortest path starts at 0 or 1 hops: write *0.. or *1..");
  CHECK(kg::cypher::test::error_of(triangle(), "MATCH p = shortestPath((x)-[* {a: 1}]-(y)) RETURN p") ==
        "query:1:31: property maps are not supported inside shortestPath/allShortestPaths");
}
