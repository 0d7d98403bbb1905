#include "kg/analytics/duplicates.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <random>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "kg/graph/builder.h"
#include "kg/ingest/reader.h"
#include "support/test_support.h"

using kg::analytics::DuplicateEvidence;
using kg::analytics::DuplicatePair;
using kg::analytics::DuplicateReport;
using kg::analytics::DuplicateScorer;
using kg::analytics::find_duplicates;
using namespace kg::graph;

namespace {

// tests/data/names: the president under three spellings, Ziyoev in Latin and Cyrillic and his son Mirzoali,
// Dushanbe twice, the president's son.
Graph names_case(bool with_decisions) {
  GraphBuilder builder({.strict = true, .warn = {}});
  const auto data = kg::test::source_dir() / "tests" / "data" / "names";
  kg::ingest::read_input(data / "case.json", builder, {});
  if (with_decisions) kg::ingest::read_input(data / "decisions.jsonl", builder, {});
  return builder.build();
}

std::pair<std::string_view, std::string_view> ids(const Graph& graph, const DuplicatePair& pair) {
  return {graph.node_key(pair.a), graph.node_key(pair.b)};
}

std::set<std::pair<std::string_view, std::string_view>> pair_ids(const Graph& graph, const DuplicateReport& report) {
  std::set<std::pair<std::string_view, std::string_view>> found;
  for (const DuplicatePair& pair : report.pairs) found.insert(ids(graph, pair));
  return found;
}

std::optional<DuplicatePair> score_pair(const Graph& graph, NodeId a, NodeId b) {
  return DuplicateScorer(graph).score(a, b);
}

bool has_evidence(const DuplicatePair& pair, DuplicateEvidence::Kind kind) {
  return std::any_of(pair.evidence.begin(), pair.evidence.end(), [&](const auto& e) { return e.kind == kind; });
}

}  // namespace

TEST_CASE("Transliteration variants of the case's people are proposed, the right pair first", "[analytics]") {
  const Graph graph = names_case(false);
  const DuplicateReport report = find_duplicates(graph);
  REQUIRE_FALSE(report.pairs.empty());
  CHECK(ids(graph, report.pairs.front()) == std::pair<std::string_view, std::string_view>{"rahmon", "рахмон"});
  CHECK(report.pairs.front().score == 1.0);
  const std::set<std::pair<std::string_view, std::string_view>> expected = {
      {"rahmon", "рахмон"},    {"ziyoev", "зиёев"},    {"rahmon", "rakhmonov"}, {"rakhmonov", "рахмон"},
      {"dushanbe", "душанбе"}, {"ziyoev", "mirzoali"}, {"зиёев", "mirzoali"}};
  CHECK(pair_ids(graph, report) == expected);
  for (std::size_t i = 1; i < report.pairs.size(); ++i) CHECK(report.pairs[i - 1].score >= report.pairs[i].score);
  CHECK(report.pairs.front().evidence.front().text ==
        "names \"Emomali Rahmon\" ~ \"Эмомали Рахмон\" 1.00 (transliterated)");
}

TEST_CASE("same_as decisions merge the variants and different_from hides a pair", "[analytics]") {
  const Graph graph = names_case(true);
  CHECK(graph.node_count() == 9);
  const DuplicateReport report = find_duplicates(graph, {.min_score = 0.0});
  CHECK(report.pairs.empty());
  CHECK(report.decided == 1);  // Mirzo Ziyoev and his son Mirzoali
  CHECK(find_duplicates(graph).pairs.empty());
}

TEST_CASE("Punctuation and case variants in the case fold to one entity", "[analytics]") {
  const Graph graph = names_case(false);
  const std::vector<NodeId> gov = graph.find_nodes("Rahmon’s administration");
  REQUIRE(gov.size() == 1);
  CHECK(graph.node_key(gov.front()) == "gov");
  CHECK(graph.in_degree(gov.front()) == 5);  // leads ×3, opposed ×2, by five subjects
  CHECK(graph.find_nodes("мирзо зиёев") == graph.find_nodes("зиёев"));
}

namespace {

// Two entities named `a` and `b` (types and properties given), with `shared` common neighbours.
Graph pair_graph(std::string_view a, std::string_view b, std::string_view type_a = "Person",
                 std::string_view type_b = "Person",
                 std::vector<std::pair<std::string_view, PropertyValue>> props_a = {},
                 std::vector<std::pair<std::string_view, PropertyValue>> props_b = {}, bool linked = false) {
  GraphBuilder builder;
  builder.add_file("t");
  builder.add_entity({.id = "a", .type = type_a, .name = a, .props = std::move(props_a), .at = {0, 1, 1}});
  builder.add_entity({.id = "b", .type = type_b, .name = b, .props = std::move(props_b), .at = {0, 2, 1}});
  if (linked) {
    FactRecord f;
    f.subject.text = "a";
    f.predicate = "knows";
    f.object.text = "b";
    builder.add_fact(f);
  }
  return builder.build();
}

}  // namespace

TEST_CASE("Conflicting properties argue against a pair and equal ones for it", "[analytics]") {
  const auto score = [](const Graph& graph) { return score_pair(graph, NodeId{0}, NodeId{1}).value().score; };
  const double plain = score(pair_graph("Emomali Rahmon", "Imomali Rahmon"));
  const double same_born = score(pair_graph("Emomali Rahmon", "Imomali Rahmon", "Person", "Person",
                                            {{"born", std::int64_t{1952}}}, {{"born", 1952.0}}));
  const auto other = score_pair(pair_graph("Emomali Rahmon", "Imomali Rahmon", "Person", "Person",
                                           {{"born", std::int64_t{1952}}}, {{"born", std::int64_t{1987}}}),
                                NodeId{0}, NodeId{1});
  REQUIRE(other);
  CHECK(same_born == Approx(plain + 0.05));
  CHECK(other->score == Approx(plain - 0.25));
  CHECK(has_evidence(*other, DuplicateEvidence::Kind::other_property));
  CHECK(other->evidence.back().text == "born 1952 vs 1987 (against)");
}

TEST_CASE("Only entities of one type, or an untyped one, are paired", "[analytics]") {
  CHECK_FALSE(score_pair(pair_graph("Dushanbe", "Dushanbe", "Person", "Location"), NodeId{0}, NodeId{1}));
  const auto untyped = score_pair(pair_graph("Dushanbe", "DUSHANBE", "Location", ""), NodeId{0}, NodeId{1});
  REQUIRE(untyped);
  CHECK(has_evidence(*untyped, DuplicateEvidence::Kind::shared_name));
  CHECK(untyped->score == Approx(0.75));
  const Graph typed = pair_graph("Dushanbe", "Dushanbe", "Person", "Location");
  const TypeId location = *typed.find_type("Location");
  CHECK(find_duplicates(typed, {.types = {location}}).pairs.empty());
}

TEST_CASE("An edge between two entities argues against their being one", "[analytics]") {
  const auto linked = score_pair(pair_graph("Emomali Rahmon", "Imomali Rahmon", "Person", "Person", {}, {}, true),
                                 NodeId{0}, NodeId{1});
  REQUIRE(linked);
  CHECK(has_evidence(*linked, DuplicateEvidence::Kind::linked));
  CHECK(linked->score ==
        Approx(score_pair(pair_graph("Emomali Rahmon", "Imomali Rahmon"), NodeId{0}, NodeId{1})->score - 0.2));
}

TEST_CASE("The limit keeps the best pairs and counts the others", "[analytics]") {
  const Graph graph = names_case(false);
  const DuplicateReport all = find_duplicates(graph);
  const DuplicateReport two = find_duplicates(graph, {.limit = 2});
  REQUIRE(two.pairs.size() == 2);
  CHECK(two.more == all.pairs.size() - 2);
  CHECK(ids(graph, two.pairs[1]) == ids(graph, all.pairs[1]));
}

TEST_CASE("Blocking finds every planted variant and every strong pair a scan of all pairs finds, on random names",
          "[analytics]") {
  // Names from syllables; each planted variant is a typical spelling change of a base name.
  const std::vector<std::string> syllables = {"ra", "mo", "li",  "zi", "yo", "ev",  "kho", "ja",  "shu", "kur",
                                              "na", "bi", "dul", "lo", "sa", "tor", "ga",  "fur", "mi",  "zo"};
  const std::vector<std::pair<std::string, std::string>> changes = {{"kh", "h"}, {"sh", "ch"},  {"yo", "e"},
                                                                    {"o", "a"},  {"ev", "yev"}, {"i", "y"}};
  for (std::uint32_t seed = 1; seed <= 5; ++seed) {
    std::mt19937 random(seed);
    const auto word = [&] {
      std::string w;
      const int parts = 2 + static_cast<int>(random() % 2);
      for (int i = 0; i < parts; ++i) w += syllables[random() % syllables.size()];
      w[0] = static_cast<char>(w[0] - 'a' + 'A');
      return w;
    };
    GraphBuilder builder;
    builder.add_file("random");
    std::vector<std::pair<std::string, std::string>> planted;  // (id, id)
    std::vector<std::string> names;
    for (int i = 0; i < 60; ++i) names.push_back(word() + " " + word());
    for (int i = 0; i < 60; ++i) {
      builder.add_entity({.id = "e" + std::to_string(i), .type = "Person", .name = names[i], .at = {0, 1, 1}});
      if (i % 2 != 0) continue;
      std::string variant = names[i];
      const auto& [from, to] = changes[random() % changes.size()];
      if (const auto at = variant.find(from); at != std::string::npos) variant.replace(at, from.size(), to);
      if (random() % 2 == 0)
        variant = variant.substr(variant.find(' ') + 1) + " " + variant.substr(0, variant.find(' '));
      builder.add_entity({.id = "v" + std::to_string(i), .type = "Person", .name = variant, .at = {0, 1, 1}});
      planted.emplace_back("e" + std::to_string(i), "v" + std::to_string(i));
    }
    const Graph graph = builder.build();
    const DuplicateReport report = find_duplicates(graph, {.min_score = 0.6, .limit = 100000});
    std::set<std::pair<std::uint32_t, std::uint32_t>> reported;
    const DuplicateScorer scorer(graph);
    for (const DuplicatePair& pair : report.pairs) {
      reported.emplace(pair.a.value, pair.b.value);
      const auto again = scorer.score(pair.a, pair.b);
      REQUIRE(again);
      CHECK(again->score == pair.score);  // blocking changes which pairs are scored, never how
    }
    for (const auto& [a, b] : planted) {
      const NodeId x = graph.find_nodes(a).front();
      const NodeId y = graph.find_nodes(b).front();
      const auto brute = scorer.score(x, y);
      if (!brute || brute->score < 0.6) continue;
      CAPTURE(graph.node_name(x), graph.node_name(y));
      CHECK(reported.contains({std::min(x, y).value, std::max(x, y).value}));
    }
    // Every pair a scan of all pairs scores 0.7 or more is found; of the weaker ones (names alike by chance, such as
    // "Gakur Torsara" and "Gamikur Torfur"), those that share no name part, prefix or skeleton are not.
    std::size_t brute_force = 0;
    for (std::uint32_t x = 0; x < graph.node_count(); ++x) {
      for (std::uint32_t y = x + 1; y < graph.node_count(); ++y) {
        const auto pair = scorer.score(NodeId{x}, NodeId{y});
        if (!pair || pair->score < 0.6) continue;
        ++brute_force;
        CAPTURE(graph.node_name(NodeId{x}), graph.node_name(NodeId{y}), pair->score);
        if (pair->score >= 0.7) CHECK(reported.contains({x, y}));
      }
    }
    CHECK(report.pairs.size() <= brute_force);
    CHECK(static_cast<double>(report.pairs.size()) >= 0.85 * static_cast<double>(brute_force));
  }
}
