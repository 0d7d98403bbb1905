// WHERE, WITH and UNWIND.
#include <catch2/catch.hpp>

#include "cypher_fixtures.h"

using kg::cypher::test::query;
using kg::cypher::test::triangle;
using Rows = std::vector<std::string>;

TEST_CASE("WHERE keeps the rows whose condition is true, null and false drop them", "[cypher]") {
  CHECK(query(triangle(), "MATCH (n:Person) WHERE n.age > 35 RETURN n.id") == Rows{"'b'"});
  CHECK(query(triangle(), "MATCH (n:Person) WHERE NOT n.age > 35 RETURN n.id") == Rows{"'a'"});
  CHECK(query(triangle(), "MATCH (n:Person) WHERE n.age IS NULL RETURN n.id") == Rows{"'c'"});
  CHECK(kg::cypher::test::error_of(triangle(), "MATCH (n) WHERE n.id RETURN n") ==
        "query:1:17: expected a boolean, got STRING");
}

TEST_CASE("WITH projects, renames and filters, later clauses see only what it passes on", "[cypher]") {
  CHECK(query(triangle(), "WITH 1 AS a, 2 AS b WITH a + b AS c WHERE c > 2 RETURN c") == Rows{"3"});
  CHECK(query(triangle(), "WITH 1 AS a WITH a AS b, a + 1 AS a RETURN a, b") == Rows{"2 | 1"});
  CHECK(query(triangle(),
              "MATCH (n:Person) WITH n ORDER BY n.id DESC LIMIT 1 MATCH (n)-[:knows]->(m) "
              "RETURN m.id ORDER BY m.id") == Rows{"'a'", "'c'"});
  CHECK(query(triangle(), "MATCH (n:Person) WITH * WHERE n.age = 30 RETURN n.id") == Rows{"'a'"});
}

TEST_CASE("UNWIND makes a row per item, null and the empty list make none, a single value one", "[cypher]") {
  CHECK(query(triangle(), "UNWIND [1, 2] AS x UNWIND ['a', 'b'] AS y RETURN x, y") ==
        Rows{"1 | 'a'", "1 | 'b'", "2 | 'a'", "2 | 'b'"});
  CHECK(query(triangle(), "UNWIND [] AS x RETURN x").empty());
  CHECK(query(triangle(), "UNWIND null AS x RETURN x").empty());
  CHECK(query(triangle(), "UNWIND 5 AS x RETURN x") == Rows{"5"});
  CHECK(query(triangle(), "UNWIND [[1, 2], [3]] AS l UNWIND l AS x RETURN sum(x)") == Rows{"6"});
}
