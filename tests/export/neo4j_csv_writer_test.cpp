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
  if (!have_program("/usr/bin/python3")) return;
  const Command read = run_checker("read_neo4j_csv.py", folder);
  REQUIRE(read.status == 0);
  CHECK(read.output.find("node amp label \"Tom & \\\"Jerry\\\" <b>'s</b>\"\n") != std::string::npos);
  CHECK(read.output.find("node amp note__with__quotes_ \"a,b\\n\\\"c\\\"\"\n") != std::string::npos);
}

}  // namespace kg::test
