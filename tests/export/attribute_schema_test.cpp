#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "export_fixtures.h"

namespace kg::test {
namespace {

std::string key_line(std::string_view domain, std::string_view name, std::string_view type) {
  return fmt::format("for=\"{}\" attr.name=\"{}\" attr.type=\"{}\"/>", domain, name, type);
}

}  // namespace

TEST_CASE("Each property key gets one GraphML type that holds every value it takes", "[export]") {
  TempDir dir;
  const std::string text =
      read_file(export_to(dir, small_case(), "small.graphml", options_for(io::ExportFormat::graphml)));
  CHECK(text.find(key_line("node", "killed", "boolean")) != std::string::npos);   // only booleans
  CHECK(text.find(key_line("node", "height", "double")) != std::string::npos);    // 180 and 1.5
  CHECK(text.find(key_line("node", "population", "long")) != std::string::npos);  // beyond 32 bits
  CHECK(text.find(key_line("node", "age", "string")) != std::string::npos);       // 45 and "various"
  CHECK(text.find(key_line("edge", "since", "int")) != std::string::npos);
  CHECK(text.find("for=\"edge\" attr.name=\"weight\" attr.type=\"int\"><default>1</default></key>") !=
        std::string::npos);  // the weight of most edges is the key's default
  CHECK(text.find(key_line("edge", "confidence", "double")) != std::string::npos);
  CHECK(text.find("<data key=\"k7\">180.0</data>") != std::string::npos);  // the int written as a double
}

TEST_CASE("Property keys are made valid, unique names that are never id", "[export]") {
  TempDir dir;
  std::vector<std::string> warnings;
  const std::string text =
      read_file(export_to(dir, small_case(), "small.graphml", options_for(io::ExportFormat::graphml, &warnings)));
  CHECK(text.find("attr.name=\"id\"") == std::string::npos);
  CHECK(text.find(key_line("node", "id_2", "string")) != std::string::npos);
  CHECK(text.find(key_line("node", "first_name", "string")) != std::string::npos);
  CHECK(std::find(warnings.begin(), warnings.end(), "node property \"first name\" is written as \"first_name\"") !=
        warnings.end());
  CHECK(std::find(warnings.begin(), warnings.end(), "node property \"id\" is written as \"id_2\"") != warnings.end());
}

TEST_CASE("A property named like a built-in attribute keeps both apart", "[export]") {
  graph::GraphBuilder builder;
  const std::uint32_t file = builder.add_file("clash.json");
  builder.add_entity({.id = "a",
                      .type = "Person",
                      .name = "A",
                      .props = {{"label", std::string_view("own label")}, {"type", std::int64_t{7}}},
                      .at = {file, 1, 1}});
  builder.add_entity({.id = "b", .type = "Person", .name = "B", .at = {file, 2, 1}});
  builder.add_fact({.subject = {.text = "a", .declared = {}, .at = {file, 3, 1}},
                    .predicate = "knows",
                    .object = {.text = "b", .declared = {}, .at = {file, 3, 9}},
                    .source = "",
                    .date = {},
                    .confidence = std::nullopt,
                    .quote = "",
                    .props = {{"weight", 2.5}},
                    .at = {file, 3, 1}});
  TempDir dir;
  const auto path = export_to(dir, builder.build(), "clash.graphml", options_for(io::ExportFormat::graphml));
  const std::string text = read_file(path);
  CHECK(text.find(key_line("node", "label_2", "string")) != std::string::npos);
  CHECK(text.find(key_line("node", "type_2", "int")) != std::string::npos);
  CHECK(text.find(key_line("edge", "weight_2", "double")) != std::string::npos);
  check_schema(path, "graphml.xsd");
}

TEST_CASE("Computed node attributes follow the built-ins, typed int, long or double, before the properties",
          "[export]") {
  TempDir dir;
  std::vector<std::string> warnings;
  io::ExportOptions options = with_measures(options_for(io::ExportFormat::graphml, &warnings));
  options.node_attributes.push_back({.name = "age", .type = io::AttributeType::integer, .values = {1, 2, 3, 4, 6e9}});
  const std::string text = read_file(export_to(dir, small_case(), "small.graphml", options));
  CHECK(text.find("<key id=\"k5\" " + key_line("node", "pagerank", "double")) != std::string::npos);
  CHECK(text.find("<key id=\"k6\" " + key_line("node", "community", "int")) != std::string::npos);
  CHECK(text.find("<key id=\"k7\" " + key_line("node", "age", "long")) != std::string::npos);  // beyond 32 bits
  CHECK(text.find(key_line("node", "age_2", "string")) != std::string::npos);                  // the property gives way
  CHECK(std::find(warnings.begin(), warnings.end(), "node property \"age\" is written as \"age_2\"") != warnings.end());
  // The isolated node has no community: the value is left out, not written empty.
  const std::string boat = text.substr(text.find("<node id=\"boat\">"));
  CHECK(boat.substr(0, boat.find("</node>")).find("key=\"k6\"") == std::string::npos);
  CHECK(text.find("<data key=\"k6\">1</data>") != std::string::npos);
  CHECK(text.find("<data key=\"k7\">6000000000</data>") != std::string::npos);

  options.node_attributes.push_back({.name = "short", .type = io::AttributeType::real, .values = {1.0}});
  CHECK_THROWS_WITH(export_to(dir, small_case(), "short.graphml", options),
                    "node attribute \"short\" holds 1 values for 5 nodes");
  CHECK(!std::filesystem::exists(dir / "short.graphml"));
}

TEST_CASE("A node merged by same_as says so in a merged_from column, present only when one is exported", "[export]") {
  graph::GraphBuilder builder;
  const std::uint32_t file = builder.add_file("merge.json");
  builder.add_entity({.id = "rahmon", .type = "Person", .name = "Emomali Rahmon", .at = {file, 1, 1}});
  builder.add_entity({.id = "рахмон", .type = "Person", .name = "Эмомали Рахмон", .at = {file, 2, 1}});
  builder.add_entity({.id = "dushanbe", .type = "Location", .at = {file, 3, 1}});
  builder.add_decision({.kind = graph::DecisionKind::same_as,
                        .ids = {"rahmon", "рахмон"},
                        .reason = "Russian spelling",
                        .at = {file, 4, 1}});
  const graph::Graph graph = builder.build();
  TempDir dir;
  const auto path = export_to(dir, graph, "merge.graphml", options_for(io::ExportFormat::graphml));
  const std::string text = read_file(path);
  CHECK(text.find(key_line("node", "merged_from", "string")) != std::string::npos);
  CHECK(text.find(">merged from rahmon, рахмон: Russian spelling</data>") != std::string::npos);
  check_schema(path, "graphml.xsd");
  const auto nodes = export_to(dir, graph, "merge-neo4j", options_for(io::ExportFormat::neo4j_csv));
  CHECK(read_file(nodes / "nodes.csv").find("merged_from") != std::string::npos);
  io::ExportOptions only_dushanbe = options_for(io::ExportFormat::graphml);
  graph::Subgraph selection;
  selection.nodes = {graph.find_nodes("dushanbe").front()};
  CHECK(read_file(export_to(dir, graph, "one.graphml", only_dushanbe, &selection)).find("merged_from") ==
        std::string::npos);
}

}  // namespace kg::test

namespace kg::test {

TEST_CASE("Property keys in any script keep their letters in every format that carries properties", "[export]") {
  graph::GraphBuilder builder;
  const std::uint32_t file = builder.add_file("scripts.json");
  builder.add_entity({.id = "a",
                      .type = "Person",
                      .name = "A",
                      .props = {{"\xD0\xB3\xD0\xBE\xD0\xB4", std::int64_t{1990}},                       // год
                                {"\xE5\x90\x8D\xE5\x89\x8D", std::string_view("x")},                    // 名前
                                {"\xCE\xB7\xCE\xBB\xCE\xB9\xCE\xBA\xCE\xAF\xCE\xB1", std::int64_t{3}},  // ηλικία
                                {"\xF0\x9F\x98\x80x", std::string_view("emoji")},                       // 😀x
                                {"a\xE2\x82\xAC"
                                 "b",
                                 std::string_view("euro")}},  // a€b
                      .at = {file, 1, 1}});
  const graph::Graph graph = builder.build();
  TempDir dir;
  std::vector<std::string> warnings;
  const auto graphml = export_to(dir, graph, "s.graphml", options_for(io::ExportFormat::graphml, &warnings));
  const std::string text = read_file(graphml);
  CHECK(text.find(key_line("node", "\xD0\xB3\xD0\xBE\xD0\xB4", "int")) != std::string::npos);
  CHECK(text.find(key_line("node", "\xE5\x90\x8D\xE5\x89\x8D", "string")) != std::string::npos);
  CHECK(text.find(key_line("node", "\xCE\xB7\xCE\xBB\xCE\xB9\xCE\xBA\xCE\xAF\xCE\xB1", "int")) != std::string::npos);
  // Symbols are no name characters for every XML validator: one '_' each.
  CHECK(text.find(key_line("node", "_x", "string")) != std::string::npos);
  CHECK(text.find(key_line("node", "a_b", "string")) != std::string::npos);
  CHECK(std::find(warnings.begin(), warnings.end(),
                  "node property \"a\xE2\x82\xAC"
                  "b\" is written as \"a_b\"") != warnings.end());
  check_schema(graphml, "graphml.xsd");
  const std::string cytoscape = read_file(export_to(dir, graph, "s.cyjs", options_for(io::ExportFormat::cytoscape)));
  CHECK(cytoscape.find("\"\xD0\xB3\xD0\xBE\xD0\xB4\": 1990") != std::string::npos);
  const auto neo4j = export_to(dir, graph, "neo4j", options_for(io::ExportFormat::neo4j_csv));
  CHECK(read_file(neo4j / "nodes.csv").find(",\xD0\xB3\xD0\xBE\xD0\xB4:int") != std::string::npos);
  require_checker(have_python_module("networkx") && have_python_module("igraph"),
                  "NetworkX or igraph for /usr/bin/python3");
  const Command networkx = run_checker("read_graphml.py", graphml);
  const Command igraph = run_checker("read_graphml_igraph.py", graphml);
  REQUIRE(networkx.status == 0);
  CHECK(networkx.output == igraph.output);
  CHECK(networkx.output.find("node a \xD0\xB3\xD0\xBE\xD0\xB4 1990\n") != std::string::npos);
}

}  // namespace kg::test
