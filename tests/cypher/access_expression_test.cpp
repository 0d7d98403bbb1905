#include "cypher_fixtures.h"

using kg::cypher::test::eval;
using kg::cypher::test::eval_error;

TEST_CASE("List indexes count from 0, or from the end when negative, out of range is null", "[cypher]") {
  CHECK(eval("[1, 2, 3][0]") == "1");
  CHECK(eval("[1, 2, 3][-1]") == "3");
  CHECK(eval("[1, 2, 3][3]") == "null");
  CHECK(eval("[1, 2, 3][-4]") == "null");
  CHECK(eval("[1, 2, 3][null]") == "null");
  CHECK(eval("null[0]") == "null");
  CHECK(eval_error("[1, 2][1.5]") == "query:1:15: a list index must be an integer, got FLOAT");
}

TEST_CASE("Slices take from (included) to (excluded), clamp to the list, and accept negative and open bounds",
          "[cypher]") {
  CHECK(eval("[1, 2, 3, 4][1..3]") == "[2, 3]");
  CHECK(eval("[1, 2, 3, 4][1..]") == "[2, 3, 4]");
  CHECK(eval("[1, 2, 3, 4][..-1]") == "[1, 2, 3]");
  CHECK(eval("[1, 2, 3, 4][-2..]") == "[3, 4]");
  CHECK(eval("[1, 2, 3, 4][2..1]") == "[]");
  CHECK(eval("[1, 2, 3, 4][0..10]") == "[1, 2, 3, 4]");
  CHECK(eval("[1, 2, 3][null..2]") == "null");
}

TEST_CASE("Map access by key and by a string index, a missing key is null", "[cypher]") {
  CHECK(eval("{a: 1, b: {c: 'x'}}.b.c") == "'x'");
  CHECK(eval("{a: 1}['a']") == "1");
  CHECK(eval("{a: 1}.z") == "null");
  CHECK(eval("{a: 1, a: 2}.a") == "2");  // the last value of a repeated key
  CHECK(eval_error("{a: 1}[0]") == "query:1:15: a map key must be a string, got INTEGER");
  CHECK(eval_error("(1).x") ==
        "query:1:8: cannot read the property `x` of INTEGER: only nodes, relationships and maps have properties");
  CHECK(eval_error("toInteger('1').x") == "query:1:8: cannot read property x of INTEGER");  // known only when run
}

TEST_CASE("Nodes expose id, name and aliases beside their props, relationships their evidence", "[cypher]") {
  const auto& graph = kg::cypher::test::example();
  CHECK(kg::cypher::test::query(graph,
                                "MATCH (n) WHERE n = entity('Akhmedov') RETURN n.id, n.name, n.aliases, n.age, "
                                "n['origin'], n.unknown") ==
        std::vector<std::string>{
            "'magomed-akhmedov' | 'Magomed Akhmedov' | ['Akhmedov'] | 17 | 'Dagestan (reported)' | null"});
  CHECK(kg::cypher::test::query(graph,
                                "MATCH (a)-[r:father_of]->(b) RETURN r.confidence, r.source_count, size(r.quotes), "
                                "size(r.statements), r.first_date, r.sources") ==
        std::vector<std::string>{"0.95 | 1 | 2 | 2 | null | ['eurasianet-2010-08-dushanbe-prison-break']"});
  CHECK(kg::cypher::test::query(graph,
                                "MATCH (a)-[r:member_of]->(b) WHERE a.id = 'ziyoev-sons' RETURN r.first_date, "
                                "r.last_date, r.statements[0].date, r.statements[0].confidence") ==
        std::vector<std::string>{"'2010-08-23' | '2010-08-23' | '2010-08-23' | 0.9"});
}
