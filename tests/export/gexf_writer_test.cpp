#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "export_fixtures.h"
#include "export_summary.h"
#include "kg/ingest/gexf_reader.h"

namespace kg::test {
namespace {

graph::Graph read_back(const std::filesystem::path& file) {
  graph::GraphBuilder builder;
  ingest::read_gexf_file(file, builder);
  return builder.build();
}

}  // namespace

TEST_CASE("GEXF of a small case matches its golden file and validates against the GEXF 1.3 RelaxNG", "[export]") {
  TempDir dir;
  const auto path = export_to(dir, small_case(), "small.gexf", options_for(io::ExportFormat::gexf));
  const std::string text = read_file(path);
  check_golden("export/small.gexf", text);
  check_schema(path, "gexf.rng");
  CHECK(text.find("xsi:schemaLocation") == std::string::npos);
}

TEST_CASE("GEXF edges appear on the first day they were stated and nodes with their first edge", "[export]") {
  TempDir dir;
  const std::string text = read_file(export_to(dir, small_case(), "small.gexf", options_for(io::ExportFormat::gexf)));
  CHECK(text.find("mode=\"dynamic\" timeformat=\"date\"") != std::string::npos);
  // father_of is stated for 2010-08 and 2010-08-23: it appears on 2010-08-01, and so does Ziyoev, its only edge.
  const auto father = text.find("<edge id=\"e0\"");
  REQUIRE(father != std::string::npos);
  CHECK(text.find("<spells><spell start=\"2010-08-01\"/></spells>", father) < text.find("</edge>", father));
  const auto ziyoev = text.find("<node id=\"n0\"");
  CHECK(text.find("<spell start=\"2010-08-01\"/>", ziyoev) < text.find("</node>", ziyoev));
  // The sons have an undated edge (headed_for), so they are always there; so is the isolated boat.
  for (const std::string node : {"n1", "n4"}) {
    const auto at = text.find("<node id=\"" + node + "\"");
    CHECK(text.find("<spells>", at) > text.find("</node>", at));
  }
}

TEST_CASE("GEXF colours nodes by type and sizes them by degree", "[export]") {
  TempDir dir;
  const std::string text = read_file(export_to(dir, small_case(), "small.gexf", options_for(io::ExportFormat::gexf)));
  const auto node = [&](const std::string& id) {
    const auto at = text.find("<node id=\"" + id + "\"");
    return text.substr(at, text.find("</node>", at) - at);
  };
  CHECK(node("n0").find("<viz:color r=\"230\" g=\"159\" b=\"0\"/>") != std::string::npos);   // Person: orange
  CHECK(node("n4").find("<viz:color r=\"86\" g=\"180\" b=\"233\"/>") != std::string::npos);  // Vessel: sky blue
  CHECK(node("n4").find("<viz:size value=\"10.00\"/>") != std::string::npos);                // no edges
  CHECK(node("n1").find("<viz:size value=\"18.66\"/>") != std::string::npos);                // 3 edges
}

TEST_CASE("NetworkX reads the GEXF with the graph's nodes, edges, labels and kinds", "[export]") {
  require_checker(have_python_module("networkx"), "NetworkX for /usr/bin/python3");
  TempDir dir;
  const graph::Graph graph = small_case();
  const Command read =
      run_checker("read_gexf.py", export_to(dir, graph, "small.gexf", options_for(io::ExportFormat::gexf)));
  REQUIRE(read.status == 0);
  INFO(read.output);
  CHECK(read.output.rfind(fmt::format("nodes {}\nedges {}\n", graph.node_count(), graph.edge_count()), 0) == 0);
  for (std::uint32_t n = 0; n < graph.node_count(); ++n) {
    CHECK(read.output.find(fmt::format("node n{} label \"{}\"\n", n, graph.node_name(graph::NodeId{n}))) !=
          std::string::npos);
  }
  for (std::uint32_t e = 0; e < graph.edge_count(); ++e) {
    const graph::EdgeId edge{e};
    CHECK(read.output.find(fmt::format("edge e{} n{} n{} label \"{}\"\n", e, graph.edge_source(edge).value,
                                       graph.edge_target(edge).value,
                                       graph.predicate_name(graph.edge_predicate(edge)))) != std::string::npos);
  }
  CHECK(read.output.find("edge e0 n0 n1 weight 2\n") != std::string::npos);
  CHECK(read.output.find("node n1 population 5000000000\n") != std::string::npos);
  CHECK(read.output.find("node n0 first_name \"Mirzo\"\n") != std::string::npos);
}

TEST_CASE("GEXF of hostile names validates and NetworkX reads their labels", "[export]") {
  TempDir dir;
  const auto path = export_to(dir, hostile_case(), "hostile.gexf", options_for(io::ExportFormat::gexf));
  check_golden("export/hostile.gexf", read_file(path));
  check_schema(path, "gexf.rng");
  require_checker(have_python_module("networkx"), "NetworkX for /usr/bin/python3");
  const Command read = run_checker("read_gexf.py", path);
  REQUIRE(read.status == 0);
  CHECK(read.output.find("node n0 label \"Tom & \\\"Jerry\\\" <b>'s</b>\"\n") != std::string::npos);
  CHECK(read.output.find("node n3 label \"\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D \xD8\xB3\xD9\x84\xD8\xA7\xD9\x85\"\n") !=
        std::string::npos);
}

TEST_CASE("kg builds its own GEXF back: the same nodes, edges, types, properties and provenance summary", "[export]") {
  TempDir dir;
  const std::vector<graph::Graph> graphs = round_trip_graphs();
  for (std::size_t i = 0; i < graphs.size(); ++i) {
    INFO("graph " << i);
    const auto file = export_to(dir, graphs[i], "again.gexf", options_for(io::ExportFormat::gexf));
    CHECK(exported_summary(read_back(file)) == exported_summary(graphs[i], true));
  }
}

TEST_CASE("What GEXF cannot carry back: renamed keys, one kind per key and lists split at semicolons", "[export]") {
  TempDir dir;
  const auto file = export_to(dir, lossy_case(), "lossy.gexf", options_for(io::ExportFormat::gexf));
  CHECK(exported_summary(read_back(file)) ==
        "node a \"A; B\" Entity [x; y] {first_name=\"Ana\", n=2d}\n"
        "node b \"b\" Entity [] {n=2.5d}\n");
}

TEST_CASE("GEXF carries computed node attributes that NetworkX reads typed, for Gephi to size and colour by",
          "[export]") {
  require_checker(have_python_module("networkx"), "NetworkX for /usr/bin/python3");
  TempDir dir;
  const auto path = export_to(dir, small_case(), "small.gexf", with_measures(options_for(io::ExportFormat::gexf)));
  const std::string text = read_file(path);
  check_golden("export/small.measures.gexf", text);
  check_schema(path, "gexf.rng");
  CHECK(text.find("<attribute id=\"pagerank\" title=\"pagerank\" type=\"double\"/>") != std::string::npos);
  CHECK(text.find("<attribute id=\"community\" title=\"community\" type=\"integer\"/>") != std::string::npos);
  const Command read = run_checker("read_gexf.py", path);
  REQUIRE(read.status == 0);
  INFO(read.output);
  CHECK(read.output.find("node n1 pagerank 0.25\n") != std::string::npos);
  CHECK(read.output.find("node n2 community 1\n") != std::string::npos);
  CHECK(read.output.find("node n4 community") == std::string::npos);
}

}  // namespace kg::test

namespace kg::test {

TEST_CASE("GEXF 1.2draft is the same graph in the 1.2draft namespace, read by the NetworkX Debian ships", "[export]") {
  TempDir dir;
  io::ExportOptions options = options_for(io::ExportFormat::gexf);
  options.gexf_version = io::GexfVersion::v1_2draft;
  const auto draft = export_to(dir, small_case(), "small.1.2.gexf", options);
  const std::string text = read_file(draft);
  CHECK(text.find("<gexf xmlns=\"http://www.gexf.net/1.2draft\" xmlns:viz=\"http://www.gexf.net/1.2draft/viz\" "
                  "version=\"1.2\">") != std::string::npos);
  const std::string current =
      read_file(export_to(dir, small_case(), "small.gexf", options_for(io::ExportFormat::gexf)));
  CHECK(text.substr(text.find("<meta>")) == current.substr(current.find("<meta>")));
  require_checker(have_python_module("networkx"), "NetworkX for /usr/bin/python3");
  const Command version = run_command("/usr/bin/python3 -c 'import networkx; print(networkx.__version__)'");
  INFO("NetworkX " << version.output);
  // No namespace registration: nx.read_gexf(path) with its default version, 1.2draft.
  const Command read = run_checker("read_gexf.py", draft);
  REQUIRE(read.status == 0);
  CHECK(read.output == run_checker("read_gexf.py", dir / "small.gexf").output);
  CHECK(read.output.find("edge e0 n0 n1 weight 2\n") != std::string::npos);
}

}  // namespace kg::test
