// kg path on the example case (cli/commands/path.cpp): output goldens for each format and mode, exit statuses.
#include <rapidjson/document.h>

#include <catch2/catch.hpp>
#include <filesystem>

#include "command_fixtures.h"

using kg::cli::test::ExampleCase;
using kg::test::check_golden;

TEST_CASE("kg path prints the connection as an analyst's note, sources under each hop", "[cli]") {
  ExampleCase example;
  auto result = example.run("path", "'Magomed Akhmedov' 'Mirzo Ziyoev'");
  CHECK(result.status == 0);
  CHECK(result.err.empty());
  check_golden("cli/path_akhmedov_ziyoev.txt", result.out);
  check_golden("cli/path_akhmedov_ziyoev_full.txt", example.run("path", "'Magomed Akhmedov' Ziyoev --full").out);
}

TEST_CASE("kg path JSON follows the documented shape and honours filters", "[cli]") {
  ExampleCase example;
  auto result = example.run("path", "'Magomed Akhmedov' 'Mirzo Ziyoev' --min-confidence 0.7 --format json");
  CHECK(result.status == 0);
  check_golden("cli/path_akhmedov_ziyoev_confident.json", result.out);
  rapidjson::Document document;
  REQUIRE_FALSE(document.Parse(result.out.c_str()).HasParseError());
  REQUIRE(document["paths"].Size() == 1);
  CHECK(document["paths"][0]["length"].GetUint() == 5);
  // Each node carries its aliases and properties, so scripts need no second lookup.
  const auto& first = document["paths"][0]["nodes"][0];
  CHECK(std::string(first["id"].GetString()) == "magomed-akhmedov");
  CHECK(first["properties"]["age"].GetInt() == 17);
  CHECK(std::string(first["aliases"][0].GetString()) == "Akhmedov");
  for (const auto& edge : document["paths"][0]["edges"].GetArray()) {
    for (const auto& source : edge["sources"].GetArray()) CHECK(source["confidence"].GetDouble() >= 0.7);
  }
}

TEST_CASE("kg path --all lists every shortest path, or every simple path up to --max-hops", "[cli]") {
  ExampleCase example;
  check_golden("cli/path_rahmon_fugitives_all_3.txt", example.run("path", "Rahmon fugitives --all --max-hops 3").out);
  check_golden("cli/path_rahmon_kakharov_all.csv", example.run("path", "Rahmon Kakharov --all --format csv").out);
}

TEST_CASE("kg path --k and --weighted rank paths by hops or by credibility", "[cli]") {
  ExampleCase example;
  check_golden("cli/path_rahmon_fugitives_k3_weighted.csv",
               example.run("path", "Rahmon fugitives --k 3 --weighted --format csv").out);
  check_golden("cli/path_akhmedov_ziyoev_weighted.txt", example.run("path", "Akhmedov Ziyoev --weighted").out);
}

TEST_CASE("kg path --chronological finds the chain of dated events that never goes back in time", "[cli]") {
  ExampleCase example;
  const auto chain =
      example.run("path", "'2009 security sweep in the Rasht Valley' 'Dushanbe prison break' --chronological");
  CHECK(chain.status == 0);
  check_golden("cli/path_sweep_prison_break_chronological.txt", chain.out);
  // The shortest path of all goes from 2009 back to 1992 (the civil war); no chronological one exists.
  CHECK(example.run("path", "'Tajik civil war' 'Dushanbe prison break'").status == 0);
  const auto none = example.run("path", "'Tajik civil war' 'Dushanbe prison break' --chronological");
  CHECK(none.status == 1);
  CHECK(none.err ==
        "kg: no chronological (dated, never backwards) path between \"Tajik civil war\" and \"Dushanbe "
        "prison break\"\n");
  const auto mixed = example.run("path", "Rahmon Kakharov --chronological --weighted");
  CHECK(mixed.status != 0);
  CHECK(mixed.err.find("--weighted excludes --chronological") != std::string::npos);
}

TEST_CASE("kg path without a path prints an empty list, says so on stderr and exits 1", "[cli]") {
  ExampleCase example;
  auto result = example.run("path", "Rahmon Dagestan --directed --format json");
  CHECK(result.status == 1);
  CHECK(result.out == "{\n  \"paths\": []\n}\n");
  CHECK(result.err == "kg: no path between \"Imomali Rahmon\" and \"Dagestan\"\n");
  auto bounded = example.run("path", "'Magomed Akhmedov' 'Mirzo Ziyoev' --max-hops 3");
  CHECK(bounded.status == 1);
  CHECK(bounded.out.empty());
  CHECK(bounded.err == "kg: no path between \"Magomed Akhmedov\" and \"Mirzo Ziyoev\" within 3 hops\n");
}

TEST_CASE("kg path names an unknown entity and suggests close ones, bad filters are errors", "[cli]") {
  ExampleCase example;
  auto unknown = example.run("path", "'Mirzo Ziyov' Rahmon");
  CHECK(unknown.status == 2);
  CHECK(unknown.out.empty());
  check_golden("cli/path_unknown_entity.err", unknown.err);
  auto typo = example.run("path", "Rahmon Ziyoev --predicate father-of");
  CHECK(typo.status == 2);
  check_golden("cli/path_unknown_predicate.err", typo.err);
  CHECK(example.run("path", "Rahmon Ziyoev --all --k 2").status != 0);  // exclusive options
}

TEST_CASE("kg path --export writes the paths as a subgraph file", "[cli]") {
  ExampleCase example;
  auto exported = example.dir() / "akhmedov-ziyoev.gexf";
  auto result = example.run("path", "'Magomed Akhmedov' 'Mirzo Ziyoev' --export '" + exported.string() + "'");
  CHECK(result.status == 0);
  REQUIRE(std::filesystem::exists(exported));
  std::string gexf = kg::test::read_file(exported);
  for (const char* id : {"magomed-akhmedov", "prison-raid", "escapees", "ziyoev-sons", "mirzo-ziyoev"}) {
    CHECK(gexf.find(id) != std::string::npos);
  }
  CHECK(gexf.find("imomali-rahmon") == std::string::npos);
  auto unknown_format = example.run("path", "Rahmon Ziyoev --export '" + (example.dir() / "x.unknown").string() + "'");
  CHECK(unknown_format.status == 2);
  CHECK_FALSE(std::filesystem::exists(example.dir() / "x.unknown"));
}

TEST_CASE("kg path stops a search at --max-work or --time-limit with exit status 2 and says what to change",
          "[query]") {
  ExampleCase example;
  auto stopped = example.run("path", "Ziyoev Dagestan --all --max-hops 40 --limit 100000000 --max-work 100000");
  CHECK(stopped.status == 2);
  CHECK(stopped.out.empty());
  CHECK_THAT(stopped.err, Catch::Matches("kg: error: the path search stopped at its work limit of 100000 steps, "
                                         "after [0-9.]+ s \\([0-9]+ paths found so far\\): raise --max-work or "
                                         "--time-limit, or narrow the search \\(--max-hops, --limit, --k, "
                                         "filters\\)\n"));
  CHECK(example.run("path", "Ziyoev Dagestan --k 100000 --max-work 1000").status == 2);
}

TEST_CASE("kg path refuses a negative or zero count instead of reading it as a huge number", "[query]") {
  ExampleCase example;
  for (const char* option : {"--all --limit -1", "--all --limit 0", "--k -1", "--max-work -5", "--time-limit -1"}) {
    INFO(option);
    auto refused = example.run("path", std::string("Rahmon Ziyoev ") + option);
    CHECK(refused.status == 2);
    CHECK(refused.out.empty());
    CHECK_THAT(refused.err,
               Catch::Contains("expected a whole number of at least") || Catch::Contains("must be at least 1"));
  }
}
