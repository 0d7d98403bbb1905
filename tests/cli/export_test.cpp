// `kg export` end to end on the example case (examples/tajikistan-2010): one golden file per format.
#include <catch2/catch.hpp>

#include <sstream>
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
  CHECK(neo4j.err.find("--array-delimiter=U+001F --multiline-fields=true") != std::string::npos);  // how to import
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
  CHECK(networkx.output.find("node mirzo-ziyoev label \"Mirzo Ziyoev\"\n") != std::string::npos);
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
  CHECK(text.find("<data key=\"k3\">Event</data>") == std::string::npos);
  CHECK(text.find("<data key=\"k3\">Person</data>") != std::string::npos);
  CHECK(text.find("label=\"father_of\">") != std::string::npos);
  // Names of formats and flavours in any case, as every other --format takes them.
  const auto upper = dir / "people.xml";
  const RunResult named = run_kg(fmt::format(
      "export '{}' -o '{}' --format GraphML --flavour Gephi --types Person,Group -q", graph.string(), upper.string()));
  INFO(named.err);
  CHECK(named.status == 0);
  CHECK(read_file(upper).find("label=\"father_of\">") != std::string::npos);
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

TEST_CASE("kg export and --export refuse to write over the graph file they read", "[export]") {
  TempDir dir;
  const auto graph = build_example(dir);
  const std::string before = read_file(graph);
  std::filesystem::create_symlink(graph, dir / "case.gexf");
  const std::string expected = "kg: error: the output " + (dir / "case.gexf").string() + " is the input " +
                               graph.string() +
                               " (the same file): kg would replace what it reads; write the output to another file\n";
  const RunResult exported = run_kg(fmt::format("export '{}' -o '{}'", graph.string(), (dir / "case.gexf").string()));
  CHECK(exported.status == 2);
  CHECK(exported.err == expected);
  const RunResult path =
      run_kg(fmt::format("path '{}' Akhmedov Ziyoev --export '{}'", graph.string(), (dir / "case.gexf").string()));
  CHECK(path.status == 2);
  CHECK(path.err == expected);
  CHECK(read_file(graph) == before);
  CHECK(std::filesystem::is_symlink(dir / "case.gexf"));
}

}  // namespace kg::test

TEST_CASE("kg export --format facts, then kg build, gives back the example's graph file byte for byte", "[cli]") {
  kg::test::TempDir dir;
  const auto graph = kg::test::source_dir() / "examples/tajikistan-2010/case.json";
  REQUIRE(kg::test::run_kg(fmt::format("build '{}' -o '{}' -q", graph.string(), (dir / "a.kg").string())).status == 0);
  const kg::test::RunResult exported = kg::test::run_kg(
      fmt::format("export '{}' --format facts -o '{}'", (dir / "a.kg").string(), (dir / "case.jsonl").string()));
  INFO(exported.err);
  REQUIRE(exported.status == 0);
  const kg::test::RunResult rebuilt =
      kg::test::run_kg(fmt::format("build '{}' -o '{}'", (dir / "case.jsonl").string(), (dir / "b.kg").string()));
  INFO(rebuilt.err);
  REQUIRE(rebuilt.status == 0);
  CHECK(rebuilt.err.find("warning") == std::string::npos);
  CHECK(kg::test::read_file(dir / "a.kg") == kg::test::read_file(dir / "b.kg"));
  for (const std::string name : {"case.graphml", "case.gexf"}) {  // kg reads its own GraphML and GEXF too
    INFO(name);
    REQUIRE(kg::test::run_kg(fmt::format("export '{}' -o '{}' -q", (dir / "a.kg").string(), (dir / name).string()))
                .status == 0);
    const kg::test::RunResult again =
        kg::test::run_kg(fmt::format("build '{}' -o '{}'", (dir / name).string(), (dir / "c.kg").string()));
    CHECK(again.status == 0);
    CHECK(again.err == fmt::format("kg: wrote {}: 44 nodes, 70 edges from 74 facts\n", (dir / "c.kg").string()));
  }
}

namespace kg::test {

TEST_CASE("kg export --gexf-version 1.2 writes GEXF 1.2draft and refuses other formats", "[cli]") {
  TempDir dir;
  const auto graph = build_example(dir);
  const RunResult run =
      run_kg(fmt::format("export '{}' -o '{}' --gexf-version 1.2 -q", graph.string(), (dir / "case.gexf").string()));
  REQUIRE(run.status == 0);
  CHECK(read_file(dir / "case.gexf").find("xmlns=\"http://www.gexf.net/1.2draft\"") != std::string::npos);
  const RunResult graphml =
      run_kg(fmt::format("export '{}' -o '{}' --gexf-version 1.2", graph.string(), (dir / "case.graphml").string()));
  CHECK(graphml.status == 2);
  CHECK(graphml.err.find("--gexf-version applies to GEXF only") != std::string::npos);
  const RunResult bad =
      run_kg(fmt::format("export '{}' -o '{}' --gexf-version 1.1", graph.string(), (dir / "case.gexf").string()));
  CHECK(bad.status == 2);
}

}  // namespace kg::test

namespace kg::test {

TEST_CASE("kg export -o - writes the export to standard output, and - is refused where no stream can take it",
          "[cli]") {
  TempDir dir;
  const auto graph = build_example(dir);
  for (const std::string format : {"graphml", "gexf", "dot", "cytoscape", "facts"}) {
    const RunResult piped = run_kg(fmt::format("export '{}' -o - --format {}", graph.string(), format));
    INFO(format << ": " << piped.err);
    REQUIRE(piped.status == 0);
    const auto file = dir / ("case." + format);
    REQUIRE(run_kg(fmt::format("export '{}' -o '{}' --format {} -q", graph.string(), file.string(), format)).status ==
            0);
    CHECK(piped.out == read_file(file));
    CHECK(piped.err == "kg: wrote standard output: 44 nodes, 70 edges\n");
  }
  CHECK_FALSE(std::filesystem::exists(std::filesystem::current_path() / "-"));
  const RunResult no_format = run_kg(fmt::format("export '{}' -o -", graph.string()));
  CHECK(no_format.status == 2);
  CHECK(no_format.err ==
        "kg: error: -o - writes to standard output: give --format (graphml, gexf, dot, cytoscape, "
        "neo4j-csv or facts)\n");
  const RunResult neo4j = run_kg(fmt::format("export '{}' -o - --format neo4j-csv", graph.string()));
  CHECK(neo4j.status == 2);
  CHECK(neo4j.err.find("cannot go to standard output") != std::string::npos);
  const RunResult build =
      run_kg(fmt::format("build '{}' -o -", (source_dir() / "examples/tajikistan-2010/case.json").string()));
  CHECK(build.status == 2);
  CHECK(build.out.empty());
  CHECK(build.err.find("a graph file cannot go to standard output") != std::string::npos);
  const RunResult path = run_kg(fmt::format("path '{}' 'Mirzo Ziyoev' 'Abdullo Rahimov' --export -", graph.string()));
  CHECK(path.status == 2);
  CHECK(path.out.empty());
  CHECK(path.err.find("--export - would mix the subgraph with the listing") != std::string::npos);
}

TEST_CASE("kg export --with writes measures computed over the exported graph as typed node attributes", "[cli]") {
  require_checker(have_python_module("networkx"), "NetworkX for /usr/bin/python3");
  TempDir dir;
  const auto graph = build_example(dir);
  const auto out = dir / "case.gexf";
  const RunResult run =
      run_kg(fmt::format("export '{}' -o '{}' --with pagerank,betweenness,community,component,coreness "
                         "--direction out",
                         graph.string(), out.string()));
  INFO(run.err);
  REQUIRE(run.status == 0);
  const std::string text = read_file(out);
  check_schema(out, "gexf.rng");
  for (const std::string line : {"<attribute id=\"pagerank\" title=\"pagerank\" type=\"double\"/>",
                                 "<attribute id=\"betweenness\" title=\"betweenness\" type=\"double\"/>",
                                 "<attribute id=\"community\" title=\"community\" type=\"integer\"/>",
                                 "<attribute id=\"component\" title=\"component\" type=\"integer\"/>",
                                 "<attribute id=\"coreness\" title=\"coreness\" type=\"integer\"/>"}) {
    CHECK(text.find(line) != std::string::npos);
  }
  // The values are kg rank's, node for node, and PageRank sums to 1.
  const RunResult rank =
      run_kg(fmt::format("rank '{}' --by pagerank --direction out --top 0 --format csv", graph.string()));
  REQUIRE(rank.status == 0);
  const auto graphml = dir / "case.graphml";  // GraphML's node ids are the entity ids
  REQUIRE(
      run_kg(fmt::format("export '{}' -o '{}' --with pagerank --direction out -q", graph.string(), graphml.string()))
          .status == 0);
  const Command read = run_checker("read_graphml.py", graphml);
  REQUIRE(read.status == 0);
  double sum = 0;
  std::size_t ranked = 0;
  std::istringstream rows(rank.out);
  std::string row;
  std::getline(rows, row);  // header
  while (std::getline(rows, row)) {
    const auto first = row.find(',');
    const auto second = row.find(',', first + 1);
    const std::string id = row.substr(first + 1, second - first - 1);
    const double value = std::stod(row.substr(row.rfind(',') + 1));
    sum += value;
    ++ranked;
    const auto at = read.output.find("node " + id + " pagerank ");
    REQUIRE(at != std::string::npos);
    CHECK(std::stod(read.output.substr(at + id.size() + 15)) == Approx(value).epsilon(1e-12));
  }
  CHECK(ranked == 44);
  CHECK(sum == Approx(1.0).epsilon(1e-9));

  // Over a filtered export the measures see only what is exported: one community and component per person group.
  const auto people = dir / "people.graphml";
  REQUIRE(run_kg(fmt::format("export '{}' -o '{}' --types Person --with component,degree -q", graph.string(),
                             people.string()))
              .status == 0);
  const std::string filtered = read_file(people);
  CHECK(filtered.find("attr.name=\"component\" attr.type=\"int\"") != std::string::npos);
  CHECK(filtered.find("attr.name=\"degree\" attr.type=\"double\"") != std::string::npos);
  check_schema(people, "graphml.xsd");

  const RunResult unknown =
      run_kg(fmt::format("export '{}' -o '{}' --with fame", graph.string(), (dir / "x.gexf").string()));
  CHECK(unknown.status == 2);
  CHECK(unknown.err.find("--with") != std::string::npos);
  CHECK_FALSE(std::filesystem::exists(dir / "x.gexf"));
}

}  // namespace kg::test
