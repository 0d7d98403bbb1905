// One-hop patterns: directions, types, self-loops, relationship uniqueness within a MATCH.
#include <catch2/catch.hpp>

#include "cypher_fixtures.h"

using kg::cypher::test::sorted_query;
using kg::cypher::test::triangle;
using Rows = std::vector<std::string>;

TEST_CASE("A directed pattern follows the arrow, reversed, it walks against it", "[cypher]") {
  CHECK(sorted_query(triangle(), "MATCH (x)-[:knows]->(y) RETURN x.id, y.id") ==
        Rows{"'a' | 'b'", "'b' | 'c'", "'c' | 'a'", "'c' | 'c'"});
  CHECK(sorted_query(triangle(), "MATCH (x {id: 'a'})<-[:knows]-(y) RETURN y.id") == Rows{"'c'"});
  CHECK(sorted_query(triangle(), "MATCH (y)-[:knows]->(x {id: 'a'}) RETURN y.id") == Rows{"'c'"});
}

TEST_CASE("An undirected pattern matches each relationship both ways, a self-loop once", "[cypher]") {
  CHECK(sorted_query(triangle(), "MATCH (x)-[:knows]-(y) RETURN x.id, y.id") ==
        Rows{"'a' | 'b'", "'a' | 'c'", "'b' | 'a'", "'b' | 'c'", "'c' | 'a'", "'c' | 'b'", "'c' | 'c'"});
  CHECK(sorted_query(triangle(), "MATCH ()-[r]-() RETURN count(r)") == Rows{"9"});
  CHECK(sorted_query(triangle(), "MATCH (x)-[r]-(x) RETURN x.id") == Rows{"'c'"});
  CHECK(sorted_query(triangle(), "MATCH (x)-[r]->(x) RETURN x.id") == Rows{"'c'"});
  CHECK(sorted_query(triangle(), "MATCH (x)<-[r]-(x) RETURN x.id") == Rows{"'c'"});
}

TEST_CASE("Types, target labels and property maps restrict a hop", "[cypher]") {
  CHECK(sorted_query(triangle(), "MATCH (x)-[:funds|knows]->(y:Organization) RETURN x.id") == Rows{"'a'"});
  CHECK(sorted_query(triangle(), "MATCH (x)-[r {confidence: 0.5}]->(y) RETURN x.id, y.id") == Rows{"'b' | 'c'"});
  CHECK(sorted_query(triangle(), "MATCH (x:Person {age: 40})--(y) RETURN y.id") == Rows{"'a'", "'c'"});
}

TEST_CASE("Relationships of one MATCH are distinct, those of two MATCH clauses need not be", "[cypher]") {
  // Counted by hand: pairs of chained traversals of `knows` with different relationships.
  CHECK(sorted_query(triangle(), "MATCH (x)-[:knows]-(y)-[:knows]-(z) RETURN count(*)") == Rows{"10"});
  CHECK(sorted_query(triangle(), "MATCH (x)-[r1:knows]->(y) MATCH (y)<-[r2:knows]-(x) RETURN count(*)") == Rows{"4"});
  CHECK(sorted_query(triangle(), "MATCH (x)-[r1:knows]->(y), (y)<-[r2:knows]-(x) RETURN count(*)") == Rows{"0"});
  CHECK(sorted_query(triangle(), "MATCH (x)-[:knows]->(y), (y)-[:knows]->(x) RETURN count(*)") == Rows{"0"});
}

TEST_CASE("A relationship bound earlier is matched again only between its own endpoints", "[cypher]") {
  CHECK(sorted_query(triangle(), "MATCH ()-[r:funds]->() MATCH (x)-[r]-(y) RETURN x.id, y.id") ==
        Rows{"'a' | 'o'", "'o' | 'a'"});
  CHECK(sorted_query(triangle(), "MATCH ()-[r:funds]->() MATCH (x)<-[r]-(y) RETURN x.id, y.id") == Rows{"'o' | 'a'"});
}

TEST_CASE("A node bound earlier can be checked against new labels", "[cypher]") {
  CHECK(sorted_query(triangle(), "MATCH (x)-[:funds]->(y) MATCH (y:Person) RETURN y.id").empty());
  CHECK(sorted_query(triangle(), "MATCH (x)-[:funds]->(y) MATCH (y:Organization) RETURN y.id") == Rows{"'o'"});
}
