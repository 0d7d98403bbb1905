#include "kg/graph/builder.h"

#include <catch2/catch.hpp>
#include <set>
#include <string>
#include <tuple>
#include <vector>

using namespace kg::graph;

namespace {

struct Collected {
  std::vector<std::string> warnings;
  BuildOptions options(bool strict = false) {
    return {.strict = strict, .warn = [this](const SourceLocation& where, std::string_view message) {
              warnings.push_back(where.to_string() + ": " + std::string(message));
            }};
  }
};

FactRecord fact(std::string_view subject, std::string_view predicate, std::string_view object, std::uint32_t line = 1) {
  FactRecord f;
  f.subject.text = subject;
  f.predicate = predicate;
  f.object.text = object;
  f.at = {0, line, 1};
  return f;
}

NodeId only_node(const Graph& graph, std::string_view reference) {
  const auto found = graph.find_nodes(reference);
  REQUIRE(found.size() == 1);
  return found.front();
}

}  // namespace

TEST_CASE("References resolve by id, name or alias, case-insensitively with white space folded", "[graph]") {
  Collected collected;
  GraphBuilder builder(collected.options());
  builder.add_file("case.json");
  builder.add_entity(
      {.id = "ziyoev", .type = "Person", .name = "Mirzo Ziyoev", .aliases = {"Ziyoev"}, .at = {0, 2, 3}});
  builder.add_entity({.id = "sons", .type = "Group", .name = "Ziyoev's sons", .at = {0, 3, 3}});
  builder.add_fact(fact("  mirzo   ZIYOEV ", "father_of", "sons"));
  builder.add_fact(fact("ZIYOEV", "father_of", "ziyoev's sons"));
  const Graph graph = builder.build();
  CHECK(collected.warnings.empty());
  REQUIRE(graph.node_count() == 2);
  REQUIRE(graph.edge_count() == 1);
  const NodeId father = only_node(graph, "Ziyoev");
  CHECK(graph.node_name(father) == "Mirzo Ziyoev");
  CHECK(graph.type_name(graph.node_type(father)) == "Person");
  const EdgeId edge{0};
  CHECK(graph.edge_source(edge) == father);
  CHECK(graph.edge_target(edge) == only_node(graph, "sons"));
  CHECK(graph.provenance_count(edge) == 2);
}

TEST_CASE("The same fact stated twice is one edge keeping both provenance records in order", "[graph]") {
  GraphBuilder builder;
  builder.add_file("a.json");
  builder.add_source({.id = "article", .title = "The report"}, {0, 1, 1});
  FactRecord first = fact("a", "knows", "b");
  first.source = "article";
  first.quote = "first quote";
  first.confidence = 0.5F;
  first.date = *parse_partial_date("2010-08");
  FactRecord second = fact("a", "knows", "b");
  second.source = "interview";
  second.quote = "second quote";
  second.confidence = 0.9F;
  builder.add_fact(first);
  builder.add_fact(second);
  builder.add_fact(fact("a", "funds", "b"));
  const Graph graph = builder.build();
  REQUIRE(graph.edge_count() == 2);
  const EdgeId knows{graph.predicate_name(graph.edge_predicate(EdgeId{0})) == "knows" ? 0u : 1u};
  REQUIRE(graph.provenance_count(knows) == 2);
  const ProvenanceId p0 = graph.provenance(knows).front();
  const ProvenanceId p1{p0.value + 1};
  CHECK(graph.provenance_quote(p0) == "first quote");
  CHECK(graph.source_title(graph.provenance_source(p0)) == "The report");
  CHECK(graph.provenance_date(p0).to_string() == "2010-08");
  CHECK(graph.provenance_quote(p1) == "second quote");
  CHECK(graph.source_key(graph.provenance_source(p1)) == "interview");
  CHECK_FALSE(graph.provenance_date(p1).dated());
  CHECK(graph.edge_confidence(knows) == Approx(0.9F));
  const EdgeId funds{1u - knows.value};
  CHECK_FALSE(graph.edge_confidence(funds).has_value());
}

TEST_CASE("An unknown reference becomes an Entity node with a warning", "[graph]") {
  Collected collected;
  GraphBuilder builder(collected.options());
  builder.add_file("facts.jsonl");
  builder.add_entity({.id = "imu", .type = "Organization", .at = {0, 1, 1}});
  FactRecord f = fact("imu", "member", "inmates");
  f.object.at = {0, 2, 40};
  builder.add_fact(f);
  const Graph graph = builder.build();
  REQUIRE(collected.warnings.size() == 1);
  CHECK(collected.warnings[0] ==
        "facts.jsonl:2:40: unknown entity \"inmates\": created with type Entity (declare it to give it a type; "
        "strict mode makes this an error)");
  CHECK(graph.type_name(graph.node_type(only_node(graph, "inmates"))) == "Entity");
}

TEST_CASE("Under strict, an unknown reference is an error citing it", "[graph]") {
  Collected collected;
  GraphBuilder builder(collected.options(true));
  builder.add_file("facts.jsonl");
  FactRecord f = fact("imu", "member", "inmates");
  f.subject.at = {0, 4, 14};
  builder.add_fact(f);
  CHECK_THROWS_WITH(builder.build(), "facts.jsonl:4:14: unknown entity \"imu\": no entity has this id, name or alias");
}

TEST_CASE("An alias claimed by two entities is an error naming both", "[graph]") {
  GraphBuilder builder;
  builder.add_file("case.json");
  builder.add_entity({.id = "imu", .type = "Organization", .aliases = {"IMU"}, .at = {0, 3, 5}});
  CHECK_THROWS_WITH(
      builder.add_entity({.id = "imu-cell", .type = "Group", .aliases = {"imu"}, .at = {0, 9, 5}}),
      "case.json:9:5: alias \"imu\" of \"imu-cell\" is already an alias of \"imu\" (Organization, declared at "
      "case.json:3:5)");
}

TEST_CASE("Declaring one id with two types is an error citing both places", "[graph]") {
  GraphBuilder builder;
  builder.add_file("a.json");
  builder.add_file("b.json");
  builder.add_entity({.id = "dushanbe", .type = "Location", .at = {0, 2, 3}});
  builder.add_entity({.id = "dushanbe", .name = "Dushanbe", .at = {1, 7, 3}});  // no type: merges
  CHECK_THROWS_WITH(builder.add_entity({.id = "dushanbe", .type = "Facility", .at = {1, 8, 3}}),
                    "b.json:8:3: entity \"dushanbe\" is declared here as Facility but as Location at a.json:2:3");
  const Graph graph = builder.build();
  REQUIRE(graph.node_count() == 1);
  CHECK(graph.node_name(NodeId{0}) == "Dushanbe");
}

TEST_CASE("A name shared by two entities is ambiguous when a fact cites it", "[graph]") {
  GraphBuilder builder;
  builder.add_file("case.json");
  builder.add_entity({.id = "p1", .type = "Person", .name = "A. Karimov", .at = {0, 1, 1}});
  builder.add_entity({.id = "p2", .type = "Person", .name = "a. karimov", .at = {0, 2, 1}});
  FactRecord f = fact("A. Karimov", "knows", "p1");
  f.subject.at = {0, 5, 13};
  builder.add_fact(f);
  CHECK_THROWS_WITH(builder.build(),
                    "case.json:5:13: \"A. Karimov\" is ambiguous: it names 2 entities (use an id):\n"
                    "  \"p1\" (Person, declared at case.json:1:1)\n  \"p2\" (Person, declared at case.json:2:1)");
}

TEST_CASE("Inline entities are declared once and reused by name", "[graph]") {
  GraphBuilder builder;
  builder.add_file("case.json");
  FactRecord f = fact("", "raided", "");
  f.subject.declared = EntityRecord{.type = "Group", .name = "Raiders"};
  f.object.declared = EntityRecord{.type = "Facility", .name = "Dushanbe prison"};
  builder.add_fact(f);
  builder.add_fact(fact("raiders", "escaped_from", "DUSHANBE PRISON"));
  const Graph graph = builder.build();
  CHECK(graph.node_count() == 2);
  CHECK(graph.edge_count() == 2);
  CHECK(graph.type_name(graph.node_type(only_node(graph, "Dushanbe prison"))) == "Facility");
}

TEST_CASE("Properties keep their kinds on nodes and edges", "[graph]") {
  GraphBuilder builder;
  builder.add_file("case.json");
  builder.add_entity({.id = "akhmedov",
                      .type = "Person",
                      .props = {{"age", std::int64_t{17}},
                                {"origin", std::string_view("Dagestan")},
                                {"score", 0.25},
                                {"at_large", true}},
                      .at = {0, 1, 1}});
  FactRecord f = fact("akhmedov", "suspected_ringleader_of", "raid");
  f.props = {{"role", std::string_view("ringleader")}};
  builder.add_fact(f);
  const Graph graph = builder.build();
  const auto props = graph.node_properties(only_node(graph, "akhmedov"));
  REQUIRE(props.size() == 4);
  CHECK(std::get<std::int64_t>(props[0].value) == 17);
  CHECK(std::get<std::string_view>(props[1].value) == "Dagestan");
  CHECK(std::get<double>(props[2].value) == 0.25);
  CHECK(std::get<bool>(props[3].value));
  const auto edge_props = graph.edge_properties(EdgeId{0});
  REQUIRE(edge_props.size() == 1);
  CHECK(edge_props[0].key == "role");
}

TEST_CASE("Out- and in-adjacency list every edge once, on random graphs", "[graph]") {
  for (std::uint32_t seed = 1; seed <= 5; ++seed) {
    GraphBuilder builder;
    builder.add_file("random");
    const std::uint32_t nodes = 20 * seed;
    std::vector<std::string> ids;
    for (std::uint32_t i = 0; i < nodes; ++i) ids.push_back("n" + std::to_string(i));
    for (const auto& id : ids) builder.add_entity({.id = id, .at = {0, 1, 1}});
    std::uint64_t state = seed;
    auto next = [&] {
      state = state * 6364136223846793005ULL + 1442695040888963407ULL;
      return state >> 33;
    };
    std::set<std::tuple<std::uint32_t, std::uint32_t, std::string>> expected;
    for (std::uint32_t i = 0; i < nodes * 3; ++i) {
      const auto s = static_cast<std::uint32_t>(next() % nodes);
      const auto o = static_cast<std::uint32_t>(next() % nodes);
      const std::string predicate = next() % 2 == 0 ? "p" : "q";
      builder.add_fact(fact(ids[s], predicate, ids[o]));
      expected.emplace(s, o, predicate);
    }
    const Graph graph = builder.build();
    REQUIRE(graph.edge_count() == expected.size());
    std::set<std::tuple<std::uint32_t, std::uint32_t, std::string>> from_out, from_in;
    for (std::uint32_t n = 0; n < graph.node_count(); ++n) {
      for (auto [next_node, edge] : graph.out(NodeId{n})) {
        CHECK(graph.edge_source(edge) == NodeId{n});
        CHECK(graph.edge_target(edge) == next_node);
        from_out.emplace(n, next_node.value, std::string(graph.predicate_name(graph.edge_predicate(edge))));
      }
      for (auto [previous, edge] : graph.in(NodeId{n})) {
        CHECK(graph.edge_target(edge) == NodeId{n});
        CHECK(graph.edge_source(edge) == previous);
        from_in.emplace(previous.value, n, std::string(graph.predicate_name(graph.edge_predicate(edge))));
      }
    }
    CHECK(from_out == expected);
    CHECK(from_in == expected);
  }
}
