#include <catch2/catch.hpp>

#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "generator.h"
#include "kg/graph/builder.h"
#include "kg/ingest/reader.h"
#include "support/test_support.h"

namespace {

/// Reads `inputs` strictly (every reference must resolve); the generated files must raise no warning.
kg::graph::Graph ingest(const std::vector<std::filesystem::path>& inputs) {
  std::vector<std::string> warnings;
  const kg::graph::WarningSink warn = [&](const kg::graph::SourceLocation& where, std::string_view message) {
    warnings.push_back(where.to_string() + ": " + std::string(message));
  };
  kg::graph::GraphBuilder builder({.strict = true, .warn = warn});
  for (const auto& input : inputs) kg::ingest::read_input(input, builder, {.progress = {}, .warn = warn});
  kg::graph::Graph graph = builder.build();
  CHECK(warnings.empty());
  return graph;
}

}  // namespace

TEST_CASE("A written data set reads back through kg::ingest the same from JSON Lines and from CSV", "[bench]") {
  const kg::test::TempDir folder;
  const auto generated = kg::bench::generate_graph({.nodes = 500, .facts = 3000, .seed = 3, .queries = 20});
  kg::bench::write_dataset(generated, folder.path());
  const kg::bench::DatasetFiles files(folder.path());

  const kg::graph::Graph from_jsonl = ingest(files.jsonl_inputs());
  const kg::graph::Graph from_csv = ingest(files.csv_inputs());
  CHECK(from_jsonl.node_count() == generated.node_count());
  CHECK(from_jsonl.provenance_count() == generated.facts.size());
  CHECK(from_csv.node_count() == from_jsonl.node_count());
  CHECK(from_csv.edge_count() == from_jsonl.edge_count());
  CHECK(from_csv.provenance_count() == from_jsonl.provenance_count());

  // Edges are the distinct (subject, predicate, object) triples.
  std::set<std::tuple<std::uint32_t, std::uint8_t, std::uint32_t>> triples;
  for (const auto& fact : generated.facts) triples.emplace(fact.subject, fact.predicate, fact.object);
  CHECK(from_jsonl.edge_count() == triples.size());

  // Every node keeps its generated id, type and name.
  for (std::uint32_t node = 0; node < generated.node_count(); node += 37) {
    const auto found = from_csv.find_nodes(generated.node_key(node));
    REQUIRE(found.size() == 1);
    CHECK(from_csv.node_name(found[0]) == generated.node_name(node));
    CHECK(from_csv.type_name(from_csv.node_type(found[0])) ==
          kg::bench::entity_type_names()[generated.node_type[node]]);
  }
}

TEST_CASE("Query pairs are read back as the generated node ids", "[bench]") {
  const kg::test::TempDir folder;
  const auto generated = kg::bench::generate_graph({.nodes = 300, .facts = 1000, .seed = 5, .queries = 10});
  kg::bench::write_dataset(generated, folder.path());
  const auto queries = kg::bench::read_queries(kg::bench::DatasetFiles(folder.path()).queries);
  REQUIRE(queries.size() == generated.queries.size());
  for (std::size_t i = 0; i < queries.size(); ++i) {
    CHECK(queries[i].first == generated.node_key(generated.queries[i].first));
    CHECK(queries[i].second == generated.node_key(generated.queries[i].second));
  }
}

TEST_CASE("Inputs read ahead on a second thread build the same graph file, byte for byte", "[bench]") {
  // The determinism test of the two-stage pipeline: the generated graph's CSV and JSON Lines files, in several
  // batches, and the JSON Lines build is the CSV build.
  const kg::test::TempDir folder;
  const auto generated = kg::bench::generate_graph({.nodes = 3000, .facts = 20000, .seed = 5, .queries = 0});
  kg::bench::write_dataset(generated, folder.path());
  const kg::bench::DatasetFiles files(folder.path());
  const auto build = [&](const std::vector<std::filesystem::path>& inputs, bool parse_ahead) {
    kg::graph::GraphBuilder builder({.strict = true, .warn = {}});
    for (const auto& input : inputs) {
      kg::ingest::ReadOptions options;
      options.parse_ahead = parse_ahead;
      kg::ingest::read_input(input, builder, options);
    }
    const kg::graph::Graph graph = builder.build();
    return std::string(reinterpret_cast<const char*>(graph.image().data()), graph.image().size());
  };
  const std::string one_thread = build(files.csv_inputs(), false);
  CHECK(build(files.csv_inputs(), true) == one_thread);
  CHECK(build(files.jsonl_inputs(), true) == one_thread);
  CHECK(build(files.jsonl_inputs(), false) == one_thread);
  CHECK(one_thread.size() > 100'000);
}
