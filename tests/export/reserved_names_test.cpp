#include "reserved_names.h"

#include <catch2/catch.hpp>

#include "attribute_schema.h"

#include <set>
#include <string>
#include <vector>

#include "export_fixtures.h"
#include "kg/graph/text.h"

namespace kg::test {
namespace {

// `name` in three cases: as listed (lower), UPPER and Capitalised.
std::vector<std::string> in_every_case(std::string_view name) {
  std::string upper(name), capital(name);
  for (char& c : upper) c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
  if (!capital.empty() && capital[0] >= 'a' && capital[0] <= 'z') capital[0] = upper[0];
  return {std::string(name), upper, capital};
}

// Every reserved name of every consumer, as a property in three cases, on a node and on an edge; the values are
// the property's own key, so a reader shows where each one went.
struct ReservedCase {
  std::vector<std::string> node_keys, edge_keys;  // own the strings the properties point into
  graph::Graph graph;
};

ReservedCase reserved_case() {
  ReservedCase result;
  std::set<std::string> node_keys, edge_keys;  // a name several consumers reserve, once
  for (const io::detail::ReservedNames& table : io::detail::reserved_names()) {
    for (std::string_view name : table.nodes) {
      for (std::string& key : in_every_case(name)) node_keys.insert(std::move(key));
    }
    for (std::string_view name : table.edges) {
      for (std::string& key : in_every_case(name)) edge_keys.insert(std::move(key));
    }
  }
  result.node_keys.assign(node_keys.begin(), node_keys.end());
  result.edge_keys.assign(edge_keys.begin(), edge_keys.end());
  std::vector<std::pair<std::string_view, graph::PropertyValue>> node_props, edge_props;
  for (const std::string& key : result.node_keys) node_props.emplace_back(key, std::string_view(key));
  for (const std::string& key : result.edge_keys) edge_props.emplace_back(key, std::string_view(key));
  graph::GraphBuilder builder;
  const std::uint32_t file = builder.add_file("reserved.json");
  builder.add_entity({.id = "a", .type = "Person", .name = "Alpha", .props = node_props, .at = {file, 1, 1}});
  builder.add_entity({.id = "b", .type = "Person", .name = "Beta", .at = {file, 2, 1}});
  builder.add_fact({.subject = {.text = "a", .declared = {}, .at = {file, 3, 1}},
                    .predicate = "knows",
                    .object = {.text = "b", .declared = {}, .at = {file, 3, 9}},
                    .source = "",
                    .date = *graph::parse_partial_date("2010-08"),
                    .confidence = std::nullopt,
                    .quote = "",
                    .props = edge_props,
                    .at = {file, 3, 1}});
  result.graph = builder.build();
  return result;
}

// The attr.name of every <key ... for="`domain`"> in a GraphML text.
std::vector<std::string> graphml_names(const std::string& text, std::string_view domain) {
  std::vector<std::string> names;
  const std::string marker = fmt::format("for=\"{}\" attr.name=\"", domain);
  for (auto at = text.find(marker); at != std::string::npos; at = text.find(marker, at + 1)) {
    const auto start = at + marker.size();
    names.push_back(text.substr(start, text.find('"', start) - start));
  }
  return names;
}

}  // namespace

TEST_CASE("Reserved names are matched without regard to case, per element kind", "[export]") {
  CHECK(io::detail::is_reserved("Label", true));
  CHECK(io::detail::is_reserved("TIMESET", false));
  CHECK(io::detail::is_reserved("Weight", false));
  CHECK_FALSE(io::detail::is_reserved("weight", true));  // a node weight means nothing to Gephi
  CHECK_FALSE(io::detail::is_reserved("born", true));
  for (const io::detail::ReservedNames& table : io::detail::reserved_names()) {
    for (std::string_view name : table.nodes) CHECK(graph::ascii_lowercase(name) == name);
    for (std::string_view name : table.edges) CHECK(graph::ascii_lowercase(name) == name);
  }
}

TEST_CASE("Properties named after every reserved word, in any case, get one free name in every format", "[export]") {
  const ReservedCase reserved = reserved_case();
  TempDir dir;
  std::vector<std::string> warnings;
  const auto graphml = export_to(dir, reserved.graph, "r.graphml", options_for(io::ExportFormat::graphml, &warnings));
  const std::string text = read_file(graphml);
  check_schema(graphml, "graphml.xsd");
  for (const std::string_view domain : {"node", "edge"}) {
    const std::vector<std::string> names = graphml_names(text, domain);
    // Plain GraphML leaves out the edge label (it repeats the predicate).
    const std::size_t builtins =
        domain == "node" ? std::size_t{io::detail::kNodeBuiltins} : std::size_t{io::detail::kEdgeBuiltins} - 1;
    REQUIRE(names.size() == builtins + (domain == "node" ? reserved.node_keys.size() : reserved.edge_keys.size()));
    std::set<std::string> folded;
    for (std::size_t i = 0; i < names.size(); ++i) {
      INFO(domain << " column " << names[i]);
      CHECK(folded.insert(graph::ascii_lowercase(names[i])).second);  // unique without regard to case
      if (i >= builtins) CHECK_FALSE(io::detail::is_reserved(names[i], domain == "node"));
    }
  }
  CHECK(std::find(warnings.begin(), warnings.end(), "node property \"Label\" is written as \"Label_3\"") !=
        warnings.end());
  CHECK(text.find("key id=\"d") == std::string::npos);  // Gephi reads keys d3 and d7 as labels

  const auto gexf = export_to(dir, reserved.graph, "r.gexf", options_for(io::ExportFormat::gexf));
  check_schema(gexf, "gexf.rng");
  require_checker(have_python_module("networkx"), "NetworkX for /usr/bin/python3");
  // NetworkX keys GEXF attributes by title: the label, weight and id it reads are still kg's.
  const Command read = run_checker("read_gexf.py", gexf);
  REQUIRE(read.status == 0);
  INFO(read.output);
  CHECK(read.output.find("node n0 label \"Alpha\"\n") != std::string::npos);
  CHECK(read.output.find("edge e0 n0 n1 weight 1\n") != std::string::npos);
  CHECK(read.output.find("edge e0 n0 n1 label \"knows\"\n") != std::string::npos);
  CHECK(read.output.find("edge e0 n0 n1 id \"e0\"\n") != std::string::npos);
  CHECK(read.output.find("node n0 LABEL_2 \"LABEL\"\n") != std::string::npos);
  CHECK(read.output.find("edge e0 n0 n1 Weight_3 \"Weight\"\n") != std::string::npos);
  // Every property came through under some name.
  for (const std::string& key : reserved.node_keys) {
    CHECK(read.output.find(fmt::format("\"{}\"\n", key)) != std::string::npos);
  }
  const Command graphml_read = run_checker("read_graphml.py", graphml);
  REQUIRE(graphml_read.status == 0);
  CHECK(graphml_read.output.find("node a label \"Alpha\"\n") != std::string::npos);
  CHECK(graphml_read.output.find("edge e0 a b weight 1\n") != std::string::npos);
  const auto cytoscape = export_to(dir, reserved.graph, "r.cyjs", options_for(io::ExportFormat::cytoscape));
  const Command cytoscape_read = run_checker("read_cytoscape.py", cytoscape);
  REQUIRE(cytoscape_read.status == 0);
  io::ExportOptions gephi = options_for(io::ExportFormat::graphml);  // with the edge label, as Cytoscape JSON has
  gephi.flavour = io::GraphmlFlavour::gephi;
  const Command gephi_read = run_checker("read_graphml.py", export_to(dir, reserved.graph, "gephi.graphml", gephi));
  CHECK(cytoscape_read.output == gephi_read.output);
}

}  // namespace kg::test
