// kg query on the example case (cli/commands/query.cpp): outputs, scripts, parameters, errors, exit statuses.
#include <rapidjson/document.h>

#include <catch2/catch.hpp>
#include <filesystem>

#include "command_fixtures.h"

using kg::cli::test::ExampleCase;
using kg::test::check_golden;

TEST_CASE("kg query prints a table of the result, columns named as written", "[cli]") {
  ExampleCase example;
  const auto result = example.run(
      "query", "\"MATCH (a)-[r]->(b) WHERE a = entity('Ziyoev') RETURN type(r), b, r.confidence AS confidence\"");
  CHECK(result.status == 0);
  CHECK(result.err.empty());
  check_golden("cli/query_ziyoev.txt", result.out);
}

TEST_CASE("kg query takes the source conditions before the query text, each a value or a list", "[cli]") {
  ExampleCase example;
  const std::string source = "eurasianet-2010-08-dushanbe-prison-break";
  const std::string count = " \"MATCH ()-[r]->() RETURN count(r) AS n\" --format csv";
  CHECK(example.run("query", count).out == "n\n70\n");
  CHECK(example.run("query", "--exclude-source " + source + count).out == "n\n0\n");  // the example has one source
  CHECK(example.run("query", "--source " + source + count).out == "n\n70\n");
  CHECK(example.run("query", "--min-sources 2" + count).out == "n\n0\n");
  const auto unknown = example.run("query", "--source " + source + ",nope" + count);
  CHECK(unknown.status == 2);
  CHECK(unknown.err.find("unknown source \"nope\"") != std::string::npos);
}

TEST_CASE("kg query JSON keeps integers, floats and graph elements apart", "[cli]") {
  ExampleCase example;
  const auto result = example.run(
      "query", "\"MATCH (a) WHERE a = entity('Akhmedov') RETURN a.age, 1.0, a, {name: a.name}\" --format json");
  CHECK(result.status == 0);
  check_golden("cli/query_akhmedov.json", result.out);
  rapidjson::Document document;
  REQUIRE_FALSE(document.Parse(result.out.c_str()).HasParseError());
  CHECK(document["columns"][0] == "a.age");
  CHECK(document["rows"][0][0].IsInt());
  CHECK(document["rows"][0][1].IsDouble());
  CHECK(document["rows"][0][2].HasMember("$node"));
  CHECK(document["rows"][0][3]["name"] == "Magomed Akhmedov");
}

TEST_CASE("kg query CSV has a header and one line a row", "[cli]") {
  ExampleCase example;
  const auto result =
      example.run("query", "\"MATCH (n:Person) RETURN n.name, n.age ORDER BY n.name LIMIT 2\" --format csv");
  CHECK(result.status == 0);
  CHECK(result.out == "n.name,n.age\nAbdurakhim Kakharov,\nIbragim Nasriddinov,36\n");
}

TEST_CASE("kg query takes parameters as JSON, from options and from a file", "[cli]") {
  ExampleCase example;
  const auto params = example.dir().write("params.json", R"({"who": "Gafarov", "n": 1})");
  const auto result = example.run("query",
                                  "'MATCH (a)-[r]->(b) WHERE a = entity($who) RETURN b.name ORDER BY b.name "
                                  "LIMIT $n' --format csv --params '" +
                                      params.string() + "'");
  CHECK(result.status == 0);
  CHECK(result.out == "b.name\nAugust 23 news conference in Dushanbe\n");
  const auto overridden =
      example.run("query", "'RETURN $who' --format csv --params '" + params.string() + "' --param who='\"Rahmon\"'");
  CHECK(overridden.out == "$who\nRahmon\n");
  const auto bad = example.run("query", "'RETURN $who' --param who='[1,'");
  CHECK(bad.status == 2);
  CHECK(bad.err == "--param who:1:4: error: invalid JSON: Invalid value.\n");
}

TEST_CASE("kg query -f runs a script's statements in turn and cites the script's lines", "[cli]") {
  ExampleCase example;
  const auto script = example.dir().write("questions.cypher",
                                          "// two questions\nMATCH (n:Person) RETURN count(*) AS persons;\n\n"
                                          "MATCH (n:Group)\nRETURN count(*) AS groups;\n");
  const auto result = example.run("query", "-f '" + script.string() + "' --format csv");
  CHECK(result.status == 0);
  CHECK(result.out == "persons\n7\ngroups\n7\n");
  const auto broken = example.dir().write("broken.cypher", "RETURN 1;\nMATCH (n)\nRETURN m;\n");
  const auto failed = example.run("query", "-f '" + broken.string() + "'");
  CHECK(failed.status == 2);
  CHECK(
      failed.err.find(broken.string() + ":3:8: error: unknown variable `m`; did you mean n?\nRETURN m;\n       ^\n") !=
      std::string::npos);
}

TEST_CASE("Errors show the query line and a caret, exit status 2", "[cli]") {
  ExampleCase example;
  const auto syntax = example.run("query", "'MATCH (n RETURN n'");
  CHECK(syntax.status == 2);
  CHECK(syntax.err ==
        "query:1:10: error: expected ':', '{' or ')' in the node pattern, got 'RETURN'\n"
        "MATCH (n RETURN n\n"
        "         ^\n");
  const auto write = example.run("query", "'CREATE (n)'");
  CHECK(write.status == 2);
  CHECK(write.err.find("CREATE is a write clause") != std::string::npos);
  const auto runtime = example.run("query", "'UNWIND [1, 0] AS x RETURN 1 / x'");
  CHECK(runtime.status == 2);
  CHECK(runtime.err.find("query:1:27: error: division by zero") == 0);
  const auto unknown = example.run("query", "\"RETURN entity('Ziyeov')\"");
  CHECK(unknown.status == 2);
  CHECK(unknown.err.find("did you mean \"Mirzo Ziyoev\"") != std::string::npos);
}

TEST_CASE("No rows is exit status 1, with a warning for an unknown label", "[cli]") {
  ExampleCase example;
  const auto result = example.run("query", "'MATCH (n:person) RETURN n'");
  CHECK(result.status == 1);
  CHECK(result.err ==
        "query:1:10: warning: unknown label `person`: no node has this type, so the pattern matches nothing; did you "
        "mean Person?\n"
        "MATCH (n:person) RETURN n\n"
        "         ^\n"
        "kg: no rows\n");
}

TEST_CASE("Evidence options apply while matching", "[cli]") {
  ExampleCase example;
  const auto all = example.run("query", "'MATCH ()-[r]->() RETURN count(*)' --format csv");
  const auto confident = example.run("query", "'MATCH ()-[r]->() RETURN count(*)' --format csv --min-confidence 0.7");
  CHECK(all.out == "count(*)\n70\n");
  CHECK(confident.out == "count(*)\n60\n");
  const auto bad = example.run("query", "'RETURN 1' --from 2010-13");
  CHECK(bad.status == 2);
}

TEST_CASE("Limits: --max-rows and --max-hops", "[cli]") {
  ExampleCase example;
  const auto many = example.run("query", "'MATCH (n) RETURN n' --max-rows 10");
  CHECK(many.status == 2);
  CHECK(many.err.find("more than 10 rows (--max-rows)") != std::string::npos);
  const auto bounded =
      example.run("query", "\"MATCH (a)-[*]-(b) WHERE a = entity('Ziyoev') RETURN count(*)\" --max-hops 1");
  CHECK(bounded.status == 0);
  CHECK(bounded.err.find("paths longer than 1 hops were not followed") != std::string::npos);
}

TEST_CASE("kg query --export writes every node, relationship and path of the result", "[cli]") {
  ExampleCase example;
  const auto file = example.dir() / "ziyoev.graphml";
  const auto result =
      example.run("query", "\"MATCH p = (a)-[:father_of]->(b) RETURN p\" --export '" + file.string() + "'");
  CHECK(result.status == 0);
  const std::string graphml = kg::test::read_file(file);
  CHECK(graphml.find("mirzo-ziyoev") != std::string::npos);
  CHECK(graphml.find("ziyoev-sons") != std::string::npos);
  CHECK(graphml.find("father_of") != std::string::npos);
  CHECK(graphml.find("escapees") == std::string::npos);
}
