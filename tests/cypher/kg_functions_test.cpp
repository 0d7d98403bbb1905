#include <fmt/format.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <cmath>

#include "kg/analytics/measure.h"

#include "cypher_fixtures.h"

using kg::cypher::test::error_of;
using kg::cypher::test::example;
using kg::cypher::test::query;

TEST_CASE("entity() resolves an id, name or alias as the CLI does, folding case and space", "[cypher]") {
  const auto& graph = example();
  CHECK(query(graph, "RETURN entity('mirzo-ziyoev').name, entity('  ziyoev ').name, entity('Tajik capital').id") ==
        std::vector<std::string>{"'Mirzo Ziyoev' | 'Mirzo Ziyoev' | 'dushanbe'"});
  CHECK(query(graph, "RETURN entity($who).name", {{"who", kg::query::Value::string("IMU")}}) ==
        std::vector<std::string>{"'Islamic Movement of Uzbekistan'"});
  CHECK(query(graph, "RETURN entity(null)") == std::vector<std::string>{"null"});
}

TEST_CASE("entity() folds Unicode case, apostrophes and space, and finds an id a same_as merged away", "[cypher]") {
  kg::graph::GraphBuilder builder;
  const auto data = kg::test::source_dir() / "tests" / "data" / "names";
  kg::ingest::read_input(data / "case.json", builder);
  kg::ingest::read_input(data / "decisions.jsonl", builder);
  const kg::graph::Graph graph = builder.build();
  CHECK(query(graph, "RETURN entity('МИРЗО  зиёев').id, entity('rahmon’s administration').id") ==
        std::vector<std::string>{"'ziyoev' | 'gov'"});
  CHECK(query(graph, "RETURN entity('рахмон').id, entity('Imomali Rakhmonov').id") ==
        std::vector<std::string>{"'rahmon' | 'rahmon'"});
  CHECK(query(graph, "MATCH (n) WHERE n = entity('Душанбе') RETURN n.name") == std::vector<std::string>{"'Dushanbe'"});
}

TEST_CASE("An unknown entity is an error before running, with the closest names", "[cypher]") {
  const auto& graph = example();
  CHECK(error_of(graph, "MATCH (a) WHERE a = entity('Ziyeov') RETURN a") ==
        "query:1:28: unknown entity \"Ziyeov\"; did you mean \"Mirzo Ziyoev\" (Person, id mirzo-ziyoev)?");
  CHECK(error_of(graph, "RETURN entity($who)", {{"who", kg::query::Value::string("Nobody at all")}})
            .find("query:1:8: entity(): unknown entity \"Nobody at all\"") == 0);
}

TEST_CASE("credibility() multiplies the confidences of a path's relationships", "[cypher]") {
  const auto& graph = example();
  CHECK(query(graph,
              "MATCH p = (a)-[:father_of]->(b)-[:member_of]->(c) RETURN credibility(p), "
              "credibility(relationships(p)), credibility(relationships(p)[0])") ==
        std::vector<std::string>{"0.855 | 0.855 | 0.95"});
  CHECK(query(graph, "RETURN credibility(null)") == std::vector<std::string>{"null"});
}

TEST_CASE("Measure functions give each node the value kg::analytics computes, under the query's evidence filter",
          "[cypher]") {
  const auto& graph = example();
  for (const kg::analytics::MeasureInfo& info : kg::analytics::measures()) {
    INFO(info.name);
    for (const bool narrowed : {false, true}) {
      kg::cypher::RunOptions options;
      if (narrowed) options.evidence.min_confidence = 0.8f;  // a sparser graph: other values
      const kg::analytics::Snapshot snapshot(graph, {.filter = options.evidence});
      const std::vector<double> expected =
          kg::analytics::by_graph_node(snapshot, kg::analytics::compute_measure(snapshot, info.measure).values);
      const std::vector<std::string> rows =
          query(graph, fmt::format("MATCH (n) RETURN n.id, {}(n) ORDER BY n.id", info.name), {}, options);
      REQUIRE(rows.size() == graph.node_count());
      std::vector<std::string> wanted;
      for (std::uint32_t n = 0; n < graph.node_count(); ++n) {
        const double value = expected[n];
        const kg::query::Value cell = std::isnan(value) ? kg::query::Value{}
                                      : info.integer    ? kg::query::Value::integer(static_cast<std::int64_t>(value))
                                                        : kg::query::Value::real(value);
        const std::string text = kg::cypher::test::text_of(graph, cell);
        wanted.push_back(fmt::format("'{}' | {}", graph.node_key(kg::graph::NodeId{n}), text));
      }
      std::sort(wanted.begin(), wanted.end());
      CHECK(rows == wanted);
    }
  }
  CHECK(query(graph, "RETURN pagerank(null)") == std::vector<std::string>{"null"});
  CHECK(error_of(graph, "RETURN pagerank(1)").find("pagerank() expects a node, got INTEGER") != std::string::npos);
}
