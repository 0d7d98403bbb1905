// Aggregation: implicit grouping keys, every aggregate with and without DISTINCT, empty inputs.
#include <catch2/catch.hpp>

#include "cypher_fixtures.h"

using kg::cypher::test::eval;
using kg::cypher::test::eval_error;
using kg::cypher::test::query;
using kg::cypher::test::triangle;
using Rows = std::vector<std::string>;

TEST_CASE("Rows group by the non-aggregate items, null is a group of its own, 1 and 1.0 are one", "[cypher]") {
  CHECK(query(triangle(), "UNWIND [1, null, 1, null, 2] AS x RETURN x, count(*) ORDER BY x") ==
        Rows{"1 | 2", "2 | 1", "null | 2"});
  CHECK(query(triangle(), "UNWIND [1, 1.0] AS x RETURN count(DISTINCT x)") == Rows{"1"});
  CHECK(query(triangle(), "MATCH (x)-[:knows]->(y) RETURN x.id, count(y) ORDER BY x.id") ==
        Rows{"'a' | 1", "'b' | 1", "'c' | 2"});
}

TEST_CASE("Every aggregate, with DISTINCT, skipping nulls", "[cypher]") {
  CHECK(query(triangle(),
              "UNWIND [1, 2, 2, null] AS x RETURN sum(x), avg(x), min(x), max(x), collect(x), count(x), "
              "count(*), count(DISTINCT x), sum(DISTINCT x), collect(DISTINCT x)") ==
        Rows{"5 | 1.6666666666666667 | 1 | 2 | [1, 2, 2] | 3 | 4 | 2 | 3 | [1, 2]"});
  CHECK(query(triangle(), "UNWIND [1, 2.5] AS x RETURN sum(x), avg(x)") == Rows{"3.5 | 1.75"});
  CHECK(query(triangle(), "UNWIND [1, 'a', true, [0]] AS x RETURN min(x), max(x)") == Rows{"[0] | 1"});
  CHECK(query(triangle(), "UNWIND [2, 4, 4, 4, 5, 5, 7, 9] AS x RETURN stDevP(x), round(stDev(x) * 1000)") ==
        Rows{"2.0 | 2138.0"});
  CHECK(query(triangle(),
              "UNWIND [1, 2, 3, 4] AS x RETURN percentileCont(x, 0.5), percentileDisc(x, 0.5), "
              "percentileDisc(x, 1.0)") == Rows{"2.5 | 2 | 4"});
}

TEST_CASE("Without grouping keys an empty input still gives one row, with keys it gives none", "[cypher]") {
  CHECK(query(triangle(), "MATCH (n:Nothing) RETURN count(*), sum(n.x), avg(n.x), min(n.x), collect(n.x)") ==
        Rows{"0 | 0 | null | null | []"});
  CHECK(query(triangle(), "MATCH (n:Nothing) RETURN n.x, count(*)").empty());
}

TEST_CASE("Aggregates inside expressions, and grouping keys read beside them", "[cypher]") {
  CHECK(query(triangle(), "UNWIND [1, 2, 3] AS x RETURN count(*) * 10 + max(x) AS v") == Rows{"33"});
  CHECK(query(triangle(), "MATCH (x)-[:knows]->() RETURN x, x.id + ':' + toString(count(*)) ORDER BY x.id") ==
        Rows{"(a) | 'a:1'", "(b) | 'b:1'", "(c) | 'c:2'"});
  CHECK(query(triangle(), "MATCH (x)-[:knows]->(y) WITH x, collect(y.id) AS ys WHERE size(ys) > 1 RETURN x.id, ys") ==
        Rows{"'c' | ['a', 'c']"});
}

TEST_CASE("Aggregates refuse values of the wrong kind and integer overflow", "[cypher]") {
  CHECK(eval_error("sum('a')") == "query:1:8: sum() expects numbers, got STRING");
  CHECK(query(triangle(), "UNWIND [9223372036854775807, 1] AS x RETURN sum(toFloat(x)) > 0") == Rows{"true"});
  CHECK(kg::cypher::test::error_of(triangle(), "UNWIND [9223372036854775807, 1] AS x RETURN sum(x)") ==
        "query:1:45: integer overflow in sum(): the total does not fit in 64 bits");
  CHECK(kg::cypher::test::error_of(triangle(), "UNWIND [1] AS x RETURN percentileCont(x, 2)") ==
        "query:1:24: the percentile must be a number between 0.0 and 1.0");
  CHECK(eval("count(*)") == "1");
}
