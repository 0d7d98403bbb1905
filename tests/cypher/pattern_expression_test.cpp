// Pattern predicates and pattern comprehensions.
#include <catch2/catch.hpp>

#include "cypher_fixtures.h"

using kg::cypher::test::query;
using kg::cypher::test::sorted_query;
using kg::cypher::test::triangle;
using Rows = std::vector<std::string>;

TEST_CASE("A pattern predicate is true when the pattern matches at least once from the row", "[cypher]") {
  CHECK(sorted_query(triangle(), "MATCH (x:Person) WHERE NOT (x)-[:funds]->() RETURN x.id") == Rows{"'b'", "'c'"});
  CHECK(sorted_query(triangle(), "MATCH (x:Person) WHERE (x)-[:knows]->(:Person {age: 40}) RETURN x.id") ==
        Rows{"'a'"});
  CHECK(sorted_query(triangle(), "MATCH (x), (y) WHERE x.id < y.id AND (x)--(y) RETURN x.id, y.id") ==
        Rows{"'a' | 'b'", "'a' | 'c'", "'a' | 'o'", "'b' | 'c'"});
  CHECK(sorted_query(triangle(), "MATCH (x:Person) RETURN x.id, exists((x)-[:funds]->())") ==
        Rows{"'a' | true", "'b' | false", "'c' | false"});
}

TEST_CASE("A pattern comprehension collects a value for every match", "[cypher]") {
  CHECK(query(triangle(), "MATCH (x {id: 'c'}) RETURN [(x)-[:knows]->(y) | y.id]") == Rows{"['a', 'c']"});
  CHECK(query(triangle(), "MATCH (x {id: 'a'}) RETURN [(x)-[r]->(y) WHERE type(r) = 'funds' | y.id]") == Rows{"['o']"});
  CHECK(query(triangle(), "MATCH (x {id: 'a'}) RETURN size([p = (x)-[*1..2]->() | p])") == Rows{"3"});
}
