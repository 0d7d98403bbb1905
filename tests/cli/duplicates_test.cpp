// kg duplicates on tests/data/names, before and after the analyst's decisions; kg build's merge on the same case.
#include <fmt/format.h>
#include <rapidjson/document.h>

#include <catch2/catch.hpp>
#include <string>

#include "support/test_support.h"

namespace {

const std::string kCase = (kg::test::source_dir() / "tests/data/names/case.json").string();
const std::string kDecisions = (kg::test::source_dir() / "tests/data/names/decisions.jsonl").string();

/// The names case built into a temporary folder, with or without its decisions; runs commands on it.
class NamesCase {
 public:
  explicit NamesCase(bool with_decisions) {
    const auto built = kg::test::run_kg(
        fmt::format("build --strict '{}' {} -o '{}'", kCase, with_decisions ? "'" + kDecisions + "'" : "", path()));
    INFO(built.err);
    REQUIRE(built.status == 0);
  }
  std::string path() const { return (dir_ / "names.kg").string(); }
  kg::test::RunResult run(const std::string& command, const std::string& arguments = "") const {
    kg::test::RunResult result = kg::test::run_kg(fmt::format("{} '{}' {}", command, path(), arguments));
    for (std::string* text : {&result.out, &result.err}) {
      for (std::size_t at; (at = text->find(path())) != std::string::npos;)
        text->replace(at, path().size(), "names.kg");
    }
    return result;
  }

 private:
  kg::test::TempDir dir_;
};

}  // namespace

TEST_CASE("kg build reads the names case under --strict without a warning: every variant folds or is declared",
          "[cli]") {
  kg::test::TempDir dir;
  const auto built = kg::test::run_kg(fmt::format("build --strict '{}' -o '{}'", kCase, (dir / "n.kg").string()));
  REQUIRE(built.status == 0);
  CHECK(built.err.find("warning") == std::string::npos);
  CHECK(built.err.find("13 nodes, 14 edges from 14 facts") != std::string::npos);
}

TEST_CASE("kg duplicates lists the names case's variants as a table, best first", "[cli]") {
  const NamesCase names(false);
  const auto listed = names.run("duplicates", "--full");
  CHECK(listed.status == 0);
  CHECK(listed.err.empty());
  kg::test::check_golden("cli/duplicates_names.txt", listed.out);
}

TEST_CASE("kg duplicates writes JSON and CSV", "[cli]") {
  const NamesCase names(false);
  const auto json = names.run("duplicates", "--format json --limit 2");
  REQUIRE(json.status == 0);
  rapidjson::Document document;
  document.Parse(json.out.c_str());
  REQUIRE_FALSE(document.HasParseError());
  REQUIRE(document["rows"].Size() == 2);
  const auto& first = document["rows"][0];
  CHECK(first[0].GetDouble() == 1.0);
  CHECK(std::string(first[1].GetString()) == "rahmon");
  CHECK(std::string(first[3].GetString()) == "рахмон");
  CHECK(std::string(first[4].GetString()) == "Эмомали Рахмон");
  CHECK(json.err == "kg: 5 more pairs score 0.6 or more (raise --limit to see them)\n");
  const auto csv = names.run("duplicates", "--format csv --types Location");
  REQUIRE(csv.status == 0);
  kg::test::check_golden("cli/duplicates_names_location.csv", csv.out);
}

TEST_CASE("After same_as and different_from decisions kg duplicates finds nothing and says what it hid", "[cli]") {
  const NamesCase names(true);
  const auto listed = names.run("duplicates");
  CHECK(listed.status == 1);
  CHECK(listed.err == "kg: 1 pair not shown: a different_from decision separates them\n");
  CHECK(names.run("duplicates", "--min-score 0").out.find("mirzoali") == std::string::npos);
}

TEST_CASE("kg duplicates refuses an unknown type with a suggestion and a score outside 0..1", "[cli]") {
  const NamesCase names(false);
  const auto type = names.run("duplicates", "--types Persn");
  CHECK(type.status == 2);
  CHECK(type.err.find("unknown node type \"Persn\"; did you mean \"Person\"?") != std::string::npos);
  CHECK(names.run("duplicates", "--min-score 1.5").status == 2);
}

TEST_CASE("A merged entity answers to every id and name, and kg neighbours finds it by any", "[cli]") {
  const NamesCase names(true);
  const auto by_cyrillic = names.run("neighbours", "'ЭМОМАЛИ РАХМОН' --format json");
  const auto by_old_id = names.run("neighbours", "rakhmonov --format json");
  REQUIRE(by_cyrillic.status == 0);
  CHECK(by_cyrillic.out == by_old_id.out);
  CHECK(by_cyrillic.out.find("\"id\": \"rahmon\"") != std::string::npos);
}
