#include "../../cypher/compare.h"

#include <catch2/catch.hpp>
#include <cmath>
#include <limits>

#include "cypher_fixtures.h"

using namespace kg::cypher::detail;
using kg::cypher::test::eval;
using kg::query::Value;

TEST_CASE("Equality is three-valued: null compares to nothing, 1 equals 1.0, kinds differ otherwise", "[cypher]") {
  CHECK(eval("1 = 1.0") == "true");
  CHECK(eval("1 = '1'") == "false");
  CHECK(eval("null = null") == "null");
  CHECK(eval("null <> 1") == "null");
  CHECK(eval("[1, 2] = [1, 2]") == "true");
  CHECK(eval("[1, null] = [1, 2]") == "null");
  CHECK(eval("[1, null] = [2, null]") == "false");  // a decided difference wins over the unknown
  CHECK(eval("[1] = [1, 2]") == "false");
  CHECK(eval("{a: 1, b: 2} = {b: 2, a: 1}") == "true");
  CHECK(eval("{a: 1} = {a: 1, b: 2}") == "false");
  CHECK(eval("{a: null} = {a: 1}") == "null");
  CHECK(eval("0.0 / 0.0 = 0.0 / 0.0") == "false");  // NaN
  CHECK(eval("0.0 / 0.0 <> 0.0 / 0.0") == "true");
  CHECK(eval("9007199254740993 = 9007199254740992.0") == "false");  // no rounding of large integers
}

TEST_CASE("Comparison orders numbers, strings, booleans and lists, other pairs are null", "[cypher]") {
  CHECK(eval("1 < 1.5") == "true");
  CHECK(eval("'a' < 'b'") == "true");
  CHECK(eval("'B' < 'a'") == "true");  // code point order
  CHECK(eval("false < true") == "true");
  CHECK(eval("[1, 2] < [1, 3]") == "true");
  CHECK(eval("[1, 2] < [1, 2, 0]") == "true");
  CHECK(eval("[1, null] < [2, 0]") == "true");
  CHECK(eval("[null, 1] < [2, 0]") == "null");
  CHECK(eval("1 < 'a'") == "null");
  CHECK(eval("{a: 1} < {a: 2}") == "null");
  CHECK(eval("null < 1") == "null");
  CHECK(eval("0.0 / 0.0 > 1") == "false");
  CHECK(eval("0.0 / 0.0 < 1") == "false");
  CHECK(eval("1 < 2 < 3") == "true");
  CHECK(eval("1 < 3 < 2") == "false");
  CHECK(eval("2 < 1 < null") == "false");  // a false step decides the chain
  CHECK(eval("1 < null < 3") == "null");
}

TEST_CASE("The ORDER BY order runs across kinds: map, node, relationship, list, path, string, boolean, number, null",
          "[cypher]") {
  const Value values[] = {Value::map({}),
                          Value::node(kg::graph::NodeId{0}),
                          Value::relationship(kg::graph::EdgeId{0}),
                          Value::list({}),
                          Value::path({}),
                          Value::string("a"),
                          Value::boolean(false),
                          Value::integer(1),
                          Value::real(std::nan("")),
                          Value()};
  for (std::size_t i = 0; i < std::size(values); ++i) {
    for (std::size_t j = 0; j < std::size(values); ++j) {
      INFO(i << " vs " << j);
      CHECK((order(values[i], values[j]) < 0) == (i < j));
    }
  }
  CHECK(order(Value::integer(2), Value::real(1.5)) > 0);
  CHECK(order(Value::integer(1), Value::real(1.0)) == 0);
  CHECK(order(Value::real(-std::numeric_limits<double>::infinity()), Value::integer(INT64_MIN)) < 0);
  CHECK(order(Value::list({Value::integer(1)}), Value::list({Value::integer(1), Value()})) < 0);
}

TEST_CASE("Equivalence groups null with null, NaN with NaN and 1 with 1.0, and hashes alike", "[cypher]") {
  const auto same = [](const Value& a, const Value& b) { return equivalent(a, b) && hash_value(a) == hash_value(b); };
  CHECK(same(Value(), Value()));
  CHECK(same(Value::real(std::nan("")), Value::real(std::nan(""))));
  CHECK(same(Value::integer(1), Value::real(1.0)));
  CHECK(same(Value::real(-0.0), Value::integer(0)));
  CHECK(same(Value::integer(INT64_C(1) << 60), Value::real(std::ldexp(1.0, 60))));
  CHECK(same(Value::list({Value::integer(1), Value()}), Value::list({Value::real(1.0), Value()})));
  CHECK(same(Value::map({{"a", Value::integer(1)}, {"b", Value()}}),
             Value::map({{"b", Value()}, {"a", Value::integer(1)}})));
  CHECK_FALSE(equivalent(Value::string("1"), Value::integer(1)));
  CHECK_FALSE(equivalent(Value::real(1.5), Value::integer(1)));
}

TEST_CASE("Rows hash and compare by equivalence of their cells", "[cypher]") {
  const std::vector<Value> a = {Value::integer(1), Value()};
  const std::vector<Value> b = {Value::real(1.0), Value()};
  CHECK(RowHash{}(a) == RowHash{}(b));
  CHECK(RowEquivalent{}(a, b));
  CHECK_FALSE(RowEquivalent{}(a, std::vector<Value>{Value::integer(1)}));
}
