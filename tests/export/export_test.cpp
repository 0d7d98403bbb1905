#include <catch2/catch.hpp>

#include <stdexcept>
#include <string>

#include "export_fixtures.h"

namespace kg::test {

TEST_CASE("Export formats are parsed by name and told from file names", "[export]") {
  using io::ExportFormat;
  CHECK(io::parse_export_format("graphml") == ExportFormat::graphml);
  CHECK(io::parse_export_format("gexf") == ExportFormat::gexf);
  CHECK(io::parse_export_format("dot") == ExportFormat::dot);
  CHECK(io::parse_export_format("cytoscape") == ExportFormat::cytoscape);
  CHECK(io::parse_export_format("neo4j-csv") == ExportFormat::neo4j_csv);
  CHECK_FALSE(io::parse_export_format("GraphML"));
  CHECK_FALSE(io::parse_export_format("svg"));
  CHECK(io::format_from_path("case.graphml") == ExportFormat::graphml);
  CHECK(io::format_from_path("out/case.gexf") == ExportFormat::gexf);
  CHECK(io::format_from_path("case.dot") == ExportFormat::dot);
  CHECK(io::format_from_path("case.gv") == ExportFormat::dot);
  CHECK(io::format_from_path("case.cyjs") == ExportFormat::cytoscape);
  CHECK(io::format_from_path("case.json") == ExportFormat::cytoscape);
  CHECK(io::format_from_path("neo4j.csv") == ExportFormat::neo4j_csv);
  CHECK(io::format_from_path("neo4j/") == ExportFormat::neo4j_csv);
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
  CHECK_THROWS_AS(io::export_graph(graph, nullptr, dir / "missing/folder/case.gexf",
                                   options_for(io::ExportFormat::gexf)),
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
