#include "generator.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <set>
#include <string>
#include <vector>

namespace {

kg::bench::GeneratorOptions tiny(std::uint64_t seed = 7) {
  return {.nodes = 2000, .facts = 10000, .seed = seed, .queries = 50};
}

std::vector<std::uint32_t> degrees(const kg::bench::GeneratedGraph& graph) {
  std::vector<std::uint32_t> degree(graph.node_count(), 0);
  for (const kg::bench::GeneratedFact& fact : graph.facts) {
    ++degree[fact.subject];
    ++degree[fact.object];
  }
  return degree;
}

}  // namespace

TEST_CASE("The same options and seed give the same graph, another seed another one", "[bench]") {
  const auto a = kg::bench::generate_graph(tiny());
  const auto b = kg::bench::generate_graph(tiny());
  const auto c = kg::bench::generate_graph(tiny(8));
  REQUIRE(a.node_type == b.node_type);
  REQUIRE(a.queries == b.queries);
  REQUIRE(a.facts.size() == b.facts.size());
  bool same_as_other_seed = a.node_type == c.node_type;
  for (std::size_t i = 0; i < a.facts.size(); ++i) {
    CHECK(a.facts[i].subject == b.facts[i].subject);
    CHECK(a.facts[i].object == b.facts[i].object);
    CHECK(a.facts[i].predicate == b.facts[i].predicate);
    CHECK(a.facts[i].date == b.facts[i].date);
    same_as_other_seed = same_as_other_seed && a.facts[i].subject == c.facts[i].subject;
  }
  CHECK_FALSE(same_as_other_seed);
}

TEST_CASE("Generated facts have no self-loops, valid predicates and provenance on about the requested share",
          "[bench]") {
  const auto graph = kg::bench::generate_graph(tiny());
  REQUIRE(graph.facts.size() == 10000);
  std::size_t with_provenance = 0;
  for (const kg::bench::GeneratedFact& fact : graph.facts) {
    CHECK(fact.subject != fact.object);
    CHECK(fact.predicate < kg::bench::predicate_names().size());
    if (fact.source != 0) {
      ++with_provenance;
      CHECK(fact.source <= graph.source_count);
      CHECK(fact.confidence_percent >= 50);
      CHECK(fact.confidence_percent <= 100);
      CHECK(fact.date / 10000 >= 2005);
      CHECK(fact.date / 10000 <= 2012);
    } else {
      CHECK(fact.confidence_percent == 0);
      CHECK(fact.date == 0);
      CHECK_FALSE(fact.quote);
    }
  }
  const double share = static_cast<double>(with_provenance) / static_cast<double>(graph.facts.size());
  CHECK(share > 0.35);
  CHECK(share < 0.45);
}

TEST_CASE("Degrees are heavy-tailed: the largest is far above the median", "[bench]") {
  auto degree = degrees(kg::bench::generate_graph(tiny()));
  std::sort(degree.begin(), degree.end());
  const std::uint32_t median = degree[degree.size() / 2];
  CHECK(median >= 1);
  CHECK(degree.back() >= 20 * median);
}

TEST_CASE("Node keys and names are unique, and query pairs join two distinct nodes that have facts", "[bench]") {
  const auto graph = kg::bench::generate_graph(tiny());
  std::set<std::string> keys, names;
  for (std::uint32_t node = 0; node < graph.node_count(); ++node) {
    keys.insert(graph.node_key(node));
    names.insert(graph.node_name(node));
  }
  CHECK(keys.size() == graph.node_count());
  CHECK(names.size() == graph.node_count());
  const auto degree = degrees(graph);
  REQUIRE(graph.queries.size() == 50);
  for (auto [from, to] : graph.queries) {
    CHECK(from != to);
    CHECK(degree[from] > 0);
    CHECK(degree[to] > 0);
  }
}

TEST_CASE("Size presets are the issue's three sizes", "[bench]") {
  CHECK(kg::bench::find_size_preset("medium")->nodes == 200'000);
  CHECK(kg::bench::find_size_preset("large")->facts == 5'000'000);
  CHECK_FALSE(kg::bench::find_size_preset("huge"));
}
