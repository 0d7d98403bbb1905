// Distinct endpoints of variable-length patterns, checked against enumerating every trail.
#include <catch2/catch.hpp>

#include "cypher_fixtures.h"

using kg::cypher::test::make_graph;
using kg::cypher::test::sorted_query;
using kg::cypher::test::triangle;
using Rows = std::vector<std::string>;

TEST_CASE("count(DISTINCT) over a variable-length pattern searches breadth first", "[cypher]") {
  const auto prepared = kg::cypher::prepare(triangle(), "MATCH ({id: 'a'})-[*1..2]-(y) RETURN count(DISTINCT y)");
  CHECK(prepared.explain().find("ReachExpand") != std::string::npos);
  CHECK(kg::cypher::test::rows_of(triangle(), prepared.run()) == Rows{"3"});  // b, c, o
}

TEST_CASE("The start node is an endpoint only through a closed trail within the bound", "[cypher]") {
  // a lies on the knows triangle (3 hops); c has a self-loop (1 hop).
  CHECK(sorted_query(triangle(), "MATCH ({id: 'a'})-[:knows*1..2]-(y) RETURN DISTINCT y.id") == Rows{"'b'", "'c'"});
  CHECK(sorted_query(triangle(), "MATCH ({id: 'a'})-[:knows*1..3]-(y) RETURN DISTINCT y.id") ==
        Rows{"'a'", "'b'", "'c'"});
  CHECK(sorted_query(triangle(), "MATCH ({id: 'c'})-[:knows*1]-(y) RETURN DISTINCT y.id") == Rows{"'a'", "'b'", "'c'"});
  CHECK(sorted_query(triangle(), "MATCH ({id: 'a'})-[:knows*0..1]-(y) RETURN DISTINCT y.id") ==
        Rows{"'a'", "'b'", "'c'"});
  // Going back over the same relationship is not a trail; a second, parallel relationship is.
  const kg::graph::Graph pair = make_graph({}, {{"x", "p", "y"}, {"y", "q", "x"}, {"x", "p", "z"}});
  CHECK(sorted_query(pair, "MATCH ({id: 'z'})-[*1..2]-(w) RETURN DISTINCT w.id") == Rows{"'x'", "'y'"});
  CHECK(sorted_query(pair, "MATCH ({id: 'x'})-[*1..2]-(w) RETURN DISTINCT w.id") == Rows{"'x'", "'y'", "'z'"});
  CHECK(sorted_query(pair, "MATCH ({id: 'x'})-[*1..2]->(w) RETURN DISTINCT w.id") == Rows{"'x'", "'y'", "'z'"});
  CHECK(sorted_query(pair, "MATCH ({id: 'z'})<-[*1..2]-(w) RETURN DISTINCT w.id") == Rows{"'x'", "'y'"});
}

TEST_CASE("Distinct endpoints agree with every trail, for both ends bound and for min and max", "[cypher]") {
  for (const char* pattern : {"-[*1..2]-", "-[*0..3]->", "<-[:knows*1..4]-", "-[*1]-", "-[*0..0]-"}) {
    for (const char* start : {"a", "b", "c", "o"}) {
      INFO(pattern << " from " << start);
      const std::string match = std::string("MATCH ({id: '") + start + "'})" + pattern + "(y) ";
      CHECK(sorted_query(triangle(), match + "RETURN DISTINCT y.id") ==
            sorted_query(triangle(), match + "WITH y, count(*) AS n RETURN y.id"));
    }
  }
  CHECK(sorted_query(triangle(), "MATCH (x {id: 'a'}), (y {id: 'a'}) MATCH (x)-[*1..3]-(y) RETURN DISTINCT y.id") ==
        Rows{"'a'"});
}

TEST_CASE("Distinct endpoints agree with every trail when the search reaches more nodes than its sparse marks hold",
          "[cypher]") {
  // A hub with 150 spokes, each spoke with two leaves and a ring through the spokes: the search from the hub marks
  // far more than the 64 + n/64 nodes its hash map holds before it turns dense, and from a leaf it stays sparse.
  std::vector<kg::cypher::test::FactSpec> facts;
  for (int spoke = 0; spoke < 150; ++spoke) {
    const std::string name = "s" + std::to_string(spoke);
    facts.push_back({"hub", "p", name});
    facts.push_back({name, "q", name + "a"});
    facts.push_back({name + "b", "q", name});
    facts.push_back({name, "r", "s" + std::to_string((spoke + 1) % 150)});
  }
  const kg::graph::Graph graph = make_graph({}, facts);
  for (const char* start : {"hub", "s7a", "s0"}) {
    for (const char* pattern : {"-[*1..2]-", "-[*1..3]->", "<-[*0..2]-"}) {
      INFO(pattern << " from " << start);
      const std::string match = std::string("MATCH ({id: '") + start + "'})" + pattern + "(y) ";
      const Rows distinct = sorted_query(graph, match + "RETURN DISTINCT y.id");
      CHECK(distinct == sorted_query(graph, match + "WITH y, count(*) AS n RETURN y.id"));
      CHECK(sorted_query(graph, match + "RETURN count(DISTINCT y)") == Rows{std::to_string(distinct.size())});
    }
  }
  CHECK(sorted_query(graph, "MATCH ({id: 'hub'})-[*1..2]-(y) RETURN count(DISTINCT y)") == Rows{"450"});
  // One search after another in the same run: dense marks from the hub, then the smaller searches.
  CHECK(sorted_query(graph,
                     "UNWIND ['hub', 's0', 's7a'] AS start MATCH (x {id: start})-[*1..2]-(y) RETURN start, "
                     "count(DISTINCT y)") == Rows{"'hub' | 450", "'s0' | 156", "'s7a' | 5"});
}
