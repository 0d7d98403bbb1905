// kg rank on the example case (cli/commands/rank.cpp): goldens, --type, filters, sampling notices, errors.
#include <rapidjson/document.h>

#include <catch2/catch.hpp>

#include "command_fixtures.h"

using kg::cli::test::ExampleCase;
using kg::test::check_golden;

namespace {

rapidjson::Document parse(const std::string& text) {
  rapidjson::Document document;
  REQUIRE_FALSE(document.Parse(text.c_str()).HasParseError());
  return document;
}

}  // namespace

TEST_CASE("kg rank lists the most central entities by each measure", "[cli]") {
  ExampleCase example;
  const auto pagerank = example.run("rank", "--by pagerank --direction out --top 8");
  CHECK(pagerank.status == 0);
  check_golden("cli/rank_pagerank_out.txt", pagerank.out);
  const auto betweenness = example.run("rank", "--by betweenness --type Person --format json");
  CHECK(betweenness.status == 0);
  CHECK(betweenness.err.empty());
  check_golden("cli/rank_betweenness_people.json", betweenness.out);
  check_golden("cli/rank_coreness.csv", example.run("rank", "--by coreness --top 0 --format csv").out);
  for (const std::string measure : {"closeness", "harmonic", "degree"}) {
    const auto result = example.run("rank", "--by " + measure + " --top 3 --format json");
    CHECK(result.status == 0);
    CHECK(parse(result.out)["rows"].Size() == 3);
  }
}

TEST_CASE("kg rank --type ranks only those types but computes over every entity, filters change the graph", "[cli]") {
  ExampleCase example;
  const auto all = parse(example.run("rank", "--by betweenness --top 0 --format json").out);
  const auto people = parse(example.run("rank", "--by betweenness --types Person --top 0 --format json").out);
  REQUIRE(all["rows"].Size() == 44);
  REQUIRE(people["rows"].Size() == 7);
  // Each person's value is the one it has in the whole ranking.
  for (const auto& row : people["rows"].GetArray()) {
    CHECK(std::string(row[3].GetString()) == "Person");
    bool found = false;
    for (const auto& other : all["rows"].GetArray()) {
      if (std::string(other[1].GetString()) == row[1].GetString()) {
        CHECK(other[4].GetDouble() == row[4].GetDouble());
        found = true;
      }
    }
    CHECK(found);
  }
  const auto without = parse(example.run("rank", "--by betweenness --exclude-type Event --top 0 --format json").out);
  CHECK(without["rows"].Size() == 44 - 9);
  const auto weighted = example.run("rank", "--by degree --weight confidence --min-confidence 0.9 --top 1");
  CHECK(weighted.status == 0);
}

TEST_CASE("kg rank says when a measure was estimated from sampled entities", "[cli]") {
  ExampleCase example;
  const auto sampled = example.run("rank", "--by betweenness --samples 10 --seed 3 --top 3");
  CHECK(sampled.status == 0);
  CHECK(sampled.err.find("kg: betweenness estimated from searches at 10 of 44 entities") == 0);
  CHECK(sampled.err.find("within 0.429 of exact with 95 % confidence") != std::string::npos);
  const auto closeness = example.run("rank", "--by closeness --samples 10 --top 3");
  CHECK(closeness.err.find("kg: closeness estimated from searches at 10 of 44 entities") == 0);
  CHECK(closeness.err.find("consistent estimates, without an error bound") != std::string::npos);
  CHECK(example.run("rank", "--by betweenness --samples 10 -q").err.empty());
  CHECK(example.run("rank", "--by betweenness --samples 10 --exact").status == 2);
}

TEST_CASE("kg rank refuses an unknown measure (naming those it knows) or type with exit status 2", "[cli]") {
  ExampleCase example;
  const auto measure = example.run("rank", "--by fame");
  CHECK(measure.status == 2);
  CHECK(measure.err.find("--by: unknown measure \"fame\": expected one of pagerank|betweenness|closeness|harmonic|"
                         "degree|coreness") != std::string::npos);
  CHECK(example.run("rank", "--by PageRank --top 1").status == 0);  // any case
  CHECK(kg::test::run_kg("rank --help").out.find("--by MEASURE") != std::string::npos);
  const auto type = example.run("rank", "--by pagerank --type Persn");
  CHECK(type.status == 2);
  check_golden("cli/rank_unknown_type.err", type.err);
}
