#include "kg/cypher/script.h"

#include <catch2/catch.hpp>

#include "kg/graph/diagnostics.h"

using kg::cypher::split_statements;
using kg::cypher::statement_complete;

TEST_CASE("A script splits at the semicolons that end statements, each with where it starts", "[cypher]") {
  const std::string script = "MATCH (n) RETURN n;\n// a comment; not a statement\n  RETURN 'a;b' AS x ;;\nRETURN 2";
  const auto statements = split_statements(script, "script.cypher");
  REQUIRE(statements.size() == 3);
  CHECK(statements[0].text == "MATCH (n) RETURN n");
  CHECK(statements[0].line == 1);
  CHECK(statements[0].column == 1);
  CHECK(statements[1].text == "RETURN 'a;b' AS x ");
  CHECK(statements[1].line == 3);
  CHECK(statements[1].column == 3);
  CHECK(statements[2].text == "RETURN 2");
  CHECK(statements[2].line == 4);
  CHECK(split_statements("  // nothing\n", "s").empty());
}

TEST_CASE("An unterminated string in a script is an error in the script's coordinates", "[cypher]") {
  CHECK_THROWS_WITH(split_statements("RETURN 1;\nRETURN 'x", "script.cypher"),
                    "script.cypher:2:8: unterminated string: expected '");
}

TEST_CASE("A statement typed line by line is complete at a closing semicolon", "[cypher]") {
  CHECK(statement_complete("MATCH (n)\nRETURN n;"));
  CHECK(statement_complete("RETURN 1; "));
  CHECK_FALSE(statement_complete("MATCH (n)"));
  CHECK_FALSE(statement_complete("RETURN 'a;"));
  CHECK_FALSE(statement_complete("RETURN 1 /* ; "));
  CHECK_FALSE(statement_complete(""));
}
