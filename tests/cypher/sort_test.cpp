// ORDER BY: Cypher's order across kinds, DESC, ties, keys that are not columns, top-k with SKIP and LIMIT.
#include <catch2/catch.hpp>

#include "cypher_fixtures.h"

using kg::cypher::test::query;
using kg::cypher::test::triangle;
using Rows = std::vector<std::string>;

TEST_CASE("Values of different kinds sort in Cypher's order, nulls last", "[cypher]") {
  CHECK(query(triangle(), "UNWIND [2, 'b', null, 1.5, true, [1], {a: 1}, 'a', false] AS x RETURN x ORDER BY x") ==
        Rows{"{a: 1}", "[1]", "'a'", "'b'", "false", "true", "1.5", "2", "null"});
  CHECK(query(triangle(), "UNWIND [2, null, 1] AS x RETURN x ORDER BY x DESC") == Rows{"null", "2", "1"});
  CHECK(query(triangle(), "MATCH (n) RETURN n.id ORDER BY n DESC LIMIT 1") == Rows{"'o'"});
}

TEST_CASE("Several keys, each ascending or descending, ties keep their input order", "[cypher]") {
  CHECK(query(triangle(), "UNWIND [[1, 'b'], [2, 'a'], [1, 'a'], [2, 'b']] AS p RETURN p ORDER BY p[0] DESC, p[1]") ==
        Rows{"[2, 'a']", "[2, 'b']", "[1, 'a']", "[1, 'b']"});
  CHECK(query(triangle(), "UNWIND ['c', 'a', 'b'] AS x RETURN x ORDER BY 1") == Rows{"'c'", "'a'", "'b'"});
}

TEST_CASE("ORDER BY may use a variable that is not a column, and a column by its alias", "[cypher]") {
  CHECK(query(triangle(), "UNWIND [3, 1, 2] AS x RETURN x * 10 AS y ORDER BY x") == Rows{"10", "20", "30"});
  CHECK(query(triangle(), "UNWIND [3, 1, 2] AS x RETURN -x AS y ORDER BY y") == Rows{"-3", "-2", "-1"});
  CHECK(query(triangle(), "UNWIND [3, 1, 2] AS x RETURN x, count(*) ORDER BY count(*) DESC, x") ==
        Rows{"1 | 1", "2 | 1", "3 | 1"});
}

TEST_CASE("With LIMIT only the best rows are kept, and SKIP is applied after sorting", "[cypher]") {
  CHECK(query(triangle(), "UNWIND range(1, 10) AS x RETURN x ORDER BY x DESC SKIP 2 LIMIT 3") == Rows{"8", "7", "6"});
  CHECK(query(triangle(), "UNWIND range(1, 10) AS x RETURN x ORDER BY x LIMIT 0").empty());
  CHECK(query(triangle(), "UNWIND range(1, 5) AS x WITH x ORDER BY x DESC LIMIT 2 RETURN collect(x)") ==
        Rows{"[5, 4]"});
}
