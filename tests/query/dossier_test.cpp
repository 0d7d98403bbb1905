#include "kg/query/dossier.h"

#include <catch2/catch.hpp>
#include <set>
#include <tuple>

#include "query_fixtures.h"

using namespace kg::query;
using kg::graph::EdgeId;
using kg::graph::NodeId;

TEST_CASE("A dossier lists every fact about the entity that passes the filter, grouped, with its evidence counted",
          "[query]") {
  std::mt19937 rng(47);
  for (const test::Shape& shape : test::kLargerShapes) {
    for (int round = 0; round < 15; ++round) {
      kg::graph::Graph graph = test::random_graph(rng, shape.nodes, shape.facts);
      Filter filter = round % 3 == 0 ? Filter{} : test::random_filter(rng, graph);
      const NodeId node{std::uniform_int_distribution<std::uint32_t>(0, shape.nodes - 1)(rng)};
      test::Reference reference(graph, filter, {node});
      std::set<std::tuple<std::uint32_t, std::uint32_t, int>> expected;  // edge, other, direction
      std::uint32_t statements = 0;
      std::set<std::uint32_t> sources;
      std::int32_t first = 0, last = 0;
      for (const auto& [from, to, edge] : reference.edges()) {
        const bool out = from == node && filter.direction != Direction::in;
        const bool in = to == node && from != node && filter.direction != Direction::out;
        if (!(out || in) || !reference.edge_ok(edge) || !reference.node_ok(out ? to : from)) continue;
        expected.insert({edge.value, (out ? to : from).value, out ? 0 : 1});
        for (kg::graph::ProvenanceId p : graph.provenance(edge)) {
          if (!reference.record_ok(p)) continue;
          ++statements;
          if (graph.provenance_source(p).value != 0) sources.insert(graph.provenance_source(p).value);
          const auto date = graph.provenance_date(p);
          if (!date.dated()) continue;
          first = first == 0 ? date.earliest() : std::min(first, date.earliest());
          last = std::max(last, date.latest());
        }
      }
      const Dossier found = dossier(graph, node, filter);
      std::set<std::tuple<std::uint32_t, std::uint32_t, int>> listed;
      std::size_t count = 0;
      for (const DossierGroup& group : found.groups) {
        for (const DossierFact& fact : group.facts) {
          CHECK(graph.edge_predicate(fact.edge) == group.predicate);
          CHECK(fact.direction == group.direction);
          listed.insert({fact.edge.value, fact.other.value, fact.direction == HopDirection::forward ? 0 : 1});
          ++count;
        }
      }
      CHECK(listed == expected);
      CHECK(count == expected.size());
      CHECK(found.facts == expected.size());
      CHECK(found.statements == statements);
      CHECK(found.sources == sources.size());
      CHECK(found.first_date.dated() == (first != 0));
      if (first != 0) {
        CHECK(found.first_date.earliest() == first);
        CHECK(found.last_date.latest() == last);
      }
      for (std::size_t g = 1; g < found.groups.size(); ++g) {  // out before in, then by predicate name
        const DossierGroup &a = found.groups[g - 1], &b = found.groups[g];
        CHECK((a.direction == b.direction ? graph.predicate_name(a.predicate) < graph.predicate_name(b.predicate)
                                          : a.direction == HopDirection::forward));
      }
    }
  }
}
