// kg build: exit statuses, error rendering, and that a failed build never creates or changes the output.
#include <catch2/catch.hpp>
#include <filesystem>

#include "support/test_support.h"

namespace {

std::string quoted(const std::filesystem::path& path) { return "'" + path.string() + "'"; }

}  // namespace

TEST_CASE("A failed build creates no output file", "[cli]") {
  kg::test::TempDir dir;
  const auto input =
      dir.write("facts.json", "{\"facts\": [{\"subject\": 12, \"predicate\": \"p\", \"object\": \"b\"}]}\n");
  const auto result = kg::test::run_kg("build " + quoted(input) + " -o " + quoted(dir / "case.kg"));
  CHECK(result.status == 2);
  CHECK(result.err.rfind(input.string() + ":1:24: error: ", 0) == 0);
  CHECK(result.err.find("\n{\"facts\": [{\"subject\": 12,") != std::string::npos);  // the line, then a caret
  CHECK(result.err.find("\n                       ^\n") != std::string::npos);
  CHECK_FALSE(std::filesystem::exists(dir / "case.kg"));
  std::size_t files = 0;
  for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator(dir.path())) ++files;
  CHECK(files == 1);  // no temporary file left behind either
}

TEST_CASE("A failed build leaves an existing output file untouched", "[cli]") {
  kg::test::TempDir dir;
  const auto good = dir.write("good.jsonl", "{\"subject\": \"a\", \"predicate\": \"knows\", \"object\": \"b\"}\n");
  const auto bad = dir.write("bad.jsonl", "{\"subject\": \"a\", \"predicate\": \"knows\", \"object\": \"b\"\n");
  REQUIRE(kg::test::run_kg("build -q " + quoted(good) + " -o " + quoted(dir / "case.kg")).status == 0);
  const std::string before = kg::test::read_file(dir / "case.kg");
  const auto result =
      kg::test::run_kg("build -q " + quoted(good) + " " + quoted(bad) + " -o " + quoted(dir / "case.kg"));
  CHECK(result.status == 2);
  CHECK(result.err.rfind(bad.string() + ":1:", 0) == 0);
  CHECK(kg::test::read_file(dir / "case.kg") == before);
}

TEST_CASE("Under --strict an undeclared entity fails the build; without it, it warns", "[cli]") {
  kg::test::TempDir dir;
  const auto input = dir.write("facts.jsonl",
                               "{\"id\": \"imu\", \"type\": \"Organization\"}\n"
                               "{\"subject\": \"IMU\", \"predicate\": \"member\", \"object\": \"inmates\"}\n");
  const auto lenient = kg::test::run_kg("build " + quoted(input) + " -o " + quoted(dir / "a.kg"));
  CHECK(lenient.status == 0);
  CHECK(lenient.err.find(":2:") != std::string::npos);
  CHECK(lenient.err.find("warning: unknown entity \"inmates\"") != std::string::npos);
  const auto strict = kg::test::run_kg("build --strict " + quoted(input) + " -o " + quoted(dir / "b.kg"));
  CHECK(strict.status == 2);
  CHECK(strict.err.find("error: unknown entity \"inmates\": no entity has this id, name or alias") !=
        std::string::npos);
  CHECK_FALSE(std::filesystem::exists(dir / "b.kg"));
}

TEST_CASE("Several inputs of different formats build one graph", "[cli]") {
  kg::test::TempDir dir;
  const auto entities = dir.write("entities.csv", "id,type,name,aliases\nziyoev,Person,Mirzo Ziyoev,Ziyoev\n");
  const auto facts =
      dir.write("facts.jsonl", "{\"subject\": \"Ziyoev\", \"predicate\": \"father_of\", \"object\": \"sons\"}\n");
  const auto result =
      kg::test::run_kg("build -q " + quoted(entities) + " " + quoted(facts) + " -o " + quoted(dir / "c.kg"));
  REQUIRE(result.status == 0);
  const auto info = kg::test::run_kg("info --format json " + quoted(dir / "c.kg"));
  CHECK(info.out.find("\"nodes\": 2") != std::string::npos);
  CHECK(info.out.find("\"Person\": 1") != std::string::npos);
}
