#include <catch2/catch.hpp>

#include <string>

#include "export_fixtures.h"

namespace kg::test {

TEST_CASE("Neo4j CSV of a small case matches its golden files", "[export]") {
  TempDir dir;
  const auto folder = export_to(dir, small_case(), "neo4j", options_for(io::ExportFormat::neo4j_csv));
  check_golden("export/small.neo4j/nodes.csv", read_file(folder / "nodes.csv"));
  check_golden("export/small.neo4j/relationships.csv", read_file(folder / "relationships.csv"));
}

TEST_CASE("Neo4j CSV reads back with typed columns, ids, labels and relationship types", "[export]") {
  require_checker(have_program("/usr/bin/python3"), "/usr/bin/python3");
  TempDir dir;
  const graph::Graph graph = small_case();
  const Command read =
      run_checker("read_neo4j_csv.py", export_to(dir, graph, "neo4j", options_for(io::ExportFormat::neo4j_csv)));
  REQUIRE(read.status == 0);
  INFO(read.output);
  CHECK(read.output.rfind(fmt::format("nodes {}\nedges {}\n", graph.node_count(), graph.edge_count()), 0) == 0);
  for (std::uint32_t n = 0; n < graph.node_count(); ++n) {
    const graph::NodeId node{n};
    CHECK(read.output.find(fmt::format("node {} LABEL \"{}\"\n", graph.node_key(node),
                                       graph.type_name(graph.node_type(node)))) != std::string::npos);
  }
  for (std::uint32_t e = 0; e < graph.edge_count(); ++e) {
    const graph::EdgeId edge{e};
    CHECK(read.output.find(fmt::format("edge r{} {} {} TYPE \"{}\"\n", e, graph.node_key(graph.edge_source(edge)),
                                       graph.node_key(graph.edge_target(edge)),
                                       graph.predicate_name(graph.edge_predicate(edge)))) != std::string::npos);
  }
  CHECK(read.output.find("node sons population 5000000000\n") != std::string::npos);
  CHECK(read.output.find("edge r0 ziyoev sons weight 2\n") != std::string::npos);
}

TEST_CASE("Neo4j CSV quotes hostile names so that a CSV reader gets them back whole", "[export]") {
  TempDir dir;
  const auto folder = export_to(dir, hostile_case(), "neo4j", options_for(io::ExportFormat::neo4j_csv));
  check_golden("export/hostile.neo4j/nodes.csv", read_file(folder / "nodes.csv"));
  check_golden("export/hostile.neo4j/relationships.csv", read_file(folder / "relationships.csv"));
  require_checker(have_program("/usr/bin/python3"), "/usr/bin/python3");
  const Command read = run_checker("read_neo4j_csv.py", folder);
  REQUIRE(read.status == 0);
  CHECK(read.output.find("node amp label \"Tom & \\\"Jerry\\\" <b>'s</b>\"\n") != std::string::npos);
  CHECK(read.output.find("node amp note__with__quotes_ \"a,b\\n\\\"c\\\"\"\n") != std::string::npos);
}

TEST_CASE("Neo4j CSV carries computed node attributes as typed columns", "[export]") {
  require_checker(have_program("/usr/bin/python3"), "/usr/bin/python3");
  TempDir dir;
  const auto folder = export_to(dir, small_case(), "neo4j", with_measures(options_for(io::ExportFormat::neo4j_csv)));
  const std::string nodes = read_file(folder / "nodes.csv");
  check_golden("export/small.measures.neo4j/nodes.csv", nodes);
  CHECK(nodes.find("pagerank:double,community:int") != std::string::npos);
  const Command read = run_checker("read_neo4j_csv.py", folder);
  REQUIRE(read.status == 0);
  INFO(read.output);
  CHECK(read.output.find("node ziyoev pagerank 0.4\n") != std::string::npos);
  CHECK(read.output.find("node imu community 1\n") != std::string::npos);
  CHECK(read.output.find("node boat community") == std::string::npos);
}

}  // namespace kg::test

namespace kg::test {
namespace {

// A type with neo4j-admin's default delimiter in it, and aliases and quotes that hold `;` and a newline.
graph::Graph delimiter_case() {
  graph::GraphBuilder builder;
  const std::uint32_t file = builder.add_file("delimiters.json");
  builder.add_entity({.id = "front",
                      .type = "Org;Front",
                      .name = "The Front",
                      .aliases = {"Front; the",
                                  "F\x1f"
                                  "F"},
                      .at = {file, 1, 1}});
  builder.add_entity({.id = "b", .type = "Person", .name = "B", .at = {file, 2, 1}});
  builder.add_fact({.subject = {.text = "front", .declared = {}, .at = {file, 3, 1}},
                    .predicate = "employs",
                    .object = {.text = "b", .declared = {}, .at = {file, 3, 9}},
                    .source = "",
                    .date = {},
                    .confidence = std::nullopt,
                    .quote = "first; second\nline",
                    .props = {},
                    .at = {file, 3, 1}});
  return builder.build();
}

}  // namespace

TEST_CASE(
    "Neo4j CSV lists are string array columns split on U+001F, which also keeps a type with a semicolon, one label",
    "[export]") {
  TempDir dir;
  std::vector<std::string> warnings;
  const auto folder = export_to(dir, delimiter_case(), "neo4j", options_for(io::ExportFormat::neo4j_csv, &warnings));
  const std::string nodes = read_file(folder / "nodes.csv");
  CHECK(nodes.rfind("entity_id:ID,:LABEL,label,name,type,aliases:string[]\n", 0) == 0);
  CHECK(nodes.find("\"front\",\"Org;Front\",\"The Front\",\"The Front\",\"Org;Front\",\"Front; the\x1f"
                   "F\xEF\xBF\xBD"
                   "F\"\n") != std::string::npos);  // a delimiter inside an alias is replaced
  CHECK(read_file(folder / "relationships.csv").find(",quotes:string[]") != std::string::npos);
  require_checker(have_program("/usr/bin/python3"), "/usr/bin/python3");
  const Command read = run_checker("read_neo4j_csv.py", folder);
  REQUIRE(read.status == 0);
  CHECK(read.output.find("node front aliases [\"Front; the\", \"F\xEF\xBF\xBD"
                         "F\"]\n") != std::string::npos);
  CHECK(read.output.find("edge r0 front b quotes [\"first; second\\nline\"]\n") != std::string::npos);
}

TEST_CASE("Kuzu loads the Neo4j CSV with COPY FROM, lists split with string_split", "[export]") {
  TempDir dir;
  const graph::Graph graph = delimiter_case();
  const auto folder = export_to(dir, graph, "neo4j", options_for(io::ExportFormat::neo4j_csv));
  const Command load = run_command(fmt::format("'{}' '{}' '{}' '{}'", (source_dir() / "bench/kuzu/run").string(),
                                               (source_dir() / "tests/export/load_kuzu.js").string(), folder.string(),
                                               (dir / "kuzu").string()));
  INFO(load.output);
  if (load.status == 3) FAIL("node or npm is missing (scripts/setup installs them): Kuzu cannot load the files");
  REQUIRE(load.status == 0);
  CHECK(load.output.find("nodes 2\nedges 1\n") != std::string::npos);
  CHECK(load.output.find("node front \"Org;Front\" \"Org;Front\" [\"Front; the\",\"F\xEF\xBF\xBD"
                         "F\"]\n") != std::string::npos);
}

}  // namespace kg::test
