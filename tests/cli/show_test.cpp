// kg show on the example case (cli/commands/show.cpp): an entity's dossier as a table and JSON, with filters.
#include <rapidjson/document.h>

#include <catch2/catch.hpp>

#include "command_fixtures.h"

using kg::cli::test::ExampleCase;
using kg::test::check_golden;

TEST_CASE("kg show prints everything known about an entity: aliases, properties, facts by predicate", "[cli]") {
  ExampleCase example;
  auto result = example.run("show", "Rahmon");
  CHECK(result.status == 0);
  check_golden("cli/show_rahmon.txt", result.out);
  auto json = example.run("show", "Ziyoev --format json");
  CHECK(json.status == 0);
  check_golden("cli/show_ziyoev.json", json.out);
  rapidjson::Document document;
  REQUIRE_FALSE(document.Parse(json.out.c_str()).HasParseError());
  CHECK(std::string(document["entity"]["id"].GetString()) == "mirzo-ziyoev");
  CHECK(document["facts"].GetUint() > 0);
}

TEST_CASE("kg show takes the query filters and a direction", "[cli]") {
  ExampleCase example;
  auto out = example.run("show", "Rahmon --direction out --format json");
  rapidjson::Document document;
  REQUIRE_FALSE(document.Parse(out.out.c_str()).HasParseError());
  for (const auto& group : document["groups"].GetArray()) CHECK(std::string(group["direction"].GetString()) == "out");
  auto dated = example.run("show", "Rahmon --dated-only --format json");
  REQUIRE_FALSE(document.Parse(dated.out.c_str()).HasParseError());
  CHECK(document["facts"].GetUint() == 1);
  CHECK(std::string(document["first_date"].GetString()) == "2010-08");
}

TEST_CASE("kg show reports an unknown entity and refuses CSV", "[cli]") {
  ExampleCase example;
  auto unknown = example.run("show", "Rahmn");
  CHECK(unknown.status == 2);
  check_golden("cli/show_unknown_entity.err", unknown.err);
  auto csv = example.run("show", "Rahmon --format csv");
  CHECK(csv.status == 2);
  CHECK(csv.err.find("csv") != std::string::npos);
}
