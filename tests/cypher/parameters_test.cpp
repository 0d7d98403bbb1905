#include "kg/cypher/parameters.h"

#include <catch2/catch.hpp>

#include "cypher_fixtures.h"

using kg::cypher::parameter_from_json;
using kg::cypher::parameters_from_json;

TEST_CASE("JSON parameters keep integers and floats apart", "[cypher]") {
  const kg::graph::Graph empty;
  const auto text = [&](std::string_view json) {
    return kg::cypher::test::text_of(empty, parameter_from_json(json, "--param x"));
  };
  CHECK(text("1") == "1");
  CHECK(text("1.0") == "1.0");
  CHECK(text("-9223372036854775808") == "-9223372036854775808");
  CHECK(text("1e2") == "100.0");
  CHECK(text("\"Ziyoev\"") == "'Ziyoev'");
  CHECK(text("[1, \"a\", null, true]") == "[1, 'a', null, true]");
  CHECK(text("{\"a\": {\"b\": [1.5]}}") == "{a: {b: [1.5]}}");
}

TEST_CASE("Invalid parameter JSON is an error at its position", "[cypher]") {
  CHECK_THROWS_WITH(parameter_from_json("[1,", "--param x"), "--param x:1:4: invalid JSON: Invalid value.");
  CHECK_THROWS_WITH(parameter_from_json("18446744073709551615", "--param x"),
                    "--param x:1:1: an integer in the JSON does not fit in 64 bits");
  CHECK_THROWS_WITH(parameters_from_json("[1]", "params.json"),
                    "params.json:1:1: expected a JSON object of parameters, like {\"who\": \"Ziyoev\"}");
  CHECK_THROWS_WITH(parameters_from_json("{\n \"a\": }", "params.json"),
                    "params.json:2:7: invalid JSON: Invalid value.");
  const std::string not_utf8 =
      "--param x:1:1: a string in the JSON is not valid UTF-8 (a lone surrogate escape such "
      "as \\udc00?)";
  CHECK_THROWS_WITH(parameter_from_json(R"(["ok", "p\udc00"])", "--param x"), not_utf8);
  CHECK_THROWS_WITH(parameter_from_json("{\"caf\xC3\x28\": 1}", "--param x"), not_utf8);
  CHECK(parameter_from_json(R"("\ud83d\ude00")", "--param x").as_string() == "\xF0\x9F\x98\x80");  // a pair
}

TEST_CASE("A JSON object gives named parameters", "[cypher]") {
  const auto parameters = parameters_from_json(R"({"who": "Ziyoev", "depth": 2})", "params.json");
  REQUIRE(parameters.size() == 2);
  CHECK(parameters[0].first == "who");
  CHECK(parameters[1].second.as_integer() == 2);
}
