#include <catch2/catch.hpp>

#include "cypher_fixtures.h"

using kg::cypher::test::eval;
using kg::cypher::test::eval_error;

TEST_CASE("toString, toInteger, toFloat and toBoolean convert, and give null for what does not parse", "[cypher]") {
  CHECK(eval("toString(1)") == "'1'");
  CHECK(eval("toString(1.0)") == "'1.0'");
  CHECK(eval("toString(0.1)") == "'0.1'");
  CHECK(eval("toString(true)") == "'true'");
  CHECK(eval("toString(null)") == "null");
  CHECK(eval_error("toString([1])") == "query:1:8: toString(): expected a string, number or boolean, got LIST");
  CHECK(eval("toInteger('42')") == "42");
  CHECK(eval("toInteger('42.9')") == "42");
  CHECK(eval("toInteger(-1.9)") == "-1");
  CHECK(eval("toInteger('x')") == "null");
  CHECK(eval("toInteger(1e300)") == "null");
  CHECK(eval("toFloat('1.5')") == "1.5");
  CHECK(eval("toFloat(2)") == "2.0");
  CHECK(eval("toFloat('x')") == "null");
  CHECK(eval("toBoolean('TRUE')") == "true");
  CHECK(eval("toBoolean('no')") == "null");
  CHECK(eval("toBoolean(0)") == "false");
}

TEST_CASE("Case mapping and trimming", "[cypher]") {
  CHECK(eval("toUpper('Ziyoev')") == "'ZIYOEV'");
  CHECK(eval("toLower('IMU')") == "'imu'");
  CHECK(eval("trim('  a b  ')") == "'a b'");
  CHECK(eval("ltrim('  a ')") == "'a '");
  CHECK(eval("rtrim('  a ')") == "'  a'");
}

TEST_CASE("substring, left and right count characters", "[cypher]") {
  CHECK(eval("substring('Dushanbe', 2)") == "'shanbe'");
  CHECK(eval("substring('Dushanbe', 2, 3)") == "'sha'");
  CHECK(eval("substring('Душанбе', 1, 2)") == "'уш'");
  CHECK(eval("substring('abc', 10)") == "''");
  CHECK(eval_error("substring('abc', -1)") == "query:1:8: substring(): the start must not be negative");
  CHECK(eval("left('Dushanbe', 4)") == "'Dush'");
  CHECK(eval("right('Dushanbe', 4)") == "'anbe'");
  CHECK(eval("right('ab', 5)") == "'ab'");
}

TEST_CASE("split and replace", "[cypher]") {
  CHECK(eval("split('a,b,,c', ',')") == "['a', 'b', '', 'c']");
  CHECK(eval("split('abc', '')") == "['a', 'b', 'c']");
  CHECK(eval("split(null, ',')") == "null");
  CHECK(eval("replace('a-b-c', '-', '+')") == "'a+b+c'");
  CHECK(eval("replace('ab', '', '-')") == "'-a-b-'");
}
