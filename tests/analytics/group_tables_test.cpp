#include "analytics_fixtures.h"
#include "kg/analytics/tables.h"

namespace kg::analytics::test {

TEST_CASE("A component table lists the members of the largest components, largest first", "[analytics]") {
  std::mt19937 rng(71);
  const graph::Graph graph = random_graph(rng, 60, 40);
  const Snapshot snapshot(graph);
  const GroupsResult all = component_table(snapshot, false, 0);
  CHECK(all.table.columns() == std::vector<std::string>{"component", "size", "id", "name", "type"});
  CHECK(all.table.row_count() == snapshot.node_count());
  const GroupsResult top = component_table(snapshot, false, 2);
  REQUIRE(all.partition.count() > 2);
  CHECK(top.table.row_count() == all.partition.sizes[0] + all.partition.sizes[1]);
  for (std::size_t r = 0; r < top.table.row_count(); ++r) {
    const auto row = top.table.row(r);
    const std::uint32_t v = *snapshot.index(graph.find_nodes(row[2].as_string()).at(0));
    CHECK(row[0].as_integer() == top.partition.group[v]);
    CHECK(row[1].as_integer() == top.partition.sizes[top.partition.group[v]]);
    if (r > 0) CHECK(top.table.row(r - 1)[0].as_integer() <= row[0].as_integer());
  }
  CHECK(component_table(snapshot, true, 0).partition.count() >= all.partition.count());
}

TEST_CASE("A community table carries the partition's modularity", "[analytics]") {
  const graph::Graph graph = kg::test::classic_graph("karate_club");
  const Snapshot snapshot(graph);
  const GroupsResult found = community_table(snapshot, CommunityMethod::leiden, {.seed = 2}, 0);
  CHECK(found.table.columns()[0] == "community");
  CHECK(found.table.row_count() == 34);
  CHECK(found.modularity == leiden(snapshot, {.seed = 2}).modularity);
  CHECK(community_table(snapshot, CommunityMethod::louvain, {}, 1).table.row_count() == found.partition.sizes[0]);
}

TEST_CASE("A broker table lists articulation points with their parts and bridges, most parts first", "[analytics]") {
  // hub - a, hub - b, hub - c; a - d - e - a (a triangle hanging off a); c - f.
  graph::GraphBuilder builder;
  builder.add_file("brokers.json");
  for (const auto& [x, y] :
       {std::pair{"hub", "a"}, {"hub", "b"}, {"hub", "c"}, {"a", "d"}, {"d", "e"}, {"e", "a"}, {"c", "f"}}) {
    builder.add_fact({.subject = {.text = x}, .predicate = "knows", .object = {.text = y}});
  }
  const graph::Graph graph = builder.build();
  const query::ResultTable table = broker_table(Snapshot(graph), 0);
  CHECK(broker_table(Snapshot(graph), 1).row_count() == 1);
  CHECK(table.columns() == std::vector<std::string>{"id", "name", "type", "parts", "bridges"});
  REQUIRE(table.row_count() == 3);
  const auto row = [&](std::size_t r) {
    return std::tuple{std::string(table.row(r)[0].as_string()), table.row(r)[3].as_integer(),
                      table.row(r)[4].as_integer()};
  };
  CHECK(row(0) == std::tuple{std::string("hub"), 3, 3});
  CHECK(row(1) == std::tuple{std::string("a"), 2, 1});
  CHECK(row(2) == std::tuple{std::string("c"), 2, 2});

  const query::ResultTable links = bridge_table(Snapshot(graph), 0);
  CHECK(links.columns() == std::vector<std::string>{"from", "from_name", "to", "to_name", "predicates"});
  std::vector<std::string> rows;
  for (std::size_t r = 0; r < links.row_count(); ++r) {
    rows.push_back(std::string(links.row(r)[0].as_string()) + "-" + std::string(links.row(r)[2].as_string()) + " " +
                   std::to_string(links.row(r)[4].as_list().size()));
  }
  CHECK(rows == std::vector<std::string>{"hub-a 1", "hub-b 1", "hub-c 1", "c-f 1"});
  CHECK(bridge_table(Snapshot(graph), 2).row_count() == 2);
}

TEST_CASE("A bridge table names the predicates of a bridge either way, those the filter keeps", "[analytics]") {
  graph::GraphBuilder builder;
  builder.add_file("bridges.json");
  for (const auto& [x, p, y] : {std::tuple{"x", "knows", "y"}, {"y", "funds", "x"}, {"y", "knows", "z"}}) {
    builder.add_fact({.subject = {.text = x}, .predicate = p, .object = {.text = y}});
  }
  const graph::Graph graph = builder.build();
  const auto predicates = [](const query::ResultTable& table, std::size_t r) {
    std::vector<std::string> names;
    for (const query::Value& name : table.row(r)[4].as_list()) names.emplace_back(name.as_string());
    return names;
  };
  const query::ResultTable all = bridge_table(Snapshot(graph), 0);
  REQUIRE(all.row_count() == 2);
  CHECK(predicates(all, 0) == std::vector<std::string>{"funds", "knows"});
  CHECK(predicates(all, 1) == std::vector<std::string>{"knows"});
  const query::ResultTable known =
      bridge_table(Snapshot(graph, {.filter = {.predicates = {*graph.find_predicate("knows")}}}), 0);
  REQUIRE(known.row_count() == 2);
  CHECK(predicates(known, 0) == std::vector<std::string>{"knows"});
}

}  // namespace kg::analytics::test
