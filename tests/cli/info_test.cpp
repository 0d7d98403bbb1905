// kg build + kg info on the example case, checked against an independent count (tests/cli/count_case.py).
#include <fmt/format.h>
#include <rapidjson/document.h>

#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <map>

#include "support/test_support.h"

namespace {

std::map<std::string, std::int64_t> object_counts(const rapidjson::Value& object) {
  std::map<std::string, std::int64_t> counts;
  for (const auto& member : object.GetObject()) counts[member.name.GetString()] = member.value.GetInt64();
  return counts;
}

const std::string kExample = (kg::test::source_dir() / "examples/tajikistan-2010/case.json").string();

}  // namespace

TEST_CASE("kg info counts the example case as an independent reading of it does", "[cli]") {
  if (!std::filesystem::exists("/usr/bin/python3"))
    FAIL("/usr/bin/python3 is missing: the independent count cannot run");
  kg::test::TempDir dir;
  const auto built = kg::test::run_kg(fmt::format("build --quiet '{}' -o '{}'", kExample, (dir / "case.kg").string()));
  REQUIRE(built.status == 0);
  CHECK(built.err.empty());
  const auto info = kg::test::run_kg(fmt::format("info '{}' --format json", (dir / "case.kg").string()));
  REQUIRE(info.status == 0);

  const std::string script = (kg::test::source_dir() / "tests/cli/count_case.py").string();
  const auto out = dir / "expected.json";
  REQUIRE(std::system(fmt::format("/usr/bin/python3 '{}' '{}' > '{}'", script, kExample, out.string()).c_str()) == 0);
  rapidjson::Document expected, actual;
  expected.Parse(kg::test::read_file(out).c_str());
  actual.Parse(info.out.c_str());
  REQUIRE_FALSE(expected.HasParseError());
  REQUIRE_FALSE(actual.HasParseError());
  CHECK(actual["nodes"].GetInt64() == expected["nodes"].GetInt64());
  CHECK(actual["edges"].GetInt64() == expected["edges"].GetInt64());
  CHECK(object_counts(actual["node_types"]) == object_counts(expected["node_types"]));
  CHECK(object_counts(actual["predicates"]) == object_counts(expected["predicates"]));
  // The example states some facts twice: statements outnumber edges.
  CHECK(actual["statements"].GetInt64() > actual["edges"].GetInt64());
}

TEST_CASE("kg info prints an aligned table of the example case", "[cli]") {
  kg::test::TempDir dir;
  REQUIRE(kg::test::run_kg(fmt::format("build -q '{}' -o '{}'", kExample, (dir / "case.kg").string())).status == 0);
  const auto info = kg::test::run_kg(fmt::format("info '{}'", (dir / "case.kg").string()));
  REQUIRE(info.status == 0);
  std::string out = info.out;
  out.replace(0, out.find(':'), "case.kg");  // the temporary folder's name varies
  kg::test::check_golden("cli/info_example.txt", out);
}

TEST_CASE("kg info refuses a file that is not a graph file", "[cli]") {
  const auto info = kg::test::run_kg(fmt::format("info '{}'", kExample));
  CHECK(info.status == 2);
  CHECK(info.err == fmt::format("kg: error: {}: not a kg graph file (no kg signature at its start)\n", kExample));
  CHECK(info.out.empty());
}
