// kg facts (cli/commands/facts.cpp) on a case with interval dates: shown as written, filtered by their span.
#include <catch2/catch.hpp>

#include <string>

#include "support/test_support.h"

namespace {

std::string quoted(const std::filesystem::path& path) { return "'" + path.string() + "'"; }

/// A case whose statements are dated 1992/1997, 2009/.. and 1996, built by kg build.
class IntervalCase {
 public:
  IntervalCase() {
    const auto input =
        dir_.write("facts.jsonl",
                   "{\"subject\": \"a\", \"predicate\": \"ran\", \"object\": \"b\", \"date\": \"1992/1997\"}\n"
                   "{\"subject\": \"a\", \"predicate\": \"owns\", \"object\": \"c\", \"date\": \"2009/..\"}\n"
                   "{\"subject\": \"a\", \"predicate\": \"met\", \"object\": \"d\", \"date\": \"1996\"}\n");
    const kg::test::RunResult built =
        kg::test::run_kg("build " + quoted(input) + " -o " + quoted(graph()) + " --quiet");
    INFO(built.err);
    REQUIRE(built.status == 0);
  }
  std::filesystem::path graph() const { return dir_ / "case.kg"; }
  /// The `kg facts` CSV output with `arguments`.
  std::string facts(const std::string& arguments) const {
    const kg::test::RunResult result = kg::test::run_kg("facts " + quoted(graph()) + " --format csv " + arguments);
    INFO(result.err);
    CHECK(result.status == 0);
    return result.out;
  }

 private:
  kg::test::TempDir dir_;
};

bool shows(const std::string& out, const std::string& text) { return out.find(text) != std::string::npos; }

}  // namespace

TEST_CASE("kg facts shows interval dates as written and filters them by the days they span", "[cli]") {
  const IntervalCase dated;
  const std::string all = dated.facts("");
  CHECK(shows(all, "1992/1997"));
  CHECK(shows(all, "2009/.."));
  const std::string overlapping = dated.facts("--from 1995 --to 2000");
  CHECK(shows(overlapping, "1992/1997"));
  CHECK_FALSE(shows(overlapping, "2009/.."));
  CHECK(shows(overlapping, ",1996"));
  const std::string within = dated.facts("--from 1995 --to 2000 --dates within");
  CHECK_FALSE(shows(within, "1992/1997"));
  CHECK(shows(within, ",1996"));
  CHECK(shows(dated.facts("--from 2030"), "2009/.."));
  CHECK_FALSE(shows(dated.facts("--from 2010 --to 2020 --dates within"), "2009/.."));
}

TEST_CASE("kg export --format facts then kg build keeps interval dates", "[cli]") {
  const IntervalCase dated;
  kg::test::TempDir dir;
  const kg::test::RunResult exported =
      kg::test::run_kg("export " + quoted(dated.graph()) + " --format facts -o " + quoted(dir / "facts.jsonl"));
  INFO(exported.err);
  REQUIRE(exported.status == 0);
  const kg::test::RunResult rebuilt =
      kg::test::run_kg("build " + quoted(dir / "facts.jsonl") + " -o " + quoted(dir / "again.kg") + " --quiet");
  INFO(rebuilt.err);
  REQUIRE(rebuilt.status == 0);
  const kg::test::RunResult facts = kg::test::run_kg("facts " + quoted(dir / "again.kg") + " --format csv");
  CHECK(shows(facts.out, "1992/1997"));
  CHECK(shows(facts.out, "2009/.."));
}

TEST_CASE("kg build refuses an interval that ends before it starts, naming the line and column", "[cli]") {
  kg::test::TempDir dir;
  const auto input = dir.write(
      "facts.jsonl", "{\"subject\": \"a\", \"predicate\": \"ran\", \"object\": \"b\", \"date\": \"2010/2009\"}\n");
  const kg::test::RunResult result = kg::test::run_kg("build " + quoted(input) + " -o " + quoted(dir / "case.kg"));
  CHECK(result.status != 0);
  CHECK(shows(result.err,
              "facts.jsonl:1:61: error: \"date\" is not an ISO 8601 interval: the interval ends before it "
              "starts, got \"2010/2009\""));
}
