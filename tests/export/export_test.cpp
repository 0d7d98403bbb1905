#include <catch2/catch.hpp>

#include <stdexcept>
#include <string>
#include <vector>

#include "export_fixtures.h"

namespace kg::test {

TEST_CASE("Export formats are parsed by name and told from file names", "[export]") {
  using io::ExportFormat;
  CHECK(io::parse_export_format("graphml") == ExportFormat::graphml);
  CHECK(io::parse_export_format("gexf") == ExportFormat::gexf);
  CHECK(io::parse_export_format("dot") == ExportFormat::dot);
  CHECK(io::parse_export_format("cytoscape") == ExportFormat::cytoscape);
  CHECK(io::parse_export_format("neo4j-csv") == ExportFormat::neo4j_csv);
  CHECK(io::parse_export_format("facts") == ExportFormat::facts);
  CHECK_FALSE(io::parse_export_format("GraphML"));
  CHECK_FALSE(io::parse_export_format("svg"));
  CHECK(io::format_from_path("case.graphml") == ExportFormat::graphml);
  CHECK(io::format_from_path("out/case.gexf") == ExportFormat::gexf);
  CHECK(io::format_from_path("case.dot") == ExportFormat::dot);
  CHECK(io::format_from_path("CASE.GEXF") == ExportFormat::gexf);  // extensions in any case, as ingest reads them
  CHECK(io::format_from_path("case.gv") == ExportFormat::dot);
  CHECK(io::format_from_path("case.cyjs") == ExportFormat::cytoscape);
  CHECK(io::format_from_path("case.json") == ExportFormat::cytoscape);
  CHECK(io::format_from_path("neo4j.csv") == ExportFormat::neo4j_csv);
  CHECK(io::format_from_path("neo4j/") == ExportFormat::neo4j_csv);
  CHECK(io::format_from_path("case.jsonl") == ExportFormat::facts);
  CHECK(io::format_from_path("case.NDJSON") == ExportFormat::facts);
  TempDir dir;
  CHECK(io::format_from_path(dir.path()) == ExportFormat::neo4j_csv);
  CHECK_FALSE(io::format_from_path("case.svg"));
  CHECK_FALSE(io::format_from_path("case"));
}

TEST_CASE("A failed export leaves the target as it was and no temporary file", "[export]") {
  TempDir dir;
  const auto target = dir.write("case.graphml", "previous");
  const graph::Graph graph = small_case();
  const graph::Subgraph broken{.nodes = {graph::NodeId{0}}, .edges = {graph::EdgeId{0}}};  // edge 0 ends at node 1
  CHECK_THROWS_AS(io::export_graph(graph, &broken, target, options_for(io::ExportFormat::graphml)),
                  std::invalid_argument);
  CHECK(read_file(target) == "previous");
  CHECK_THROWS_AS(
      io::export_graph(graph, nullptr, dir / "missing/folder/case.gexf", options_for(io::ExportFormat::gexf)),
      std::system_error);
  std::size_t entries = 0;
  for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator(dir.path())) ++entries;
  CHECK(entries == 1);
}

TEST_CASE("A Neo4j export that fails removes the folder it created", "[export]") {
  TempDir dir;
  const graph::Graph graph = small_case();
  const graph::Subgraph broken{.nodes = {graph::NodeId{0}, graph::NodeId{0}}, .edges = {}};
  CHECK_THROWS_WITH(io::export_graph(graph, &broken, dir / "neo4j", options_for(io::ExportFormat::neo4j_csv)),
                    "node ziyoev is selected twice");
  CHECK_FALSE(std::filesystem::exists(dir / "neo4j"));
}

TEST_CASE("An empty graph exports to files that validate", "[export]") {
  TempDir dir;
  const graph::Graph empty;
  check_schema(export_to(dir, empty, "empty.graphml", options_for(io::ExportFormat::graphml)), "graphml.xsd");
  check_schema(export_to(dir, empty, "empty.gexf", options_for(io::ExportFormat::gexf)), "gexf.rng");
  CHECK(read_file(export_to(dir, empty, "empty.cyjs", options_for(io::ExportFormat::cytoscape)))
            .find("\"nodes\": [],\n \"edges\": []") != std::string::npos);
}

}  // namespace kg::test

namespace {

kg::graph::Graph chain(std::uint32_t length) {
  kg::graph::GraphBuilder builder;
  builder.add_file("chain");
  std::vector<std::string> ids;
  for (std::uint32_t i = 0; i <= length; ++i) ids.push_back("n" + std::to_string(i));
  for (std::uint32_t i = 0; i < length; ++i) {
    kg::graph::FactRecord fact;
    fact.subject.text = ids[i];
    fact.predicate = "next";
    fact.object.text = ids[i + 1];
    builder.add_fact(fact);
  }
  return builder.build();
}

}  // namespace

TEST_CASE("Export progress counts written nodes and edges up to their total", "[export]") {
  const kg::graph::Graph graph = chain(6000);  // 6001 nodes + 6000 edges
  kg::test::TempDir dir;
  for (const auto& [format, name] :
       std::vector<std::pair<kg::io::ExportFormat, std::string>>{{kg::io::ExportFormat::graphml, "g.graphml"},
                                                                 {kg::io::ExportFormat::gexf, "g.gexf"},
                                                                 {kg::io::ExportFormat::dot, "g.dot"},
                                                                 {kg::io::ExportFormat::cytoscape, "g.cyjs"},
                                                                 {kg::io::ExportFormat::neo4j_csv, "neo4j"},
                                                                 {kg::io::ExportFormat::facts, "g.jsonl"}}) {
    std::vector<std::pair<std::uint64_t, std::uint64_t>> reports;
    kg::io::ExportOptions options{.format = format};
    options.progress = [&](std::uint64_t written, std::uint64_t total) { reports.emplace_back(written, total); };
    kg::io::export_graph(graph, nullptr, dir / name, options);
    INFO(name);
    REQUIRE(reports.size() == 2);  // every 4096 elements of 12001
    CHECK(reports[0] == std::pair<std::uint64_t, std::uint64_t>{4096, 12001});
    CHECK(reports[1] == std::pair<std::uint64_t, std::uint64_t>{8192, 12001});
  }
}
