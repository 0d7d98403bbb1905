#include "analytics_fixtures.h"
#include "kg/analytics/tables.h"

namespace kg::analytics::test {

TEST_CASE("Ranking the Florentine families by betweenness puts the Medici first", "[analytics]") {
  const graph::Graph graph = kg::test::classic_graph("florentine_families");
  const Snapshot snapshot(graph);
  const RankResult top = rank_table(snapshot, {.measure = Measure::betweenness, .top = 3});
  CHECK(top.table.columns() == std::vector<std::string>{"rank", "id", "name", "type", "betweenness"});
  REQUIRE(top.table.row_count() == 3);
  std::vector<std::string_view> names;
  for (std::size_t r = 0; r < 3; ++r) {
    CHECK(top.table.row(r)[0].as_integer() == static_cast<std::int64_t>(r + 1));
    names.push_back(top.table.row(r)[2].as_string());
    CHECK(top.table.row(r)[3].as_string() == "Actor");
  }
  CHECK(names == std::vector<std::string_view>{"Medici", "Guadagni", "Albizzi"});
  CHECK(top.table.row(0)[4].as_real() == Approx(0.521978).epsilon(1e-5));
  CHECK(top.candidates == 15);
  CHECK(top.values.values.size() == 15);
}

TEST_CASE("A ranking lists every candidate with top 0, highest first and ties in graph order", "[analytics]") {
  std::mt19937 rng(67);
  const graph::Graph graph = random_graph(rng, 80, 150);
  const Snapshot snapshot(graph);
  const graph::TypeId person = *graph.find_type("Person");
  const RankResult all = rank_table(snapshot, {.measure = Measure::coreness, .types = {person}, .top = 0});
  std::size_t persons = 0;
  for (std::uint32_t v = 0; v < snapshot.node_count(); ++v) persons += graph.node_type(snapshot.node(v)) == person;
  REQUIRE(all.table.row_count() == persons);
  CHECK(all.candidates == persons);
  for (std::size_t r = 1; r < all.table.row_count(); ++r) {
    const auto before = all.table.row(r - 1), after = all.table.row(r);
    CHECK(after[3].as_string() == "Person");
    REQUIRE(before[4].kind() == query::Value::Kind::integer);  // coreness is a whole number
    CHECK(before[4].as_integer() >= after[4].as_integer());
    if (before[4].as_integer() == after[4].as_integer()) {
      CHECK(*snapshot.index(graph.find_nodes(before[1].as_string()).at(0)) <
            *snapshot.index(graph.find_nodes(after[1].as_string()).at(0)));
    }
  }
}

}  // namespace kg::analytics::test
