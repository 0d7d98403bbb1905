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
