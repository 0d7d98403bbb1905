// kg shell with its input from a file (cli/commands/shell.cpp): multi-line statements, commands, errors that do
// not end the session.
#include <catch2/catch.hpp>

#include "command_fixtures.h"

using kg::cli::test::ExampleCase;

TEST_CASE("kg shell runs statements that span lines, and prints a timing line after each result", "[cli]") {
  ExampleCase example;
  const auto result = example.run("shell", "--format csv",
                                  "MATCH (n:Person)\n  RETURN count(*) AS persons;\n\n"
                                  "RETURN 1 AS one; RETURN 2 AS two;\n");
  CHECK(result.status == 0);
  CHECK(result.out == "persons\n7\none\n1\ntwo\n2\n");
  CHECK(result.err.find("(1 row, ") == 0);
}

TEST_CASE("kg shell commands: :param, :format, :schema, :export, :help", "[cli]") {
  ExampleCase example;
  const auto file = example.dir() / "last.gexf";
  const auto result = example.run("shell", "",
                                  ":param who=\"Ziyoev\"\n:format csv\n"
                                  "MATCH (a)-[r:father_of]->(b) WHERE a = entity($who) RETURN b.name, r;\n"
                                  ":export " +
                                      file.string() + "\n:format\n:schema\n:help\n:quit\nRETURN 'never';\n");
  CHECK(result.status == 0);
  CHECK(result.out.find("b.name,r\nZiyoev's sons,") == 0);
  CHECK(result.out.find("\ncsv\n") != std::string::npos);
  CHECK(result.out.find("kind,name,count\nlabel,Organization,10\n") != std::string::npos);
  CHECK(result.out.find(":param name=JSON") != std::string::npos);
  CHECK(result.out.find("never") == std::string::npos);
  CHECK(kg::test::read_file(file).find("ziyoev-sons") != std::string::npos);
}

TEST_CASE("An error in the shell is reported with a caret and the session goes on", "[cli]") {
  ExampleCase example;
  const auto result = example.run("shell", "--format csv",
                                  "RETURN x;\n:nonsense\n:param p=[1,\nRETURN 3 AS three;\nRETURN 4 AS four\n");
  CHECK(result.status == 0);
  CHECK(result.out == "three\n3\nfour\n4\n");
  CHECK(result.err.find("query:1:8: error: unknown variable `x`\nRETURN x;\n       ^\n") != std::string::npos);
  CHECK(result.err.find("kg: unknown command :nonsense: try :help") != std::string::npos);
  CHECK(result.err.find(":param p:1:4: error: invalid JSON") != std::string::npos);
}

TEST_CASE("kg shell's :param takes spaces around = and refuses a name $ cannot use", "[cli]") {
  ExampleCase example;
  const auto result =
      example.run("shell", "--format csv", ":param n = 2\n:param x 3\n:param 1x=3\nRETURN $n AS n;\nRETURN $x AS x;\n");
  CHECK(result.status == 0);
  CHECK(result.out == "n\n2\n");
  CHECK(result.err.find("kg: :param expects a name, or name=JSON (e.g. :param who=\"Ziyoev\"), got \"x 3\"") !=
        std::string::npos);
  CHECK(result.err.find("got \"1x=3\"") != std::string::npos);
  CHECK(result.err.find("no value for the parameter $x (kg query: --param x=JSON; kg shell: :param x=JSON)") !=
        std::string::npos);
}
