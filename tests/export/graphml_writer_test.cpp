#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "export_fixtures.h"

namespace kg::test {

TEST_CASE("GraphML of a small case matches its golden file and validates against the XSD", "[export]") {
  TempDir dir;
  const auto path = export_to(dir, small_case(), "small.graphml", options_for(io::ExportFormat::graphml));
  const std::string text = read_file(path);
  check_golden("export/small.graphml", text);
  CHECK(text.rfind("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n", 0) == 0);
  check_schema(path, "graphml.xsd");
}

TEST_CASE("The gephi flavour adds the predicate as each edge's label attribute", "[export]") {
  TempDir dir;
  io::ExportOptions options = options_for(io::ExportFormat::graphml);
  options.flavour = io::GraphmlFlavour::gephi;
  const std::string text = read_file(export_to(dir, small_case(), "small.graphml", options));
  check_golden("export/small.gephi.graphml", text);
  CHECK(text.find("<edge id=\"e0\" source=\"n0\" target=\"n1\" label=\"father_of\">") != std::string::npos);
}

TEST_CASE("NetworkX and igraph read the GraphML with the graph's nodes, edges and values", "[export]") {
  require_checker(have_python_module("networkx") && have_python_module("igraph"),
                  "NetworkX or igraph for /usr/bin/python3");
  TempDir dir;
  const graph::Graph graph = small_case();
  const auto path = export_to(dir, graph, "small.graphml", options_for(io::ExportFormat::graphml));
  const Command networkx = run_checker("read_graphml.py", path);
  const Command igraph = run_checker("read_graphml_igraph.py", path);
  REQUIRE(networkx.status == 0);
  REQUIRE(igraph.status == 0);
  CHECK(networkx.output == igraph.output);
  CHECK(networkx.output.rfind(fmt::format("nodes {}\nedges {}\n", graph.node_count(), graph.edge_count()), 0) == 0);
  for (std::uint32_t n = 0; n < graph.node_count(); ++n) {
    const graph::NodeId node{n};
    INFO(graph.node_key(node));
    CHECK(networkx.output.find(fmt::format("node n{} label \"{}\"\n", n, graph.node_name(node))) != std::string::npos);
    CHECK(networkx.output.find(fmt::format("node n{} entity_id \"{}\"\n", n, graph.node_key(node))) !=
          std::string::npos);
  }
  for (std::uint32_t e = 0; e < graph.edge_count(); ++e) {
    const graph::EdgeId edge{e};
    const std::string prefix =
        fmt::format("edge e{} n{} n{} ", e, graph.edge_source(edge).value, graph.edge_target(edge).value);
    CHECK(networkx.output.find(prefix +
                               fmt::format("predicate \"{}\"\n", graph.predicate_name(graph.edge_predicate(edge)))) !=
          std::string::npos);
  }
  // Two sources state father_of: weight 2; the unsourced headed_for still weighs 1.
  CHECK(networkx.output.find("edge e0 n0 n1 weight 2\n") != std::string::npos);
  CHECK(networkx.output.find("predicate \"headed_for\"\n") != std::string::npos);
}

TEST_CASE("GraphML of hostile names is valid XML 1.0, readable, and says what it replaced", "[export]") {
  TempDir dir;
  std::vector<std::string> warnings;
  const auto path =
      export_to(dir, hostile_case(), "hostile.graphml", options_for(io::ExportFormat::graphml, &warnings));
  const std::string text = read_file(path);
  check_golden("export/hostile.graphml", text);
  check_schema(path, "graphml.xsd");
  CHECK(text.find('\x01') == std::string::npos);
  CHECK(text.find("Tom &amp; &quot;Jerry&quot; &lt;b&gt;&apos;s&lt;/b&gt;") != std::string::npos);
  CHECK(text.find("tab&#9;here; line&#10;break&#13;&#10;") != std::string::npos);
  REQUIRE(!warnings.empty());
  INFO(warnings.back());
  CHECK(warnings.back().find("replaced 7 characters") != std::string::npos);
  require_checker(have_python_module("networkx") && have_python_module("igraph"),
                  "NetworkX or igraph for /usr/bin/python3");
  const Command networkx = run_checker("read_graphml.py", path);
  const Command igraph = run_checker("read_graphml_igraph.py", path);
  REQUIRE(networkx.status == 0);
  CHECK(networkx.output == igraph.output);
  CHECK(networkx.output.find("label \"\xF0\x9F\x98\x80 smiley \xF0\x9F\x87\xB9\xF0\x9F\x87\xAF\"") !=
        std::string::npos);
  CHECK(networkx.output.find("label \"bell\xEF\xBF\xBD null-ish\xEF\xBF\xBD esc\xEF\xBF\xBD\"") != std::string::npos);
}

}  // namespace kg::test
