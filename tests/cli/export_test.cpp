// `kg export` end to end on the example case (examples/tajikistan-2010): one golden file per format.
#include <catch2/catch.hpp>

#include <string>

#include "export/export_fixtures.h"

namespace kg::test {
namespace {

std::filesystem::path build_example(const TempDir& dir) {
  const auto graph = dir / "case.kg";
  const RunResult build = run_kg(fmt::format(
      "build '{}' -o '{}' --quiet", (source_dir() / "examples/tajikistan-2010/case.json").string(), graph.string()));
  INFO(build.err);
  REQUIRE(build.status == 0);
  return graph;
}

}  // namespace

TEST_CASE("kg export writes the example case in every format, each matching its golden file", "[cli]") {
  TempDir dir;
  const auto graph = build_example(dir);
  for (const std::string name : {"case.graphml", "case.gexf", "case.dot", "case.cyjs"}) {
    const RunResult run = run_kg(fmt::format("export '{}' -o '{}'", graph.string(), (dir / name).string()));
    INFO(name << ": " << run.err);
    REQUIRE(run.status == 0);
    CHECK(run.err.find("nodes,") != std::string::npos);
    check_golden("export/tajikistan-2010/" + name, read_file(dir / name));
  }
  check_schema(dir / "case.graphml", "graphml.xsd");
  check_schema(dir / "case.gexf", "gexf.rng");
  const RunResult neo4j =
      run_kg(fmt::format("export '{}' --format neo4j-csv -o '{}'", graph.string(), (dir / "neo4j").string()));
  REQUIRE(neo4j.status == 0);
  check_golden("export/tajikistan-2010/neo4j/nodes.csv", read_file(dir / "neo4j/nodes.csv"));
  check_golden("export/tajikistan-2010/neo4j/relationships.csv", read_file(dir / "neo4j/relationships.csv"));
}

TEST_CASE("NetworkX and igraph read the example case's GraphML alike", "[cli]") {
  require_checker(have_python_module("networkx") && have_python_module("igraph"),
                  "NetworkX or igraph for /usr/bin/python3");
  TempDir dir;
  const auto graph = build_example(dir);
  REQUIRE(run_kg(fmt::format("export '{}' -o '{}' -q", graph.string(), (dir / "case.graphml").string())).status == 0);
  const Command networkx = run_checker("read_graphml.py", dir / "case.graphml");
  const Command igraph = run_checker("read_graphml_igraph.py", dir / "case.graphml");
  REQUIRE(networkx.status == 0);
  CHECK(networkx.output == igraph.output);
  CHECK(networkx.output.find("node n0 label \"Mirzo Ziyoev\"\n") != std::string::npos);
}

TEST_CASE("kg export applies the query filters and the gephi flavour", "[cli]") {
  TempDir dir;
  const auto graph = build_example(dir);
  const auto out = dir / "people.graphml";
  const RunResult run =
      run_kg(fmt::format("export '{}' -o '{}' --types Person --types Group --min-confidence 0.8 "
                         "--flavour gephi",
                         graph.string(), out.string()));
  INFO(run.err);
  REQUIRE(run.status == 0);
  const std::string text = read_file(out);
  CHECK(text.find("<data key=\"d2\">Event</data>") == std::string::npos);
  CHECK(text.find("<data key=\"d2\">Person</data>") != std::string::npos);
  CHECK(text.find("label=\"father_of\">") != std::string::npos);
}

TEST_CASE("kg export rejects what it cannot do, with a message the user can act on", "[cli]") {
  TempDir dir;
  const auto graph = build_example(dir);
  const RunResult unknown = run_kg(fmt::format("export '{}' -o '{}'", graph.string(), (dir / "case.svg").string()));
  CHECK(unknown.status == 2);
  CHECK(unknown.err.find("cannot tell the export format from the file name") != std::string::npos);
  const RunResult flavour =
      run_kg(fmt::format("export '{}' -o '{}' --flavour gephi", graph.string(), (dir / "case.gexf").string()));
  CHECK(flavour.status == 2);
  CHECK(flavour.err.find("--flavour gephi applies to GraphML only") != std::string::npos);
  const RunResult type =
      run_kg(fmt::format("export '{}' -o '{}' --types Persn", graph.string(), (dir / "case.gexf").string()));
  CHECK(type.status == 2);
  CHECK_FALSE(std::filesystem::exists(dir / "case.gexf"));
}

}  // namespace kg::test
