// OPTIONAL MATCH: null rows when nothing matches, WHERE inside the optional part.
#include <catch2/catch.hpp>

#include "cypher_fixtures.h"

using kg::cypher::test::query;
using kg::cypher::test::triangle;
using Rows = std::vector<std::string>;

TEST_CASE("OPTIONAL MATCH keeps each input row, with nulls when the pattern does not match", "[cypher]") {
  CHECK(query(triangle(),
              "MATCH (x:Person) OPTIONAL MATCH (x)-[r:funds]->(o) RETURN x.id, type(r), o.id ORDER BY x.id") ==
        Rows{"'a' | 'funds' | 'o'", "'b' | null | null", "'c' | null | null"});
}

TEST_CASE("WHERE belongs to the OPTIONAL MATCH: it removes matches, not rows", "[cypher]") {
  CHECK(query(triangle(),
              "MATCH (x:Person) OPTIONAL MATCH (x)-[:knows]->(y) WHERE y.age > 35 "
              "RETURN x.id, y.id ORDER BY x.id") == Rows{"'a' | 'b'", "'b' | null", "'c' | null"});
}

TEST_CASE("A leading OPTIONAL MATCH that finds nothing gives one row of nulls", "[cypher]") {
  CHECK(query(triangle(), "OPTIONAL MATCH (n:Nothing) RETURN n") == Rows{"null"});
  CHECK(query(triangle(), "OPTIONAL MATCH (n:Nothing) RETURN count(n), count(*)") == Rows{"0 | 1"});
  CHECK(query(triangle(), "OPTIONAL MATCH (n:Nothing) OPTIONAL MATCH (n)-->(m) RETURN n, m") == Rows{"null | null"});
}

TEST_CASE("A path through an unmatched OPTIONAL MATCH is null", "[cypher]") {
  CHECK(query(triangle(), "MATCH (x {id: 'o'}) OPTIONAL MATCH p = (x)-->() RETURN p") == Rows{"null"});
}
