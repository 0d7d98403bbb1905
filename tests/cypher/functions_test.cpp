#include "../../cypher/functions.h"

#include <catch2/catch.hpp>

#include "cypher_fixtures.h"

using kg::cypher::test::eval;
using kg::cypher::test::eval_error;
using kg::cypher::test::example;
using kg::cypher::test::query;

TEST_CASE("Functions are found by name in any case", "[cypher]") {
  using kg::cypher::detail::find_function;
  REQUIRE(find_function("toupper") != nullptr);
  CHECK(find_function("TOUPPER")->name == "toUpper");
  CHECK(find_function("startnode")->name == "startNode");
  CHECK(find_function("nosuch") == nullptr);
  CHECK(eval("TOUPPER('a')") == "'A'");
}

TEST_CASE("Graph functions: id, type, labels, startNode, endNode, keys, properties", "[cypher]") {
  const auto& graph = example();
  CHECK(query(graph,
              "MATCH (a)-[r:father_of]->(b) RETURN type(r), labels(a), labels(b), startNode(r) = a, "
              "endNode(r) = b, id(a) >= 0") ==
        std::vector<std::string>{"'father_of' | ['Person'] | ['Group'] | true | true | true"});
  CHECK(query(graph, "MATCH (n) WHERE n = entity('Akhmedov') RETURN keys(n)") ==
        std::vector<std::string>{"['id', 'name', 'aliases', 'age', 'origin', 'role']"});
  CHECK(query(graph, "MATCH (n) WHERE n = entity('Akhmedov') RETURN properties(n).age") ==
        std::vector<std::string>{"17"});
  CHECK(query(graph, "MATCH ()-[r:appointed]->() RETURN keys(r)") ==
        std::vector<std::string>{"['confidence', 'sources', 'quotes', 'first_date', 'last_date', 'source_count', "
                                 "'statements', 'role']"});
  CHECK(eval("keys({b: 1, a: 2})") == "['b', 'a']");
  CHECK(eval("type(null)") == "null");
  CHECK(eval_error("type(1)") == "query:1:8: type(): expected a relationship, got INTEGER");
}

TEST_CASE("Path functions: length, nodes, relationships", "[cypher]") {
  const auto& graph = example();
  CHECK(query(graph,
              "MATCH p = (a)-[:father_of]->(b)-[:member_of]->(c) RETURN length(p), nodes(p), "
              "size(relationships(p))") ==
        std::vector<std::string>{"2 | [(mirzo-ziyoev), (ziyoev-sons), (escapees)] | 2"});
}

TEST_CASE("List functions: size, head, last, tail, reverse, range, coalesce", "[cypher]") {
  CHECK(eval("size([1, 2, 3])") == "3");
  CHECK(eval("size('Зиёев')") == "5");  // characters, not bytes
  CHECK(eval("head([1, 2])") == "1");
  CHECK(eval("head([])") == "null");
  CHECK(eval("last([1, 2])") == "2");
  CHECK(eval("tail([1, 2, 3])") == "[2, 3]");
  CHECK(eval("tail([])") == "[]");
  CHECK(eval("reverse([1, 2, 3])") == "[3, 2, 1]");
  CHECK(eval("reverse('abé')") == "'éba'");
  CHECK(eval("range(1, 4)") == "[1, 2, 3, 4]");
  CHECK(eval("range(0, 10, 5)") == "[0, 5, 10]");
  CHECK(eval("range(5, 1, -2)") == "[5, 3, 1]");
  CHECK(eval("range(1, 0)") == "[]");
  CHECK(eval("range(0, 1, 2)") == "[0]");    // a step past the end stops before it
  CHECK(eval("range(0, 1, -123)") == "[]");  // a step away from the end gives nothing
  CHECK(eval("range(1381, -3412, -1298)") == "[1381, 83, -1215, -2513]");
  CHECK(eval_error("range(1, 2, 0)") == "query:1:8: range(): the step of range() must not be 0");
  CHECK(eval_error("range(0, 100000000)").find("more than 10000000 items") != std::string::npos);
  CHECK(eval("coalesce(null, null, 2, 3)") == "2");
  CHECK(eval("coalesce(null)") == "null");
}

TEST_CASE("Numeric functions keep integers integral where Cypher does", "[cypher]") {
  CHECK(eval("abs(-3)") == "3");
  CHECK(eval("abs(-3.5)") == "3.5");
  CHECK(eval_error("abs(-9223372036854775808)").find("integer overflow") != std::string::npos);
  CHECK(eval("sign(-2.5)") == "-1");
  CHECK(eval("round(2.5)") == "3.0");
  CHECK(eval("round(-2.5)") == "-2.0");
  CHECK(eval("floor(1.7)") == "1.0");
  CHECK(eval("ceil(1.2)") == "2.0");
  CHECK(eval("sqrt(16)") == "4.0");
}

TEST_CASE("rand() is a float from 0 up to 1 (excluded), a new one on every call", "[cypher]") {
  const std::vector<std::string> rows = kg::cypher::test::query(
      kg::cypher::test::example(),
      "UNWIND range(1, 1000) AS i WITH rand() AS x RETURN min(x) >= 0.0, max(x) < 1.0, count(DISTINCT x) > 990");
  CHECK(rows == std::vector<std::string>{"true | true | true"});
}

TEST_CASE("A wrong number of arguments or an unknown function is caught before running", "[cypher]") {
  CHECK(eval_error("toUpper('a', 'b')") == "query:1:8: toUpper() takes 1 argument, got 2");
  CHECK(eval_error("substring('a')") == "query:1:8: substring() takes 2 to 3 arguments, got 1");
  CHECK(eval_error("toUper('a')") == "query:1:8: unknown function `toUper`; did you mean toUpper?");
  CHECK(eval_error("toUpper(DISTINCT 'a')") == "query:1:8: DISTINCT applies to aggregate functions, not to toUpper()");
}
