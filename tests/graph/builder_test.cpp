#include "kg/graph/builder.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "builder_test_support.h"

using namespace kg::graph;

using kg::test::Collected;
using kg::test::fact;
using kg::test::only_node;

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

TEST_CASE("A fact citing an undeclared source is a warning at its first citation, suggesting close ids", "[graph]") {
  Collected collected;
  GraphBuilder builder(collected.options());
  builder.add_file("facts.jsonl");
  builder.add_source({.id = "eurasianet-2010-08-prison-break"}, {0, 1, 1});
  for (std::string_view id : {"a", "b", "c"}) builder.add_entity({.id = id, .at = {0, 1, 1}});
  FactRecord f = fact("a", "knows", "b", 2);
  f.source = "eurasianet-2010-08";
  builder.add_fact(f);
  f.at.line = 3;
  builder.add_fact(f);  // cited again: one warning per source, not per fact
  f.source = "asia-plus";
  f.at.line = 4;
  builder.add_fact(f);
  FactRecord later = fact("a", "knows", "c", 5);
  later.source = "bbc";
  builder.add_fact(later);
  builder.add_source({.id = "bbc"}, {0, 6, 1});  // declared after its citation: fine
  const Graph graph = builder.build();
  CHECK(
      collected.warnings ==
      std::vector<std::string>{"facts.jsonl:2:1: unknown source \"eurasianet-2010-08\": cited but never declared, kept "
                               "with no title; did you mean \"eurasianet-2010-08-prison-break\"? (strict mode makes "
                               "this an error)",
                               "facts.jsonl:4:1: unknown source \"asia-plus\": cited but never declared, kept with "
                               "no title (strict mode makes this an error)"});
  CHECK(graph.source_count() == 5);
}

TEST_CASE("Under strict, a fact citing an undeclared source is an error with \"did you mean\"", "[graph]") {
  GraphBuilder builder({.strict = true, .warn = {}});
  builder.add_file("facts.json");
  builder.add_source({.id = "rferl-2010-08-23"}, {0, 1, 1});
  FactRecord f = fact("a", "knows", "b", 7);
  f.source = "rferl-2010-08-32";
  builder.add_fact(f);
  CHECK_THROWS_WITH(builder.build(),
                    "facts.json:7:1: unknown source \"rferl-2010-08-32\": no source is declared with this id; did you "
                    "mean \"rferl-2010-08-23\"?");
}

TEST_CASE("A source a format cites by id alone is no unknown source, even under strict, a declaration gives it a title",
          "[graph]") {
  GraphBuilder builder({.strict = true, .warn = {}});
  builder.add_file("edges.graphml");
  builder.add_file("sources.json");
  for (std::string_view id : {"a", "b", "c"}) builder.add_entity({.id = id, .at = {0, 1, 1}});
  FactRecord f = fact("a", "knows", "b", 2);
  f.source = "panama-papers";
  builder.add_source_id(f.source, f.at);
  builder.add_fact(f);
  FactRecord g = fact("a", "knows", "c", 3);
  g.source = "rferl";
  builder.add_source_id(g.source, g.at);
  builder.add_fact(g);
  builder.add_source({.id = "rferl", .title = "Radio Free Europe"}, {1, 1, 1});
  const Graph graph = builder.build();
  REQUIRE(graph.source_count() == 3);  // with 0, "no source"
  std::vector<std::string> titles;
  for (std::uint32_t s = 1; s < graph.source_count(); ++s) {
    const kg::graph::SourceId id{s};
    titles.push_back(std::string(graph.source_key(id)) + "=" + std::string(graph.source_title(id)));
  }
  std::sort(titles.begin(), titles.end());
  CHECK(titles == std::vector<std::string>{"panama-papers=", "rferl=Radio Free Europe"});
}

TEST_CASE("A source cited by id alone that is a near miss of a declared one is suspect: a warning, strict an error",
          "[graph]") {
  const auto build = [](BuildOptions options) {
    GraphBuilder builder(std::move(options));
    builder.add_file("edges.graphml");
    builder.add_file("sources.json");
    for (std::string_view id : {"a", "b"}) builder.add_entity({.id = id, .at = {0, 1, 1}});
    builder.add_source({.id = "rferl-2010-08-23", .title = "RFE/RL"}, {1, 1, 1});
    FactRecord f = fact("a", "knows", "b", 4);
    f.source = "rferl-2010-08-32";
    builder.add_source_id(f.source, f.at);
    builder.add_fact(f);
    return builder.build();
  };
  CHECK_THROWS_WITH(build({.strict = true, .warn = {}}),
                    "edges.graphml:4:1: unknown source \"rferl-2010-08-32\": no source is declared with this id; did "
                    "you mean \"rferl-2010-08-23\"?");
  Collected collected;
  build(collected.options());
  REQUIRE(collected.warnings.size() == 1);
  CHECK(collected.warnings[0].find(
            "edges.graphml:4:1: unknown source \"rferl-2010-08-32\": cited but never declared") == 0);
}

TEST_CASE("A statement's grade takes its source's reliability unless it grades the source itself", "[graph]") {
  Collected collected;
  GraphBuilder builder(collected.options());
  builder.add_file("facts.json");
  for (std::string_view id : {"a", "b", "c", "d"}) builder.add_entity({.id = id, .at = {0, 1, 1}});
  FactRecord two = fact("a", "knows", "b", 2);
  two.source = "wire";  // declared below, after the facts citing it
  two.grade = *parse_grade("2");
  builder.add_fact(two);
  FactRecord own = fact("a", "knows", "c", 3);
  own.source = "wire";
  own.grade = *parse_grade("C1");
  builder.add_fact(own);
  FactRecord ungraded = fact("a", "knows", "d", 4);
  builder.add_fact(ungraded);
  builder.add_source({.id = "wire", .reliability = {2, 0}}, {0, 5, 1});
  const Graph graph = builder.build();
  std::vector<std::string> grades;
  for (std::uint32_t p = 0; p < graph.provenance_count(); ++p) {
    grades.push_back(graph.provenance_grade(ProvenanceId{p}).to_string());
  }
  CHECK(grades == std::vector<std::string>{"B2", "C1", ""});
  CHECK(graph.source_reliability(graph.provenance_source(ProvenanceId{0})).to_string() == "B?");
  CHECK(collected.warnings == std::vector<std::string>{"facts.json:3:1: grade \"C1\" rates source \"wire\" C, but the "
                                                       "source is declared B; this statement keeps C"});
}

TEST_CASE("References match across Unicode case, forms, apostrophes and dashes", "[graph]") {
  Collected collected;
  GraphBuilder builder(collected.options(true));
  builder.add_file("case.json");
  builder.add_entity({.id = "ziyoev", .type = "Person", .name = "Мирзо Зиёев", .at = {0, 1, 1}});
  builder.add_entity({.id = "gov", .type = "Organization", .name = "Rahmon's administration", .at = {0, 2, 1}});
  builder.add_entity({.id = "road", .type = "Location", .name = "Dushanbe-Khorog road", .at = {0, 3, 1}});
  builder.add_fact(fact("мирзо  зиёев", "opposed", "Rahmon’s administration"));
  builder.add_fact(fact("МИРЗО ЗИЕ\u0308ЕВ", "opposed", "RAHMONʼS ADMINISTRATION"));
  builder.add_fact(fact("Rahmon`s administration", "controls", "Dushanbe–Khorog road"));
  builder.add_fact(fact("ｒａｈｍｏｎ's administration", "controls", "dushanbe—khorog road"));
  const Graph graph = builder.build();
  CHECK(collected.warnings.empty());
  CHECK(graph.node_count() == 3);
  CHECK(graph.edge_count() == 2);
  CHECK(graph.find_nodes("Rahmon‘s Administration") == std::vector{only_node(graph, "gov")});
}

TEST_CASE("An unknown reference's warning names the closest known entities", "[graph]") {
  Collected collected;
  GraphBuilder builder(collected.options());
  builder.add_file("case.json");
  builder.add_entity({.id = "gov", .type = "Organization", .name = "Rahmon's administration", .at = {0, 2, 1}});
  builder.add_entity({.id = "ziyoev", .type = "Person", .name = "Мирзо Зиёев", .at = {0, 3, 1}});
  FactRecord f = fact("Rahmon’s adminstration", "controls", "Мирзо Зиеев");
  f.subject.at = {0, 7, 14};
  f.object.at = {0, 7, 60};
  builder.add_fact(f);
  builder.build();
  REQUIRE(collected.warnings.size() == 2);
  CHECK(collected.warnings[0] ==
        "case.json:7:14: unknown entity \"Rahmon’s adminstration\": created with type Entity (declare it to give it "
        "a type; strict mode makes this an error); did you mean \"Rahmon's administration\" (Organization, id gov)?");
  CHECK(collected.warnings[1] ==
        "case.json:7:60: unknown entity \"Мирзо Зиеев\": created with type Entity (declare it to give it a type; "
        "strict mode makes this an error); did you mean \"Мирзо Зиёев\" (Person, id ziyoev)?");
}

TEST_CASE("Under strict, an unknown reference's error names the closest known entities", "[graph]") {
  GraphBuilder builder({.strict = true, .warn = {}});
  builder.add_file("case.json");
  builder.add_entity({.id = "ziyoev", .type = "Person", .name = "Mirzo Ziyoev", .at = {0, 3, 1}});
  builder.add_entity({.id = "ziyoeva", .type = "Person", .name = "Mirzo Ziyoeva", .at = {0, 4, 1}});
  FactRecord f = fact("Mirzo Ziyoyev", "lives_in", "ziyoev");
  f.subject.at = {0, 9, 14};
  builder.add_fact(f);
  CHECK_THROWS_WITH(builder.build(),
                    "case.json:9:14: unknown entity \"Mirzo Ziyoyev\": no entity has this id, name or alias; did you "
                    "mean \"Mirzo Ziyoev\" (Person, id ziyoev), \"Mirzo Ziyoeva\" (Person, id ziyoeva)?");
}

TEST_CASE("An alias claimed by two entities is a warning naming both, and an error where a fact cites it", "[graph]") {
  Collected collected;
  GraphBuilder builder(collected.options());
  builder.add_file("case.json");
  builder.add_entity({.id = "imu", .type = "Organization", .aliases = {"IMU"}, .at = {0, 3, 5}});
  builder.add_entity({.id = "imu-cell", .type = "Group", .aliases = {"imu"}, .at = {0, 9, 5}});
  builder.add_fact(fact("imu-cell", "part_of", "imu"));  // exact ids: not ambiguous
  const Graph graph = builder.build();
  CHECK(graph.node_count() == 2);
  REQUIRE(collected.warnings.size() == 1);
  CHECK(collected.warnings[0] ==
        "case.json:9:5: \"imu\" is an id, name or alias of 2 entities; a reference to it that is not exactly an id "
        "is ambiguous (cite an id, or record a same_as decision if they are one):\n"
        "  \"imu\" (Organization, declared at case.json:3:5)\n  \"imu-cell\" (Group, declared at case.json:9:5)");
  GraphBuilder citing;
  citing.add_file("case.json");
  citing.add_entity({.id = "imu", .type = "Organization", .aliases = {"IMU"}, .at = {0, 3, 5}});
  citing.add_entity({.id = "imu-cell", .type = "Group", .aliases = {"imu"}, .at = {0, 9, 5}});
  FactRecord f = fact("IMU", "based_in", "imu-cell");
  f.subject.at = {0, 12, 14};
  citing.add_fact(f);
  CHECK_THROWS_WITH(citing.build(),
                    "case.json:12:14: \"IMU\" is ambiguous: it names 2 entities (use an id):\n"
                    "  \"imu\" (Organization, declared at case.json:3:5)\n"
                    "  \"imu-cell\" (Group, declared at case.json:9:5)");
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

TEST_CASE("A name shared by two entities is a warning at the declaration and an error where a fact cites it",
          "[graph]") {
  Collected collected;
  GraphBuilder builder(collected.options());
  builder.add_file("case.json");
  builder.add_entity({.id = "p1", .type = "Person", .name = "A. Karimov", .at = {0, 1, 1}});
  builder.add_entity({.id = "p2", .type = "Person", .name = "a. karimov", .at = {0, 2, 1}});
  FactRecord f = fact("A. Karimov", "knows", "p1");
  f.subject.at = {0, 5, 13};
  builder.add_fact(f);
  CHECK_THROWS_WITH(builder.build(),
                    "case.json:5:13: \"A. Karimov\" is ambiguous: it names 2 entities (use an id):\n"
                    "  \"p1\" (Person, declared at case.json:1:1)\n  \"p2\" (Person, declared at case.json:2:1)");
  GraphBuilder unused(collected.options());
  unused.add_file("case.json");
  unused.add_entity({.id = "p1", .type = "Person", .name = "A. Karimov", .at = {0, 1, 1}});
  unused.add_entity({.id = "p2", .type = "Person", .name = "a. karimov", .at = {0, 2, 1}});
  unused.add_fact(fact("p1", "knows", "p2"));
  CHECK(unused.build().node_count() == 2);
  REQUIRE(collected.warnings.size() == 1);
  CHECK(collected.warnings[0].starts_with("case.json:2:1: \"a. karimov\" is an id, name or alias of 2 entities"));
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

TEST_CASE("A million properties merge in linear time, the first value of each key kept and conflicts warned",
          "[graph]") {
  // Merging used to compare each property with every property kept (hours at this size); now it hashes the keys.
  constexpr std::int64_t kCount = 1'000'000;
  std::vector<std::string> keys;
  for (std::int64_t i = 0; i < kCount; ++i) keys.push_back("k" + std::to_string(i));
  std::vector<std::pair<std::string_view, PropertyValue>> first, second;
  for (std::int64_t i = 0; i < kCount; ++i) {
    first.emplace_back(keys[static_cast<std::size_t>(i)], i);
    second.emplace_back(keys[static_cast<std::size_t>(i)], i == kCount - 1 ? -1 : i);  // the last key conflicts
  }
  Collected collected;
  GraphBuilder builder(collected.options());
  builder.add_file("wide.jsonl");
  builder.add_entity({.id = "a", .props = first, .at = {0, 1, 1}});
  builder.add_entity({.id = "a", .props = second, .at = {0, 2, 1}});
  FactRecord f = fact("a", "p", "b", 3);
  f.props = first;
  builder.add_fact(f);
  f.props = second;
  f.at.line = 4;
  builder.add_fact(f);
  const Graph graph = builder.build();
  const auto node_props = graph.node_properties(only_node(graph, "a"));
  REQUIRE(node_props.size() == kCount);
  CHECK(node_props.back().key == "k999999");
  CHECK(std::get<std::int64_t>(node_props.back().value) == kCount - 1);
  const auto edge_props = graph.edge_properties(EdgeId{0});
  REQUIRE(edge_props.size() == kCount);
  CHECK(std::get<std::int64_t>(edge_props.back().value) == kCount - 1);
  CHECK(collected.warnings ==
        std::vector<std::string>{
            "wide.jsonl:2:1: entity \"a\" states property \"k999999\" again with another value; keeping the first",
            "wide.jsonl:3:1: unknown entity \"b\": created with type Entity (declare it to give it a type; strict "
            "mode makes this an error); did you mean \"a\" (Entity, id a)?",
            "wide.jsonl:4:1: this fact states property \"k999999\" with another value than an earlier statement of "
            "it; keeping the first"});
}

TEST_CASE("A predicate of white space only is refused, as an empty one is", "[graph]") {
  GraphBuilder builder;
  builder.add_file("facts.json");
  CHECK_THROWS_WITH(builder.add_fact(fact("a", " \t", "b", 7)),
                    "facts.json:7:1: a fact needs a \"predicate\" that is not empty or white space");
  CHECK(builder.fact_count() == 0);
}

TEST_CASE("An ambiguous reference lists its first five candidates and how many more there are", "[graph]") {
  GraphBuilder builder;
  builder.add_file("case.json");
  std::vector<std::string> ids;
  for (int i = 0; i < 100'000; ++i) ids.push_back("p" + std::to_string(i));
  for (std::uint32_t i = 0; i < ids.size(); ++i) {
    builder.add_entity({.id = ids[i], .type = "Person", .name = "Ali", .at = {0, i + 1, 1}});
  }
  builder.add_fact(fact("Ali", "knows", "p0", 100'001));
  CHECK_THROWS_WITH(builder.build(),
                    "case.json:100001:1: \"Ali\" is ambiguous: it names 100000 entities (use an id):\n"
                    "  \"p0\" (Person, declared at case.json:1:1)\n  \"p1\" (Person, declared at case.json:2:1)\n"
                    "  \"p2\" (Person, declared at case.json:3:1)\n  \"p3\" (Person, declared at case.json:4:1)\n"
                    "  \"p4\" (Person, declared at case.json:5:1)\n  and 99995 more");
}

TEST_CASE("One property is read by key without listing them all, and property keys are counted", "[graph]") {
  GraphBuilder builder;
  builder.add_file("case.json");
  builder.add_entity({.id = "a",
                      .type = "Person",
                      .props = {{"age", std::int64_t{17}}, {"origin", std::string_view("X")}},
                      .at = {0, 1, 1}});
  builder.add_entity({.id = "b", .type = "Person", .props = {{"age", std::int64_t{40}}}, .at = {0, 2, 1}});
  FactRecord f = fact("a", "knows", "b");
  f.props = {{"role", std::string_view("friend")}};
  builder.add_fact(f);
  const Graph graph = builder.build();
  const NodeId a = only_node(graph, "a");
  REQUIRE(graph.node_property(a, "origin"));
  CHECK(std::get<std::string_view>(*graph.node_property(a, "origin")) == "X");
  CHECK(std::get<std::int64_t>(*graph.node_property(only_node(graph, "b"), "age")) == 40);
  CHECK_FALSE(graph.node_property(only_node(graph, "b"), "origin"));
  CHECK(std::get<std::string_view>(*graph.edge_property(EdgeId{0}, "role")) == "friend");
  CHECK_FALSE(graph.edge_property(EdgeId{0}, "age"));
  const auto node_keys = graph.node_property_keys();
  REQUIRE(node_keys.size() == 2);
  CHECK(node_keys[0].key == "age");
  CHECK(node_keys[0].count == 2);
  CHECK(node_keys[1].key == "origin");
  CHECK(node_keys[1].count == 1);
  const auto edge_keys = graph.edge_property_keys();
  REQUIRE(edge_keys.size() == 1);
  CHECK(edge_keys[0].key == "role");
}

TEST_CASE("find_nodes_folded lists every folded match, even when one node's id is the exact reference", "[graph]") {
  GraphBuilder builder;
  builder.add_file("case.json");
  builder.add_entity({.id = "Rahmon", .type = "Person", .name = "Somebody else", .at = {0, 1, 1}});
  builder.add_entity({.id = "imomali-rahmon", .type = "Person", .name = "rahmon", .at = {0, 2, 1}});
  const Graph graph = builder.build();
  CHECK(graph.find_nodes("Rahmon").size() == 1);
  CHECK(graph.find_nodes_folded("Rahmon").size() == 2);
  CHECK(graph.find_nodes_folded("  RAHMON ").size() == 2);
  CHECK(graph.find_nodes_folded("nobody").empty());
}
