#include "../../cypher/expression.h"

#include <catch2/catch.hpp>

#include "cypher_fixtures.h"

using kg::cypher::test::eval;
using kg::cypher::test::eval_error;

TEST_CASE("AND, OR, XOR and NOT follow three-valued logic", "[cypher]") {
  // The truth tables of openCypher's ternary logic.
  const char* values[] = {"true", "false", "null"};
  const char* and_table[3][3] = {{"true", "false", "null"}, {"false", "false", "false"}, {"null", "false", "null"}};
  const char* or_table[3][3] = {{"true", "true", "true"}, {"true", "false", "null"}, {"true", "null", "null"}};
  const char* xor_table[3][3] = {{"false", "true", "null"}, {"true", "false", "null"}, {"null", "null", "null"}};
  for (int a = 0; a < 3; ++a) {
    for (int b = 0; b < 3; ++b) {
      const std::string left = values[a], right = values[b];
      CHECK(eval(left + " AND " + right) == and_table[a][b]);
      CHECK(eval(left + " OR " + right) == or_table[a][b]);
      CHECK(eval(left + " XOR " + right) == xor_table[a][b]);
    }
  }
  CHECK(eval("NOT true") == "false");
  CHECK(eval("NOT null") == "null");
  CHECK(eval_error("1 AND true") == "query:1:8: expected a boolean, got INTEGER");
}

TEST_CASE("IN finds a value in a list, three-valued", "[cypher]") {
  CHECK(eval("2 IN [1, 2, 3]") == "true");
  CHECK(eval("2.0 IN [1, 2]") == "true");
  CHECK(eval("4 IN [1, 2, 3]") == "false");
  CHECK(eval("4 IN [1, null]") == "null");
  CHECK(eval("1 IN [1, null]") == "true");
  CHECK(eval("null IN [1]") == "null");
  CHECK(eval("null IN []") == "false");
  CHECK(eval("1 IN null") == "null");
  CHECK(eval("[1, 2] IN [[1, 2], [3]]") == "true");
  CHECK(eval("[1, null] IN [[1, 2]]") == "null");
  CHECK(eval_error("1 IN 2") == "query:1:13: IN expects a list, got INTEGER");
}

TEST_CASE("STARTS WITH, ENDS WITH, CONTAINS: strings only, otherwise null", "[cypher]") {
  CHECK(eval("'Ziyoev' STARTS WITH 'Zi'") == "true");
  CHECK(eval("'Ziyoev' ENDS WITH 'ev'") == "true");
  CHECK(eval("'Ziyoev' CONTAINS 'yo'") == "true");
  CHECK(eval("'Ziyoev' CONTAINS ''") == "true");
  CHECK(eval("'Zi' STARTS WITH 'Ziyoev'") == "false");
  CHECK(eval("'Ziyoev' STARTS WITH null") == "null");
  CHECK(eval("1 ENDS WITH '1'") == "null");
}

TEST_CASE("=~ is a full match with RE2, and an invalid pattern is an error at the pattern", "[cypher]") {
  CHECK(eval("'Mirzo Ziyoev' =~ '.*Ziy.*'") == "true");
  CHECK(eval("'Mirzo Ziyoev' =~ 'Ziy'") == "false");
  CHECK(eval("'ABC' =~ '(?i)abc'") == "true");
  CHECK(eval("null =~ 'a'") == "null");
  CHECK(eval_error("'a' =~ '('").find("query:1:15: invalid regular expression: missing )") == 0);
  // A pattern that backtracking engines take exponential time on is linear here.
  CHECK(eval("'" + std::string(5000, 'a') + "!' =~ '(a+)+$'") == "false");
}

TEST_CASE("IS NULL and IS NOT NULL are never null themselves", "[cypher]") {
  CHECK(eval("null IS NULL") == "true");
  CHECK(eval("1 IS NULL") == "false");
  CHECK(eval("[] IS NOT NULL") == "true");
  CHECK(eval("{a: 1}.b IS NULL") == "true");
}

TEST_CASE("CASE: the simple form compares with =, the generic form tests conditions", "[cypher]") {
  CHECK(eval("CASE 2 WHEN 1 THEN 'one' WHEN 2 THEN 'two' ELSE 'many' END") == "'two'");
  CHECK(eval("CASE 3 WHEN 1 THEN 'one' END") == "null");
  CHECK(eval("CASE null WHEN null THEN 'matched' ELSE 'no' END") == "'no'");  // null = null is not true
  CHECK(eval("CASE WHEN 1 > 2 THEN 'a' WHEN null THEN 'b' ELSE 'c' END") == "'c'");
  CHECK(eval("CASE WHEN true THEN 1 END") == "1");
}

TEST_CASE("Label tests on nodes, relationships and null", "[cypher]") {
  const auto& graph = kg::cypher::test::example();
  CHECK(kg::cypher::test::query(graph,
                                "MATCH (n) WHERE n = entity('Ziyoev') RETURN n:Person, n:Group, n:Person:Person") ==
        std::vector<std::string>{"true | false | true"});
  CHECK(
      kg::cypher::test::query(graph, "MATCH (a)-[r]->() WHERE a = entity('Ziyoev') AND r:father_of RETURN count(*)") ==
      std::vector<std::string>{"1"});
  CHECK(kg::cypher::test::query(graph, "OPTIONAL MATCH (n:Nothing) RETURN n:Person") ==
        std::vector<std::string>{"null"});
}
