#include <catch2/catch.hpp>

#include "cypher_fixtures.h"

using kg::cypher::test::eval;
using kg::cypher::test::eval_error;

TEST_CASE("List comprehensions filter and map, with their own variable", "[cypher]") {
  CHECK(eval("[x IN [1, 2, 3, 4] WHERE x % 2 = 0 | x * 10]") == "[20, 40]");
  CHECK(eval("[x IN [1, 2] | x + 0.5]") == "[1.5, 2.5]");
  CHECK(eval("[x IN [1, null, 3] WHERE x > 1]") == "[3]");
  CHECK(eval("[x IN null | x]") == "null");
  CHECK(eval_error("[x IN 1 | x]") == "query:1:14: expected a list, got INTEGER");
}

TEST_CASE("all, any, none and single are three-valued", "[cypher]") {
  CHECK(eval("all(x IN [1, 2] WHERE x > 0)") == "true");
  CHECK(eval("all(x IN [1, null] WHERE x > 0)") == "null");
  CHECK(eval("all(x IN [1, null, -1] WHERE x > 0)") == "false");
  CHECK(eval("all(x IN [] WHERE x > 0)") == "true");
  CHECK(eval("any(x IN [null, 2] WHERE x > 1)") == "true");
  CHECK(eval("any(x IN [null, 0] WHERE x > 1)") == "null");
  CHECK(eval("any(x IN [] WHERE x > 1)") == "false");
  CHECK(eval("none(x IN [0, 1] WHERE x > 1)") == "true");
  CHECK(eval("none(x IN [2, null] WHERE x > 1)") == "false");
  CHECK(eval("single(x IN [1, 2, 3] WHERE x > 2)") == "true");
  CHECK(eval("single(x IN [3, 4] WHERE x > 2)") == "false");
  CHECK(eval("single(x IN [3, null] WHERE x > 2)") == "null");
}

TEST_CASE("reduce folds a list into an accumulator", "[cypher]") {
  CHECK(eval("reduce(total = 0, x IN [1, 2, 3] | total + x)") == "6");
  CHECK(eval("reduce(s = '', x IN ['a', 'b'] | s + x)") == "'ab'");
  CHECK(eval("reduce(s = 0, x IN [] | s + x)") == "0");
}

TEST_CASE("A comprehension's variable shadows an outer one only inside it", "[cypher]") {
  CHECK(eval("[x IN [1, 2] | x * 2][0] + size([y IN [1] | y])") == "3");
  const auto& graph = kg::cypher::test::example();
  CHECK(kg::cypher::test::query(graph, "WITH 10 AS x RETURN [x IN [1, 2] | x], x") ==
        std::vector<std::string>{"[1, 2] | 10"});
}
