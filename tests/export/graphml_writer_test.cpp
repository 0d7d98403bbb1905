#include <fmt/ranges.h>

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "export_fixtures.h"
#include "export_summary.h"
#include "kg/ingest/graphml_reader.h"

namespace kg::test {
namespace {

graph::Graph read_back(const std::filesystem::path& file) {
  graph::GraphBuilder builder;
  ingest::read_graphml_file(file, builder);
  return builder.build();
}

}  // namespace

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
  CHECK(text.find("<edge id=\"e0\" source=\"ziyoev\" target=\"sons\" label=\"father_of\">") != std::string::npos);
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
    CHECK(networkx.output.find(fmt::format("node {} label \"{}\"\n", graph.node_key(node), graph.node_name(node))) !=
          std::string::npos);
    CHECK(networkx.output.find(fmt::format("node {0} entity_id \"{0}\"\n", graph.node_key(node))) != std::string::npos);
  }
  for (std::uint32_t e = 0; e < graph.edge_count(); ++e) {
    const graph::EdgeId edge{e};
    const std::string prefix = fmt::format("edge e{} {} {} ", e, graph.node_key(graph.edge_source(edge)),
                                           graph.node_key(graph.edge_target(edge)));
    CHECK(networkx.output.find(prefix +
                               fmt::format("predicate \"{}\"\n", graph.predicate_name(graph.edge_predicate(edge)))) !=
          std::string::npos);
  }
  // Two sources state father_of: weight 2; the unsourced headed_for still weighs 1.
  CHECK(networkx.output.find("edge e0 ziyoev sons weight 2\n") != std::string::npos);
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
  CHECK(warnings.back().find("replaced 14 characters") != std::string::npos);  // 7 in each of label and name
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

TEST_CASE("kg builds its own GraphML back: the same nodes, edges, types, properties and provenance summary",
          "[export]") {
  TempDir dir;
  const std::vector<graph::Graph> graphs = round_trip_graphs();
  for (std::size_t i = 0; i < graphs.size(); ++i) {
    INFO("graph " << i);
    const auto file = export_to(dir, graphs[i], "again.graphml", options_for(io::ExportFormat::graphml));
    CHECK(exported_summary(read_back(file)) == exported_summary(graphs[i], true));
  }
}

TEST_CASE("What GraphML cannot carry back: renamed keys, one kind per key, lists split at semicolons", "[export]") {
  TempDir dir;
  const auto file = export_to(dir, lossy_case(), "lossy.graphml", options_for(io::ExportFormat::graphml));
  CHECK(exported_summary(read_back(file)) ==
        "node a \"A; B\" Entity [x; y] {first_name=\"Ana\", n=2d}\n"
        "node b \"b\" Entity [] {n=2.5d}\n");
}

TEST_CASE("NetworkX and igraph read computed node attributes from the GraphML with their values", "[export]") {
  require_checker(have_python_module("networkx") && have_python_module("igraph"),
                  "NetworkX and igraph for /usr/bin/python3");
  TempDir dir;
  const auto path =
      export_to(dir, small_case(), "small.graphml", with_measures(options_for(io::ExportFormat::graphml)));
  check_golden("export/small.measures.graphml", read_file(path));
  check_schema(path, "graphml.xsd");
  const Command networkx = run_checker("read_graphml.py", path);
  const Command igraph = run_checker("read_graphml_igraph.py", path);
  REQUIRE(networkx.status == 0);
  REQUIRE(igraph.status == 0);
  CHECK(networkx.output == igraph.output);
  INFO(networkx.output);
  CHECK(networkx.output.find("node ziyoev pagerank 0.4\n") != std::string::npos);
  CHECK(networkx.output.find("node dushanbe community 1\n") != std::string::npos);
  CHECK(networkx.output.find("node boat pagerank 0.05\n") != std::string::npos);
  CHECK(networkx.output.find("node boat community") == std::string::npos);
}

}  // namespace kg::test

namespace kg::test {

TEST_CASE("GraphML nodes are their entity ids and carry a name, as Cytoscape desktop shows nodes", "[export]") {
  TempDir dir;
  const std::string text =
      read_file(export_to(dir, small_case(), "small.graphml", options_for(io::ExportFormat::graphml)));
  CHECK(text.find("<key id=\"k2\" for=\"node\" attr.name=\"name\" attr.type=\"string\"/>") != std::string::npos);
  const auto node = text.find("<node id=\"ziyoev\">");
  REQUIRE(node != std::string::npos);
  CHECK(text.find("<data key=\"k2\">Mirzo Ziyoev</data>", node) < text.find("</node>", node));
  CHECK(text.find("<edge id=\"e3\" source=\"imu\" target=\"dushanbe\">") != std::string::npos);
}

TEST_CASE("When an entity id is no XML name token, every node is n<position> instead", "[export]") {
  graph::GraphBuilder builder;
  const std::uint32_t file = builder.add_file("ids.json");
  builder.add_entity({.id = "plain-id", .type = "Person", .name = "A", .at = {file, 1, 1}});
  builder.add_entity({.id = "with space", .type = "Person", .name = "B", .at = {file, 2, 1}});
  const graph::Graph graph = builder.build();
  TempDir dir;
  const auto path = export_to(dir, graph, "ids.graphml", options_for(io::ExportFormat::graphml));
  const std::string text = read_file(path);
  CHECK(text.find("<node id=\"n0\">") != std::string::npos);
  CHECK(text.find("<node id=\"n1\">") != std::string::npos);
  check_schema(path, "graphml.xsd");
  const std::string json = read_file(export_to(dir, graph, "ids.cyjs", options_for(io::ExportFormat::cytoscape)));
  CHECK(json.find("{\"data\": {\"id\": \"n1\", \"value\": \"n1\", \"name\": \"B\"") != std::string::npos);
}

TEST_CASE("Plain GraphML warns that Gephi merges parallel predicates, the gephi flavour does not", "[export]") {
  TempDir dir;
  std::vector<std::string> warnings;
  export_to(dir, small_case(), "small.graphml", options_for(io::ExportFormat::graphml, &warnings));
  // sons -member_of-> imu and sons -headed_for-> imu.
  CHECK(std::find(warnings.begin(), warnings.end(),
                  "1 pair of nodes is joined by several predicates; Gephi merges such edges on import (plain GraphML "
                  "has no edge type): use --flavour gephi, or GEXF, to keep them apart") != warnings.end());
  std::vector<std::string> gephi_warnings;
  io::ExportOptions gephi = options_for(io::ExportFormat::graphml, &gephi_warnings);
  gephi.flavour = io::GraphmlFlavour::gephi;
  export_to(dir, small_case(), "gephi.graphml", gephi);
  // Only the property renames every flavour reports; no word of merged predicates.
  CHECK(std::none_of(gephi_warnings.begin(), gephi_warnings.end(),
                     [](const std::string& warning) { return warning.find("Gephi merges") != std::string::npos; }));
}

TEST_CASE("An edge weight of 1 is left to the GraphML key's default, which igraph and NetworkX's defaults give back",
          "[export]") {
  TempDir dir;
  const auto path = export_to(dir, small_case(), "small.graphml", options_for(io::ExportFormat::graphml));
  const std::string text = read_file(path);
  const auto edge = text.find("<edge id=\"e2\"");  // sons -member_of-> imu, one source
  REQUIRE(edge != std::string::npos);
  CHECK(text.substr(edge, text.find("</edge>", edge) - edge).find("<data key=\"k13\">") == std::string::npos);
  require_checker(have_python_module("networkx") && have_python_module("igraph"),
                  "NetworkX or igraph for /usr/bin/python3");
  const Command networkx = run_checker("read_graphml.py", path);
  const Command igraph = run_checker("read_graphml_igraph.py", path);
  REQUIRE(igraph.status == 0);
  CHECK(igraph.output.find("edge e2 sons imu weight 1\n") != std::string::npos);
  CHECK(networkx.output == igraph.output);
}

}  // namespace kg::test
