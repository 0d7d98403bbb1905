// cli/main.cpp: exit statuses and where usage errors go.
#include <fmt/format.h>

#include <catch2/catch.hpp>

#include "support/test_support.h"

namespace {

const std::string kExample = (kg::test::source_dir() / "examples/tajikistan-2010/case.json").string();

}  // namespace

TEST_CASE("Help succeeds and a usage error is exit status 2 with the reason on stderr", "[cli]") {
  CHECK(kg::test::run_kg("--help").status == 0);
  const auto missing = kg::test::run_kg("build");
  CHECK(missing.status == 2);
  CHECK(missing.out.empty());
  CHECK(missing.err.find("inputs is required") != std::string::npos);
}

TEST_CASE("A query with an export name of no known format fails before printing any result", "[cli]") {
  // Found in review: the result was printed to stdout, then the export failed with exit status 2.
  kg::test::TempDir dir;
  REQUIRE(kg::test::run_kg(fmt::format("build -q '{}' -o '{}'", kExample, (dir / "case.kg").string())).status == 0);
  const auto result = kg::test::run_kg(
      fmt::format("path '{}' Akhmedov Ziyoev --export '{}'", (dir / "case.kg").string(), (dir / "out.txt").string()));
  CHECK(result.status == 2);
  CHECK(result.out.empty());
  CHECK(result.err.rfind("--export: cannot tell the export format from the file name", 0) == 0);
  CHECK_FALSE(std::filesystem::exists(dir / "out.txt"));
}

TEST_CASE("kg path refuses --limit 0 instead of reporting no path", "[cli]") {
  kg::test::TempDir dir;
  REQUIRE(kg::test::run_kg(fmt::format("build -q '{}' -o '{}'", kExample, (dir / "case.kg").string())).status == 0);
  const auto result =
      kg::test::run_kg(fmt::format("path '{}' Akhmedov Ziyoev --all --limit 0", (dir / "case.kg").string()));
  CHECK(result.status == 2);
  CHECK(result.err.rfind("--limit: must be at least 1\n", 0) == 0);
}
