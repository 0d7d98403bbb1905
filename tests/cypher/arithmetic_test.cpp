#include "../../cypher/arithmetic.h"

#include <catch2/catch.hpp>

#include "cypher_fixtures.h"

using kg::cypher::test::eval;
using kg::cypher::test::eval_error;

TEST_CASE("Integers stay integers and floats stay floats", "[cypher]") {
  CHECK(eval("1 + 2") == "3");
  CHECK(eval("1 + 2.0") == "3.0");
  CHECK(eval("7 / 2") == "3");
  CHECK(eval("-7 / 2") == "-3");  // truncation towards zero
  CHECK(eval("7 / 2.0") == "3.5");
  CHECK(eval("7 % 3") == "1");
  CHECK(eval("-7 % 3") == "-1");
  CHECK(eval("7.5 % 2") == "1.5");
  CHECK(eval("2 ^ 3") == "8.0");  // a power is always a float
  CHECK(eval("- 5") == "-5");
  CHECK(eval("1 / 0.0") == "inf");
}

TEST_CASE("Integer overflow and integer division by zero are errors at the operator", "[cypher]") {
  CHECK(eval_error("9223372036854775807 + 1") ==
        "query:1:8: integer overflow: 9223372036854775807 + 1 does not fit in 64 bits");
  CHECK(eval_error("-9223372036854775808 - 1").find("integer overflow") != std::string::npos);
  CHECK(eval_error("4611686018427387904 * 2").find("integer overflow") != std::string::npos);
  CHECK(eval_error("-9223372036854775808 / -1").find("integer overflow") != std::string::npos);
  CHECK(eval_error("-(-9223372036854775808)").find("integer overflow") != std::string::npos);
  CHECK(eval_error("1 / 0") == "query:1:8: division by zero");
  CHECK(eval_error("1 % 0") == "query:1:8: division by zero in %");
  CHECK(eval("-9223372036854775808 % -1") == "0");
}

TEST_CASE("+ concatenates strings and lists, null in gives null out, other kinds are an error", "[cypher]") {
  CHECK(eval("'a' + 'b'") == "'ab'");
  CHECK(eval("'n' + 1") == "'n1'");
  CHECK(eval("1.5 + 'x'") == "'1.5x'");
  CHECK(eval("[1] + [2, 3]") == "[1, 2, 3]");
  CHECK(eval("[1] + 2") == "[1, 2]");
  CHECK(eval("0 + [1]") == "[0, 1]");
  CHECK(eval("[1] + null") == "null");
  CHECK(eval("null + 1") == "null");
  CHECK(eval("null * 'x'") == "null");
  CHECK(eval_error("true + 1") == "query:1:8: cannot apply + to BOOLEAN and INTEGER");
  CHECK(eval_error("'a' - 1") == "query:1:8: cannot apply - to STRING and INTEGER");
  CHECK(eval_error("-'a'") == "query:1:8: cannot negate STRING");
}
