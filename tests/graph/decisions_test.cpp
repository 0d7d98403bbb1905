// Decisions as GraphBuilder applies them (graph/decisions.cpp): same_as merges, different_from, and their errors.
#include <algorithm>
#include <catch2/catch.hpp>
#include <map>
#include <numeric>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "builder_test_support.h"
#include "kg/graph/builder.h"

using namespace kg::graph;
using kg::test::Collected;
using kg::test::fact;
using kg::test::only_node;

namespace {

DecisionRecord same_as(std::vector<std::string_view> ids, std::string_view reason, std::uint32_t line = 20) {
  return {.kind = DecisionKind::same_as, .ids = std::move(ids), .reason = reason, .at = {0, line, 1}};
}

DecisionRecord different_from(std::vector<std::string_view> ids, std::string_view reason, std::uint32_t line = 30) {
  return {.kind = DecisionKind::different_from, .ids = std::move(ids), .reason = reason, .at = {0, line, 1}};
}

// Emomali Rahmon under three spellings, declared as three entities, with facts on each.
void add_rahmons(GraphBuilder& builder) {
  builder.add_file("case.json");
  builder.add_entity({.id = "rahmon",
                      .type = "Person",
                      .name = "Emomali Rahmon",
                      .props = {{"born", std::int64_t{1952}}},
                      .at = {0, 1, 1}});
  builder.add_entity({.id = "rakhmonov",
                      .type = "Person",
                      .name = "Emomali Rakhmonov",
                      .aliases = {"Rakhmonov"},
                      .props = {{"born", std::int64_t{1952}}, {"party", std::string_view("PDPT")}},
                      .at = {0, 2, 1}});
  builder.add_entity({.id = "рахмон", .name = "Эмомали Рахмон", .at = {0, 3, 1}});
  builder.add_entity({.id = "dushanbe", .type = "Location", .name = "Dushanbe", .at = {0, 4, 1}});
  FactRecord lives = fact("rahmon", "lives_in", "dushanbe", 10);
  lives.quote = "first";
  builder.add_fact(lives);
  FactRecord again = fact("Rakhmonov", "lives_in", "dushanbe", 11);
  again.quote = "second";
  builder.add_fact(again);
  builder.add_fact(fact("Эмомали Рахмон", "visited", "dushanbe", 12));
}

}  // namespace

TEST_CASE("same_as merges entities into one node carrying every id, name, fact and provenance record", "[graph]") {
  Collected collected;
  GraphBuilder builder(collected.options());
  add_rahmons(builder);
  builder.add_decision({.kind = DecisionKind::same_as,
                        .ids = {"rahmon", "rakhmonov", "рахмон"},
                        .reason = "one president, three spellings",
                        .author = "dk",
                        .date = *parse_partial_date("2024-05-02"),
                        .at = {0, 20, 1}});
  const Graph graph = builder.build();
  CHECK(collected.warnings.empty());
  REQUIRE(graph.node_count() == 2);
  const NodeId rahmon = only_node(graph, "rahmon");
  CHECK(only_node(graph, "rakhmonov") == rahmon);
  CHECK(only_node(graph, "рахмон") == rahmon);
  CHECK(only_node(graph, "Эмомали Рахмон") == rahmon);
  CHECK(only_node(graph, "Rakhmonov") == rahmon);
  CHECK(graph.node_key(rahmon) == "rahmon");
  CHECK(graph.node_name(rahmon) == "Emomali Rahmon");
  CHECK(graph.type_name(graph.node_type(rahmon)) == "Person");
  CHECK(graph.node_merged_ids(rahmon) == std::vector<std::string_view>{"rakhmonov", "рахмон"});
  CHECK(graph.node_aliases(rahmon) ==
        std::vector<std::string_view>{"Emomali Rakhmonov", "Rakhmonov", "Эмомали Рахмон"});
  const auto props = graph.node_properties(rahmon);
  REQUIRE(props.size() == 2);
  CHECK(props[1].key == "party");
  // lives_in stated of two of the entities is now one edge with both statements, in input order.
  REQUIRE(graph.edge_count() == 2);
  REQUIRE(graph.out_degree(rahmon) == 2);
  for (const auto [target, edge] : graph.out(rahmon)) {
    CHECK(target == only_node(graph, "dushanbe"));
    if (graph.predicate_name(graph.edge_predicate(edge)) == "lives_in") {
      REQUIRE(graph.provenance_count(edge) == 2);
      CHECK(graph.provenance_quote(graph.provenance(edge).front()) == "first");
    }
  }
  REQUIRE(graph.decision_count() == 1);
  const Decision decision = graph.decision(DecisionId{0});
  CHECK(decision.kind == DecisionKind::same_as);
  CHECK(decision.ids == std::vector<std::string_view>{"rahmon", "rakhmonov", "рахмон"});
  CHECK(decision.nodes == std::vector{rahmon, rahmon, rahmon});
  CHECK(decision.author == "dk");
  CHECK(decision.date.to_string() == "2024-05-02");
  CHECK(graph.node_decisions(rahmon) == std::vector{DecisionId{0}});
  CHECK(merge_note(graph, rahmon) == "merged from rahmon, rakhmonov, рахмон: one president, three spellings");
  CHECK(merge_note(graph, only_node(graph, "dushanbe")).empty());
}

TEST_CASE("Without the same_as record the entities stay apart: deleting it undoes the merge", "[graph]") {
  GraphBuilder builder;
  add_rahmons(builder);
  const Graph graph = builder.build();
  CHECK(graph.node_count() == 4);
  CHECK(graph.decision_count() == 0);
  CHECK(graph.node_merged_ids(only_node(graph, "rahmon")).empty());
}

TEST_CASE("same_as decisions chain: a with b and b with c make one node of three", "[graph]") {
  GraphBuilder builder;
  add_rahmons(builder);
  builder.add_decision(same_as({"rakhmonov", "rahmon"}, "same man", 20));
  builder.add_decision(same_as({"рахмон", "rahmon"}, "Cyrillic spelling", 21));
  const Graph graph = builder.build();
  REQUIRE(graph.node_count() == 2);
  const NodeId node = only_node(graph, "rahmon");
  CHECK(graph.node_key(node) == "rakhmonov");  // the first id of the group's first same_as
  CHECK(graph.node_name(node) == "Emomali Rakhmonov");
  CHECK(merge_note(graph, node) == "merged from rakhmonov, rahmon, рахмон: same man; Cyrillic spelling");
}

TEST_CASE("same_as makes references to a name its entities share unambiguous, and silences the warning", "[graph]") {
  Collected collected;
  GraphBuilder builder(collected.options());
  builder.add_file("case.json");
  builder.add_entity({.id = "p1", .type = "Person", .name = "A. Karimov", .at = {0, 1, 1}});
  builder.add_entity({.id = "p2", .type = "Person", .name = "A. KARIMOV", .at = {0, 2, 1}});
  builder.add_fact(fact("a. karimov", "knows", "p1"));
  builder.add_decision(same_as({"p1", "p2"}, "same man"));
  const Graph graph = builder.build();
  CHECK(collected.warnings.empty());
  CHECK(graph.node_count() == 1);
  CHECK(graph.node_aliases(NodeId{0}) == std::vector<std::string_view>{"A. KARIMOV"});
}

TEST_CASE("A same_as may name an entity that only a fact creates, which declares it", "[graph]") {
  Collected collected;
  GraphBuilder builder(collected.options(true));
  builder.add_file("case.json");
  builder.add_entity({.id = "gov", .type = "Organization", .name = "Rahmon's administration", .at = {0, 1, 1}});
  builder.add_fact(fact("Rahmons admin", "controls", "gov"));
  builder.add_decision(same_as({"gov", "rahmons ADMIN"}, "a typo in the interview notes"));
  const Graph graph = builder.build();
  CHECK(collected.warnings.empty());
  REQUIRE(graph.node_count() == 1);
  CHECK(graph.node_merged_ids(NodeId{0}) == std::vector<std::string_view>{"Rahmons admin"});
  CHECK(graph.type_name(graph.node_type(NodeId{0})) == "Organization");
  CHECK(graph.edge_count() == 1);  // now a self-loop: the fact is kept
}

TEST_CASE("A decision naming an unknown entity is an error suggesting the nearest", "[graph]") {
  GraphBuilder builder;
  add_rahmons(builder);
  builder.add_decision(same_as({"rahmon", "rakmonov"}, "same man", 20));
  CHECK_THROWS_WITH(builder.build(),
                    "case.json:20:1: same_as names unknown entity \"rakmonov\"; did you mean "
                    "\"Emomali Rakhmonov\" (Person, id rakhmonov)?");
}

TEST_CASE("A same_as joining entities of two types is an error citing both declarations", "[graph]") {
  GraphBuilder builder;
  add_rahmons(builder);
  builder.add_decision(same_as({"рахмон", "rahmon", "dushanbe"}, "wrong", 22));
  CHECK_THROWS_WITH(builder.build(),
                    "case.json:22:1: same_as joins entities of two types: \"rahmon\" (Person, "
                    "declared at case.json:1:1) and \"dushanbe\" (Location, declared at "
                    "case.json:4:1)");
}

TEST_CASE("A same_as contradicting a different_from is an error citing both records", "[graph]") {
  GraphBuilder builder;
  add_rahmons(builder);
  builder.add_decision(different_from({"rahmon", "рахмон"}, "the son, not the father", 30));
  builder.add_decision(same_as({"rakhmonov", "rahmon"}, "same man", 31));
  builder.add_decision(same_as({"рахмон", "rakhmonov"}, "same man", 32));
  CHECK_THROWS_WITH(builder.build(),
                    "case.json:32:1: same_as makes \"rahmon\" (Person, declared at case.json:1:1) "
                    "and \"рахмон\" (Entity, declared at case.json:3:1) one entity, but the "
                    "different_from at case.json:30:1 says they are different");
}

TEST_CASE("different_from is kept in the graph and merges nothing", "[graph]") {
  GraphBuilder builder;
  add_rahmons(builder);
  builder.add_decision(different_from({"rahmon", "Rakhmonov"}, "father and son"));
  const Graph graph = builder.build();
  CHECK(graph.node_count() == 4);
  REQUIRE(graph.decision_count() == 1);
  const Decision decision = graph.decision(DecisionId{0});
  CHECK(decision.kind == DecisionKind::different_from);
  CHECK(decision.nodes == std::vector{only_node(graph, "rahmon"), only_node(graph, "rakhmonov")});
  CHECK(graph.node_decisions(only_node(graph, "rahmon")).empty());
}

TEST_CASE("A merge whose entities state a property differently keeps the first value with a warning", "[graph]") {
  Collected collected;
  GraphBuilder builder(collected.options());
  builder.add_file("case.json");
  builder.add_entity({.id = "a", .type = "Person", .props = {{"born", std::int64_t{1952}}}, .at = {0, 1, 1}});
  builder.add_entity({.id = "b", .type = "Person", .props = {{"born", std::int64_t{1953}}}, .at = {0, 2, 1}});
  builder.add_decision(same_as({"a", "b"}, "same man"));
  const Graph graph = builder.build();
  REQUIRE(collected.warnings.size() == 1);
  CHECK(collected.warnings[0] ==
        "case.json:20:1: same_as merges \"a\" with \"b\", which states property \"born\" as 1953; keeping 1952");
  CHECK(std::get<std::int64_t>(*graph.node_property(NodeId{0}, "born")) == 1952);
}

TEST_CASE("A decision needs two distinct ids and a reason", "[graph]") {
  GraphBuilder builder;
  builder.add_file("case.json");
  CHECK_THROWS_WITH(builder.add_decision(same_as({"a"}, "why")),
                    "case.json:20:1: a same_as decision needs two or more \"ids\", got 1");
  CHECK_THROWS_WITH(builder.add_decision(different_from({"a", "b", "a"}, "why")),
                    "case.json:30:1: a different_from decision names \"a\" twice");
  CHECK_THROWS_WITH(builder.add_decision(same_as({"a", "b"}, " ")),
                    "case.json:20:1: a same_as decision needs a \"reason\" (why the entities are one)");
  CHECK_THROWS_WITH(builder.add_decision(same_as({"a", ""}, "why")),
                    "case.json:20:1: a same_as decision names an empty id");
}

TEST_CASE("A different_from naming one entity twice is an error", "[graph]") {
  GraphBuilder builder;
  add_rahmons(builder);
  builder.add_decision(different_from({"rakhmonov", "Rakhmonov"}, "oops"));
  CHECK_THROWS_WITH(builder.build(),
                    "case.json:30:1: different_from names \"rakhmonov\" (Person, declared at "
                    "case.json:2:1) twice");
}

TEST_CASE("Merged graphs equal the unmerged graph with its nodes contracted, on random graphs", "[graph]") {
  for (std::uint32_t seed = 1; seed <= 8; ++seed) {
    std::uint64_t state = seed;
    auto next = [&] {
      state = state * 6364136223846793005ULL + 1442695040888963407ULL;
      return static_cast<std::uint32_t>(state >> 33);
    };
    const std::uint32_t count = 10 + 5 * seed;
    std::vector<std::string> ids;
    for (std::uint32_t i = 0; i < count; ++i) ids.push_back("n" + std::to_string(i));
    std::vector<std::tuple<std::uint32_t, std::string, std::uint32_t>> facts;
    for (std::uint32_t i = 0; i < count * 3; ++i)
      facts.emplace_back(next() % count, next() % 2 ? "p" : "q", next() % count);
    std::vector<std::vector<std::uint32_t>> decisions;
    for (std::uint32_t i = 0; i < count / 4; ++i) decisions.push_back({next() % count, next() % count, next() % count});
    for (auto& named : decisions) {
      std::sort(named.begin(), named.end());
      named.erase(std::unique(named.begin(), named.end()), named.end());
    }
    std::erase_if(decisions, [](const auto& named) { return named.size() < 2; });

    // Brute force: each entity's group by repeated relabelling to the smallest member.
    std::vector<std::uint32_t> group(count);
    std::iota(group.begin(), group.end(), 0U);
    for (bool changed = true; changed;) {
      changed = false;
      for (const auto& named : decisions) {
        std::uint32_t low = count;
        for (std::uint32_t n : named) low = std::min(low, group[n]);
        for (std::uint32_t n = 0; n < count; ++n) {
          for (std::uint32_t m : named) {
            if (group[n] == group[m] && group[n] != low) {
              group[n] = low;
              changed = true;
            }
          }
        }
      }
    }
    std::map<std::tuple<std::uint32_t, std::string, std::uint32_t>, std::size_t> expected;  // edge -> statements
    for (const auto& [s, p, o] : facts) ++expected[{group[s], p, group[o]}];

    GraphBuilder builder;
    builder.add_file("random");
    for (const auto& id : ids) builder.add_entity({.id = id, .at = {0, 1, 1}});
    for (const auto& [s, p, o] : facts) builder.add_fact(fact(ids[s], p, ids[o]));
    for (const auto& named : decisions) {
      std::vector<std::string_view> names;
      for (std::uint32_t n : named) names.push_back(ids[n]);
      builder.add_decision(same_as(names, "random"));
    }
    const Graph graph = builder.build();
    std::set<std::uint32_t> groups(group.begin(), group.end());
    REQUIRE(graph.node_count() == groups.size());
    // A node's group: the smallest entity number among its ids.
    const auto group_of = [&](NodeId node) {
      std::uint32_t low = static_cast<std::uint32_t>(std::stoul(std::string(graph.node_key(node).substr(1))));
      for (std::string_view id : graph.node_merged_ids(node)) {
        low = std::min(low, static_cast<std::uint32_t>(std::stoul(std::string(id.substr(1)))));
      }
      return low;
    };
    std::map<std::tuple<std::uint32_t, std::string, std::uint32_t>, std::size_t> actual;
    for (std::uint32_t e = 0; e < graph.edge_count(); ++e) {
      const EdgeId edge{e};
      actual[{group_of(graph.edge_source(edge)), std::string(graph.predicate_name(graph.edge_predicate(edge))),
              group_of(graph.edge_target(edge))}] = graph.provenance_count(edge);
    }
    CHECK(actual == expected);
    for (std::uint32_t i = 0; i < count; ++i) CHECK(group_of(only_node(graph, ids[i])) == group[i]);
  }
}
