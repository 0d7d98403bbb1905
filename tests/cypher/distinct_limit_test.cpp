// DISTINCT, SKIP and LIMIT.
#include <catch2/catch.hpp>

#include "cypher_fixtures.h"

using kg::cypher::test::query;
using kg::cypher::test::triangle;
using Rows = std::vector<std::string>;

TEST_CASE("DISTINCT keeps the first of equivalent rows: null with null, 1 with 1.0", "[cypher]") {
  CHECK(query(triangle(), "UNWIND [1, 1.0, null, null, 'a', [1, null], [1.0, null]] AS x RETURN DISTINCT x") ==
        Rows{"1", "null", "'a'", "[1, null]"});
  CHECK(query(triangle(), "MATCH (x)-[:knows]-(y) RETURN DISTINCT x.id ORDER BY x.id") == Rows{"'a'", "'b'", "'c'"});
}

TEST_CASE("SKIP and LIMIT count rows, and take parameters", "[cypher]") {
  CHECK(query(triangle(), "UNWIND range(1, 5) AS x RETURN x SKIP 3") == Rows{"4", "5"});
  CHECK(query(triangle(), "UNWIND range(1, 5) AS x RETURN x LIMIT 2") == Rows{"1", "2"});
  CHECK(query(triangle(), "UNWIND range(1, 5) AS x RETURN x SKIP 10").empty());
  CHECK(query(triangle(), "UNWIND range(1, 5) AS x RETURN x SKIP $s LIMIT $l",
              {{"s", kg::query::Value::integer(1)}, {"l", kg::query::Value::integer(1)}}) == Rows{"2"});
}
