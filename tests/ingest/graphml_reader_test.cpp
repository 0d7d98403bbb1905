#include "kg/ingest/graphml_reader.h"

#include <catch2/catch.hpp>
#include <string>

#include "reader_test_support.h"
#include "support/test_support.h"

using kg::graph::GraphBuilder;
using kg::ingest::read_graphml;
using kg::ingest::test::graph_text;

namespace {

std::string read_text(std::string_view text, kg::ingest::ReadOptions options = {}) {
  GraphBuilder builder;
  read_graphml(text, "in.graphml", builder, options);
  return graph_text(builder.build());
}

std::string read_error(std::string_view text) { return kg::ingest::test::read_error(read_graphml, text, "in.graphml"); }

constexpr std::string_view kHeader =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n";

}  // namespace

TEST_CASE("GraphML nodes become entities and edges facts, typed by their keys, with defaults", "[ingest]") {
  CHECK(read_text(
            std::string(kHeader) +
            "  <key id=\"d0\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>\n"
            "  <key id=\"d1\" for=\"node\" attr.name=\"type\" attr.type=\"string\"/>\n"
            "  <key id=\"d2\" for=\"node\" attr.name=\"age\" attr.type=\"int\"/>\n"
            "  <key id=\"d3\" for=\"node\" attr.name=\"alive\" attr.type=\"boolean\">\n"
            "    <default>true</default>\n"
            "  </key>\n"
            "  <key id=\"d4\" for=\"edge\" attr.name=\"label\" attr.type=\"string\"/>\n"
            "  <key id=\"d5\" for=\"all\" attr.name=\"score\" attr.type=\"double\"/>\n"
            "  <key id=\"d6\" for=\"graph\" attr.name=\"name\" attr.type=\"string\"/>\n"
            "  <graph id=\"G\" edgedefault=\"directed\">\n"
            "    <data key=\"d6\">a graph</data>\n"
            "    <node id=\"ana\"><data key=\"d0\">Ana L\xC3\xB3pez</data><data key=\"d1\">Person</data>\n"
            "      <data key=\"d2\"> 41 </data><data key=\"d5\">0.25</data></node>\n"
            "    <node id=\"bank\"><data key=\"d3\">False</data><data key=\"d5\">NaN</data></node>\n"
            "    <edge source=\"ana\" target=\"bank\"><data key=\"d4\">owns</data><data key=\"d5\">1e3</data></edge>\n"
            "    <edge id=\"x\" source=\"ana\" target=\"bank\"><data key=\"d4\">owns</data></edge>\n"
            "    <edge source=\"bank\" target=\"carl\"/>\n"
            "  </graph>\n"
            "</graphml>\n") ==
        "node ana \"Ana L\xC3\xB3pez\" Person {age=41, alive=true, score=0.25d}\n"
        "node bank \"bank\" Entity {alive=false}\n"
        "node carl \"carl\" Entity\n"
        "edge ana -owns-> bank {score=1000d}\n"
        "  from -\n"
        "  from -\n"
        "edge bank -related_to-> carl\n"
        "  from -\n");
}

TEST_CASE("A GraphML name equal to the label is the name only, a different one stays a property", "[ingest]") {
  CHECK(read_text(std::string(kHeader) +
                  "  <key id=\"l\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>\n"
                  "  <key id=\"n\" for=\"node\" attr.name=\"name\" attr.type=\"string\"/>\n"
                  "  <graph edgedefault=\"directed\">\n"
                  "    <node id=\"a\"><data key=\"l\">Ana</data><data key=\"n\">Ana</data></node>\n"
                  "    <node id=\"b\"><data key=\"l\">Bo</data><data key=\"n\">Robert</data></node>\n"
                  "    <node id=\"c\"><data key=\"n\">Carl</data></node>\n"
                  "  </graph>\n"
                  "</graphml>\n") ==
        "node a \"Ana\" Entity\n"
        "node b \"Bo\" Entity {name=\"Robert\"}\n"
        "node c \"Carl\" Entity\n");
}

TEST_CASE("GraphML without namespaces, undirected, with yEd drawings, ports and nested graphs is read", "[ingest]") {
  kg::ingest::test::Warnings warnings;
  CHECK(read_text("<graphml xmlns:y=\"http://www.yworks.com/xml/graphml\">\n"
                  "  <key id=\"g\" for=\"node\" yfiles.type=\"nodegraphics\"/>\n"
                  "  <key id=\"n\" for=\"node\" attr.name=\"name\"/>\n"
                  "  <graph edgedefault=\"undirected\">\n"
                  "    <node id=\"a\"><data key=\"n\">A</data><data key=\"g\"><y:ShapeNode/></data><port name=\"p\"/>\n"
                  "      <graph id=\"inner\"><node id=\"b\"/></graph>\n"
                  "    </node>\n"
                  "    <edge source=\"b\" target=\"a\" sourceport=\"p\"/>\n"
                  "    <hyperedge><endpoint node=\"a\"/><endpoint node=\"b\"/></hyperedge>\n"
                  "  </graph>\n"
                  "</graphml>\n",
                  warnings.options()) ==
        "node a \"A\" Entity\n"
        "node b \"b\" Entity\n"
        "edge b -related_to-> a\n"
        "  from -\n");
  CHECK(warnings.list == std::vector<std::string>{
                             "in.graphml:6:7: graphs nested in nodes are read as part of the one graph (reported once "
                             "per file)",
                             "in.graphml:9:5: hyperedges are not read (reported once per file)",
                         });
}

TEST_CASE("kg's provenance summary on a GraphML edge becomes statements", "[ingest]") {
  CHECK(read_text(std::string(kHeader) +
                  "  <key id=\"e\" for=\"node\" attr.name=\"entity_id\"/>\n"
                  "  <key id=\"p\" for=\"edge\" attr.name=\"predicate\"/>\n"
                  "  <key id=\"w\" for=\"edge\" attr.name=\"weight\" attr.type=\"int\"/>\n"
                  "  <key id=\"c\" for=\"edge\" attr.name=\"confidence\" attr.type=\"double\"/>\n"
                  "  <key id=\"f\" for=\"edge\" attr.name=\"first_date\"/>\n"
                  "  <key id=\"l\" for=\"edge\" attr.name=\"last_date\"/>\n"
                  "  <key id=\"s\" for=\"edge\" attr.name=\"sources\"/>\n"
                  "  <key id=\"q\" for=\"edge\" attr.name=\"quotes\"/>\n"
                  "  <graph edgedefault=\"directed\">\n"
                  "    <edge source=\"n1\" target=\"n0\"><data key=\"p\">pays</data><data key=\"w\">3</data>\n"
                  "      <data key=\"c\">0.5</data><data key=\"f\">2009</data><data key=\"l\">2010-08-23</data>\n"
                  "      <data key=\"s\">a; b; c</data><data key=\"q\">one; two</data></edge>\n"
                  "    <node id=\"n0\"><data key=\"e\">bank</data></node>\n"
                  "    <node id=\"n1\"><data key=\"e\">ana</data></node>\n"
                  "  </graph>\n"
                  "</graphml>\n") ==
        "node ana \"ana\" Entity\n"
        "node bank \"bank\" Entity\n"
        "edge ana -pays-> bank\n"
        "  from a 2009 c=0.5 \"one\"\n"
        "  from b 2010-08-23 \"two\"\n"
        "  from c\n"
        "source a \"\"  \n"
        "source b \"\"  \n"
        "source c \"\"  \n");
}

TEST_CASE("Bad GraphML names the element, the key or the value and what was expected", "[ingest]") {
  CHECK(read_error("<gexf/>") ==
        "in.graphml:1:1: expected <graphml> as the root element, got <gexf> (a GEXF file: "
        "name it .gexf)");
  CHECK(read_error("<graphml><graph><node/></graph></graphml>") ==
        "in.graphml:1:17: expected a non-empty \"id\" attribute on <node>");
  CHECK(read_error("<graphml><graph><edge source=\"a\"/></graph></graphml>") ==
        "in.graphml:1:17: expected a non-empty \"target\" attribute on <edge>");
  CHECK(read_error("<graphml><graph><node id=\"a\">\n  <data key=\"d9\">x</data></node></graph></graphml>") ==
        "in.graphml:2:14: unknown key \"d9\": declare it with <key id=\"d9\" ...> before the graph");
  CHECK(read_error("<graphml><key id=\"d0\" for=\"node\" attr.name=\"age\" attr.type=\"int\"/><graph>\n"
                   "<node id=\"a\"><data key=\"d0\">forty</data></node></graph></graphml>") ==
        "in.graphml:2:29: expected an integer for key \"d0\" (\"age\"), got \"forty\"");
  CHECK(read_error("<graphml><key id=\"d0\" attr.type=\"list\"/></graphml>") ==
        "in.graphml:1:34: expected attr.type boolean, int, long, float, double or string, got \"list\"");
  CHECK(read_error("<graphml><key id=\"d0\" attr.type=\"boolean\"><default>maybe</default></key></graphml>") ==
        "in.graphml:1:52: expected a boolean (true or false) for the default of key \"d0\", got \"maybe\"");
  CHECK(read_error("<graphml><key id=\"c\" for=\"edge\" attr.name=\"confidence\" attr.type=\"double\"/><graph>"
                   "<edge source=\"a\" target=\"b\"><data key=\"c\">1.5</data></edge></graph></graphml>") ==
        "in.graphml:1:125: \"confidence\" must be a number from 0 to 1, got \"1.5\"");
  CHECK(read_error("<graphml><key id=\"d\" for=\"node\" attr.name=\"x\"/><graph>"
                   "<edge source=\"a\" target=\"b\"><data key=\"d\">1</data></edge></graph></graphml>") ==
        "in.graphml:1:83: key \"d\" is declared for nodes, not edges");
}

TEST_CASE("GraphML as NetworkX and igraph write it gives the same graph, node for node and edge for edge", "[ingest]") {
  const kg::test::TempDir dir;
  for (const std::string writer : {"networkx-graphml", "igraph-graphml"}) {
    for (const std::string graph_case : {"karate", "florentine", "multigraph"}) {
      INFO(writer << " " << graph_case);
      const auto file = dir / (writer + "-" + graph_case + ".graphml");
      const std::string expected = kg::ingest::test::write_foreign_graph(writer, graph_case, file);
      GraphBuilder builder;
      kg::ingest::read_graphml_file(file, builder);
      CHECK(kg::ingest::test::foreign_graph_text(builder.build(), expected.starts_with("directed")) == expected);
    }
  }
}
