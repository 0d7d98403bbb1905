#include "kg/query/sources.h"

#include <catch2/catch.hpp>
#include <set>

#include "query_fixtures.h"

using namespace kg::query;

TEST_CASE("list_sources counts each source's statements and entities as a direct count does", "[query]") {
  std::mt19937 rng(41);
  for (const test::Shape& shape : test::kLargerShapes) {
    kg::graph::Graph graph = test::random_graph(rng, shape.nodes, shape.facts);
    std::vector<std::int64_t> statements(graph.source_count(), 0);
    std::vector<std::set<kg::graph::NodeId>> entities(graph.source_count());
    for (std::uint32_t n = 0; n < graph.node_count(); ++n) {
      for (auto [next, edge] : graph.out(kg::graph::NodeId{n})) {
        for (kg::graph::ProvenanceId p : graph.provenance(edge)) {
          const std::uint32_t source = graph.provenance_source(p).value;
          ++statements[source];
          entities[source].insert({kg::graph::NodeId{n}, next});
        }
      }
    }
    ResultTable table = list_sources(graph);
    REQUIRE(table.columns() ==
            std::vector<std::string>{"id", "title", "date", "reliability", "statements", "entities"});
    REQUIRE(table.row_count() == graph.source_count() - 1 + (statements[0] != 0 ? 1 : 0));
    for (std::uint32_t s = 1; s < graph.source_count(); ++s) {
      const auto row = table.row(s - 1);
      CHECK(row[0].as_string() == graph.source_key(kg::graph::SourceId{s}));
      CHECK(row[1].as_string() == graph.source_title(kg::graph::SourceId{s}));
      CHECK(row[2].is_null());
      CHECK((s == 3 ? row[3].as_string() == "B" : row[3].is_null()));  // s3 is declared B
      CHECK(row[4].as_integer() == statements[s]);
      CHECK(row[5].as_integer() == static_cast<std::int64_t>(entities[s].size()));
    }
    if (statements[0] != 0) {
      const auto last = table.row(table.row_count() - 1);
      CHECK(last[0].is_null());
      CHECK(last[4].as_integer() == statements[0]);
      CHECK(last[5].as_integer() == static_cast<std::int64_t>(entities[0].size()));
    }
  }
}
