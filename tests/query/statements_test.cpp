#include "kg/query/statements.h"

#include <catch2/catch.hpp>
#include <map>
#include <set>

#include "query_fixtures.h"

using namespace kg::query;
using kg::graph::EdgeId;
using kg::graph::NodeId;
using kg::graph::ProvenanceId;

namespace {

/// The statements the query asks for, from the documentation, in graph order (before the quote grouping).
std::vector<Statement> expected_statements(const kg::graph::Graph& graph, const StatementQuery& query) {
  std::vector<NodeId> exempt;
  if (query.about) exempt.push_back(*query.about);
  test::Reference reference(graph, query.filter, exempt);
  std::vector<Statement> expected;
  for (std::uint32_t e = 0; e < graph.edge_count(); ++e) {
    const EdgeId edge{e};
    const NodeId from = graph.edge_source(edge), to = graph.edge_target(edge);
    if (query.about) {
      const bool out = from == *query.about, in = to == *query.about;
      const Direction direction = query.filter.direction;
      if (!(direction == Direction::out ? out : direction == Direction::in ? in : out || in)) continue;
    }
    if (!reference.edge_ok(edge) || !reference.node_ok(from) || !reference.node_ok(to)) continue;
    if (query.max_confidence && reference.confidence(edge) > *query.max_confidence) continue;
    std::set<std::uint32_t> sources;
    std::vector<Statement> of_edge;
    for (ProvenanceId p : graph.provenance(edge)) {
      if (!reference.record_ok(p)) continue;
      of_edge.push_back({edge, p});
      if (graph.provenance_source(p).value != 0) sources.insert(graph.provenance_source(p).value);
    }
    if (query.single_source && sources.size() > 1) continue;
    expected.insert(expected.end(), of_edge.begin(), of_edge.end());
  }
  if (query.quote_shared) {
    std::map<std::string_view, std::set<std::uint32_t>> edges_of_quote;
    for (const Statement& s : expected) edges_of_quote[graph.provenance_quote(s.record)].insert(s.edge.value);
    std::erase_if(expected, [&](const Statement& s) {
      const std::string_view quote = graph.provenance_quote(s.record);
      return quote.empty() || edges_of_quote[quote].size() < 2;
    });
  }
  return expected;
}

/// True when `a` may come before `b` in `order` (ties allowed).
bool ordered(const kg::graph::Graph& graph, StatementOrder order, const Statement& a, const Statement& b) {
  switch (order) {
    case StatementOrder::graph:
      return a.record <= b.record;
    case StatementOrder::date: {
      const auto x = graph.provenance_date(a.record), y = graph.provenance_date(b.record);
      if (!y.dated()) return true;
      if (!x.dated()) return false;
      return x.earliest() < y.earliest() || (x.earliest() == y.earliest() && x.latest() <= y.latest());
    }
    case StatementOrder::confidence: {
      const auto x = graph.provenance_confidence(a.record), y = graph.provenance_confidence(b.record);
      return !y || (x && *x <= *y);
    }
    case StatementOrder::source: {
      const auto x = graph.provenance_source(a.record), y = graph.provenance_source(b.record);
      return y.value == 0 || (x.value != 0 && graph.source_key(x) <= graph.source_key(y));
    }
  }
  return false;
}

}  // namespace

TEST_CASE("find_statements lists exactly the statements a direct reading of the query asks for, in order", "[query]") {
  std::mt19937 rng(43);
  auto chance = [&](int percent) { return std::uniform_int_distribution<int>(0, 99)(rng) < percent; };
  for (const test::Shape& shape : test::kLargerShapes) {
    for (int round = 0; round < 20; ++round) {
      kg::graph::Graph graph = test::random_graph(rng, shape.nodes, shape.facts);
      StatementQuery query{.filter = round % 4 == 0 ? Filter{} : test::random_filter(rng, graph)};
      if (chance(30)) query.about = NodeId{std::uniform_int_distribution<std::uint32_t>(0, shape.nodes - 1)(rng)};
      query.single_source = chance(30);
      if (chance(30)) query.max_confidence = static_cast<float>(std::uniform_int_distribution<int>(1, 9)(rng)) / 10;
      query.quote_shared = chance(30);
      query.order = static_cast<StatementOrder>(std::uniform_int_distribution<int>(0, 3)(rng));
      INFO("nodes " << shape.nodes << ", round " << round);
      const std::vector<Statement> found = find_statements(graph, query);
      const std::vector<Statement> expected = expected_statements(graph, query);
      const auto key = [](const Statement& s) { return s.record.value; };
      std::vector<std::uint32_t> found_keys, expected_keys;
      for (const Statement& s : found) found_keys.push_back(key(s));
      for (const Statement& s : expected) expected_keys.push_back(key(s));
      std::sort(found_keys.begin(), found_keys.end());
      CHECK(found_keys == expected_keys);  // expected is in graph order, so sorted
      for (const Statement& s : found) CHECK(graph.provenance(s.edge).front() <= s.record);
      // Without grouping, the whole list is in order; with it, each group (a run of one quote) is.
      for (std::size_t i = 1; i < found.size(); ++i) {
        const bool same_group = !query.quote_shared ||
                                graph.provenance_quote(found[i - 1].record) == graph.provenance_quote(found[i].record);
        if (same_group) CHECK(ordered(graph, query.order, found[i - 1], found[i]));
      }
      if (query.quote_shared) {  // each quote's statements are one run
        std::set<std::string_view> closed;
        for (std::size_t i = 0; i < found.size(); ++i) {
          const std::string_view quote = graph.provenance_quote(found[i].record);
          CHECK(closed.count(quote) == 0);
          if (i + 1 == found.size() || graph.provenance_quote(found[i + 1].record) != quote) closed.insert(quote);
        }
      }
    }
  }
}

TEST_CASE("A statement table names each fact's ends and shows what each statement states", "[query]") {
  kg::graph::GraphBuilder builder;
  builder.add_file("t.json");
  builder.add_source({.id = "wire", .reliability = {2, 0}}, {});
  builder.add_entity({.id = "a", .type = "Person", .name = "Ann", .at = {}});
  kg::graph::FactRecord fact;
  fact.subject.text = "a", fact.predicate = "knows", fact.object.text = "b";
  fact.source = "wire", fact.date = *kg::graph::parse_partial_date("2010-08"), fact.confidence = 0.7f;
  fact.quote = "they met", fact.grade = *kg::graph::parse_grade("3");
  builder.add_fact(fact);
  fact.source = "", fact.date = {}, fact.confidence.reset(), fact.quote = "", fact.grade = {};
  builder.add_fact(fact);
  kg::graph::Graph graph = builder.build();
  ResultTable table = list_statements(graph, {});
  REQUIRE(table.columns() == std::vector<std::string>{"subject", "predicate", "object", "source", "grade", "date",
                                                      "confidence", "quote", "subject_id", "object_id"});
  REQUIRE(table.row_count() == 2);
  CHECK(table.row(0)[0].as_string() == "Ann");
  CHECK(table.row(0)[1].as_string() == "knows");
  CHECK(table.row(0)[2].as_string() == "b");
  CHECK(table.row(0)[3].as_string() == "wire");
  CHECK(table.row(0)[4].as_string() == "B3");
  CHECK(table.row(0)[5].as_string() == "2010-08");
  CHECK(table.row(0)[6].as_real() == 0.7);
  CHECK(table.row(0)[7].as_string() == "they met");
  CHECK(table.row(0)[8].as_string() == "a");
  for (std::size_t c = 3; c < 8; ++c) CHECK(table.row(1)[c].is_null());
}
