#include <catch2/catch.hpp>

#include <stdexcept>
#include <string>

#include "export_fixtures.h"

namespace kg::test {

TEST_CASE("Exports write a selection of the graph, numbering its nodes in selection order", "[export]") {
  TempDir dir;
  const graph::Graph graph = small_case();
  // sons -member_of-> imu, selected with imu first.
  const graph::Subgraph selection{.nodes = {graph::NodeId{2}, graph::NodeId{1}}, .edges = {graph::EdgeId{1}}};
  const std::string text =
      read_file(export_to(dir, graph, "sub.graphml", options_for(io::ExportFormat::graphml), &selection));
  CHECK(text.find("<edge id=\"e0\" source=\"sons\" target=\"imu\">") != std::string::npos);
  CHECK(text.find("<node id=\"ziyoev\"") == std::string::npos);
  CHECK(text.find("<data key=\"k0\">imu</data>") < text.find("<data key=\"k0\">sons</data>"));
  CHECK(text.find("father_of") == std::string::npos);
  // Only the selection's property keys are declared.
  CHECK(text.find("attr.name=\"killed\"") == std::string::npos);
  CHECK(text.find("attr.name=\"population\"") != std::string::npos);
  check_schema(dir / "sub.graphml", "graphml.xsd");
}

TEST_CASE("A selection naming unknown nodes or edges is refused before anything is written", "[export]") {
  TempDir dir;
  const graph::Graph graph = small_case();
  const auto options = options_for(io::ExportFormat::dot);
  const graph::Subgraph unknown_node{.nodes = {graph::NodeId{99}}, .edges = {}};
  CHECK_THROWS_WITH(io::export_graph(graph, &unknown_node, dir / "a.dot", options), "no node 99 in the graph");
  const graph::Subgraph unknown_edge{.nodes = {graph::NodeId{0}}, .edges = {graph::EdgeId{99}}};
  CHECK_THROWS_WITH(io::export_graph(graph, &unknown_edge, dir / "b.dot", options), "no edge 99 in the graph");
  const graph::Subgraph dangling{.nodes = {graph::NodeId{0}}, .edges = {graph::EdgeId{0}}};
  CHECK_THROWS_WITH(io::export_graph(graph, &dangling, dir / "c.dot", options),
                    "edge ziyoev -> sons is selected without its endpoints");
  CHECK(std::filesystem::is_empty(dir.path()));
}

}  // namespace kg::test
