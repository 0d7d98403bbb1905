// kg neighbours on the example case (cli/commands/neighbours.cpp): output goldens, filters, limits, export.
#include <rapidjson/document.h>

#include <catch2/catch.hpp>
#include <filesystem>

#include "command_fixtures.h"

using kg::cli::test::ExampleCase;
using kg::test::check_golden;

TEST_CASE("kg neighbours lists the entities around one, with distances and the edges among them", "[cli]") {
  ExampleCase example;
  auto result = example.run("neighbours", "'the prison' --depth 2");
  CHECK(result.status == 0);
  check_golden("cli/neighbours_prison_depth2.txt", result.out);
  check_golden("cli/neighbours_ziyoev_out.json", example.run("neighbours", "Ziyoev --direction out --format json").out);
}

TEST_CASE("kg neighbours takes several start entities, filters and a limit", "[cli]") {
  ExampleCase example;
  auto result = example.run("neighbours", "Nasriddinov Azizov --type Person --format csv");
  CHECK(result.status == 0);
  check_golden("cli/neighbours_ringleaders_people.csv", result.out);
  auto limited = example.run("neighbours", "'the prison' --depth 2 --limit 5 --format json");
  rapidjson::Document document;
  REQUIRE_FALSE(document.Parse(limited.out.c_str()).HasParseError());
  CHECK(document["nodes"].Size() == 5);
  CHECK(document["truncated"].GetBool());
  auto dated = example.run("neighbours", "'the prison' --from 2010-08-22 --to 2010-08-22 --dated-only --format json");
  check_golden("cli/neighbours_prison_on_2010-08-22.json", dated.out);
}

TEST_CASE("kg neighbours --types lists the entities of those types around one, --via-types says where it may walk",
          "[cli]") {
  ExampleCase example;
  const auto persons = example.run("neighbours", "dushanbe-prison --depth 2 --types Person --format csv");
  CHECK(persons.status == 0);
  check_golden("cli/neighbours_prison_persons.csv", persons.out);
  // The persons are two hops away through events and groups: the same walk, every type listed, holds them too.
  const auto everyone = example.run("neighbours", "dushanbe-prison --depth 2 --format csv");
  std::size_t listed = 0;
  for (std::size_t at = persons.out.find(",Person,"); at != std::string::npos;
       at = persons.out.find(",Person,", at + 1)) {
    ++listed;
    const std::size_t line_start = persons.out.rfind('\n', at) + 1;
    const std::string line = persons.out.substr(line_start, persons.out.find('\n', at) - line_start);
    CHECK(everyone.out.find(line) != std::string::npos);
  }
  CHECK(listed == 5);
  // Walking through persons only, the prison (a facility) reaches no one.
  const auto via = example.run("neighbours", "dushanbe-prison --depth 2 --via-types Person --format json");
  rapidjson::Document document;
  REQUIRE_FALSE(document.Parse(via.out.c_str()).HasParseError());
  CHECK(document["nodes"].Size() == 1);
  const auto unknown = example.run("neighbours", "dushanbe-prison --via-types Persn");
  CHECK(unknown.status == 2);
  CHECK(unknown.err.find("unknown node type \"Persn\"; did you mean \"Person\"?") != std::string::npos);
}

TEST_CASE("kg neighbours --export writes the neighbourhood as a subgraph file", "[cli]") {
  ExampleCase example;
  auto exported = example.dir() / "ziyoev.graphml";
  auto result = example.run("neighbours", "Ziyoev --export '" + exported.string() + "'");
  CHECK(result.status == 0);
  REQUIRE(std::filesystem::exists(exported));
  std::string graphml = kg::test::read_file(exported);
  CHECK(graphml.find("mirzo-ziyoev") != std::string::npos);
  CHECK(graphml.find("ziyoev-sons") != std::string::npos);
  CHECK(graphml.find("dushanbe-airport") == std::string::npos);
}

TEST_CASE("kg neighbours reports an ambiguous or unknown entity", "[cli]") {
  ExampleCase example;
  auto result = example.run("neighbours", "prison");
  CHECK(result.status == 2);
  check_golden("cli/neighbours_unknown_entity.err", result.err);
}
