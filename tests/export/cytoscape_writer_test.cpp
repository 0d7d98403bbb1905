#include <catch2/catch.hpp>

#include <string>

#include "export_fixtures.h"

namespace kg::test {

TEST_CASE("Cytoscape.js JSON of a small case matches its golden file", "[export]") {
  TempDir dir;
  const std::string text =
      read_file(export_to(dir, small_case(), "small.cyjs", options_for(io::ExportFormat::cytoscape)));
  check_golden("export/small.cyjs", text);
  CHECK(text.find("\"aliases\": [\"Ziyoev\", \"Mirzo\"]") != std::string::npos);
  CHECK(text.find("\"height\": 180.0") != std::string::npos);  // an int in a double column stays a double
}

TEST_CASE("NetworkX reads the Cytoscape JSON with the same nodes, edges and values as the GraphML", "[export]") {
  require_checker(have_python_module("networkx"), "NetworkX for /usr/bin/python3");
  TempDir dir;
  const graph::Graph graph = small_case();
  const Command json =
      run_checker("read_cytoscape.py", export_to(dir, graph, "small.cyjs", options_for(io::ExportFormat::cytoscape)));
  io::ExportOptions with_edge_labels = options_for(io::ExportFormat::graphml);  // plain GraphML has no edge label
  with_edge_labels.flavour = io::GraphmlFlavour::gephi;
  const Command graphml = run_checker("read_graphml.py", export_to(dir, graph, "small.graphml", with_edge_labels));
  REQUIRE(json.status == 0);
  REQUIRE(graphml.status == 0);
  CHECK(json.output == graphml.output);
}

TEST_CASE("Cytoscape JSON keeps control characters as escapes and reads back with hostile names", "[export]") {
  TempDir dir;
  std::vector<std::string> warnings;
  const auto path = export_to(dir, hostile_case(), "hostile.json", options_for(io::ExportFormat::cytoscape, &warnings));
  const std::string text = read_file(path);
  check_golden("export/hostile.cyjs", text);
  CHECK(text.find("bell\\u0007 null-ish\\u0001 esc\\u001b") != std::string::npos);
  CHECK(text.find("\"tab\\there\", \"line\\nbreak\\r\\n\"") != std::string::npos);
  REQUIRE(!warnings.empty());  // only the 3 invalid bytes, in `name` and `label` (JSON may hold U+FFFE)
  INFO(warnings.back());
  CHECK(warnings.back().find("replaced 6 characters") != std::string::npos);
  require_checker(have_python_module("networkx"), "NetworkX for /usr/bin/python3");
  const Command read = run_checker("read_cytoscape.py", path);
  REQUIRE(read.status == 0);
  CHECK(read.output.find("node emoji label \"\xF0\x9F\x98\x80 smiley \xF0\x9F\x87\xB9\xF0\x9F\x87\xAF\"\n") !=
        std::string::npos);
}

TEST_CASE("Cytoscape JSON carries computed node attributes as the GraphML does", "[export]") {
  require_checker(have_python_module("networkx"), "NetworkX for /usr/bin/python3");
  TempDir dir;
  const graph::Graph graph = small_case();
  const auto path = export_to(dir, graph, "small.cyjs", with_measures(options_for(io::ExportFormat::cytoscape)));
  const std::string text = read_file(path);
  check_golden("export/small.measures.cyjs", text);
  CHECK(text.find("\"pagerank\": 0.4") != std::string::npos);
  CHECK(text.find("\"community\": 1") != std::string::npos);
  const Command json = run_checker("read_cytoscape.py", path);
  io::ExportOptions with_edge_labels = with_measures(options_for(io::ExportFormat::graphml));
  with_edge_labels.flavour = io::GraphmlFlavour::gephi;  // plain GraphML has no edge label
  const Command graphml = run_checker("read_graphml.py", export_to(dir, graph, "small.graphml", with_edge_labels));
  REQUIRE(json.status == 0);
  REQUIRE(graphml.status == 0);
  CHECK(json.output == graphml.output);
}

}  // namespace kg::test
