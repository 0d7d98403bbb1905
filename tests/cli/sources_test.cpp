// kg sources on the example case (cli/commands/sources.cpp): the table golden, and JSON counts that agree with kg info.
#include <rapidjson/document.h>

#include <catch2/catch.hpp>

#include "command_fixtures.h"

using kg::cli::test::ExampleCase;
using kg::test::check_golden;

TEST_CASE("kg sources lists each source with its title, date, reliability and what it supports", "[cli]") {
  ExampleCase example;
  const auto table = example.run("sources", "");
  CHECK(table.status == 0);
  check_golden("cli/sources_example.txt", table.out);
  rapidjson::Document sources, info;
  REQUIRE_FALSE(sources.Parse(example.run("sources", "--format json").out.c_str()).HasParseError());
  REQUIRE_FALSE(info.Parse(example.run("info", "--format json").out.c_str()).HasParseError());
  REQUIRE(sources["rows"].Size() == info["sources"].GetUint());
  std::uint64_t statements = 0;
  for (const auto& row : sources["rows"].GetArray()) statements += row[4].GetUint64();
  CHECK(statements == info["statements"].GetUint64());  // every statement of the example cites its one source
  CHECK(sources["rows"][0][5].GetUint() == info["nodes"].GetUint());
}
