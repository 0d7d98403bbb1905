#include "kg/ingest/gexf_reader.h"

#include <catch2/catch.hpp>
#include <string>

#include "reader_test_support.h"
#include "support/test_support.h"

using kg::graph::GraphBuilder;
using kg::ingest::read_gexf;
using kg::ingest::test::graph_text;

namespace {

std::string read_text(std::string_view text, kg::ingest::ReadOptions options = {}) {
  GraphBuilder builder;
  read_gexf(text, "in.gexf", builder, options);
  return graph_text(builder.build());
}

std::string read_error(std::string_view text) { return kg::ingest::test::read_error(read_gexf, text, "in.gexf"); }

}  // namespace

TEST_CASE("GEXF 1.2draft as Gephi saves it: attributes, defaults and viz become properties", "[ingest]") {
  CHECK(read_text("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                  "<gexf xmlns=\"http://www.gexf.net/1.2draft\" xmlns:viz=\"http://www.gexf.net/1.2draft/viz\" "
                  "version=\"1.2\">\n"
                  "  <meta lastmodifieddate=\"2024-01-01\"><creator>Gephi 0.10</creator></meta>\n"
                  "  <graph defaultedgetype=\"directed\" mode=\"static\">\n"
                  "    <attributes class=\"node\">\n"
                  "      <attribute id=\"0\" title=\"type\" type=\"string\"/>\n"
                  "      <attribute id=\"1\" title=\"members\" type=\"integer\"><default>0</default></attribute>\n"
                  "      <attribute id=\"2\" title=\"tags\" type=\"liststring\"/>\n"
                  "    </attributes>\n"
                  "    <attributes class=\"edge\">\n"
                  "      <attribute id=\"0\" title=\"role\" type=\"string\"/>\n"
                  "    </attributes>\n"
                  "    <nodes>\n"
                  "      <node id=\"1\" label=\"Islamic Movement\">\n"
                  "        <attvalues><attvalue for=\"0\" value=\"Organization\"/><attvalue for=\"1\" value=\"300\"/>\n"
                  "          <attvalue for=\"2\" value=\"[armed, banned]\"/></attvalues>\n"
                  "        <viz:color r=\"0\" g=\"114\" b=\"178\"/><viz:position x=\"-12.5\" y=\"3\" z=\"0.0\"/>"
                  "<viz:size value=\"20\"/>\n"
                  "      </node>\n"
                  "      <node id=\"2\" label=\"Mirzo\"><viz:shape value=\"disc\"/></node>\n"
                  "    </nodes>\n"
                  "    <edges>\n"
                  "      <edge id=\"0\" source=\"2\" target=\"1\" kind=\"commands\" label=\"commander\" weight=\"2\">\n"
                  "        <attvalues><attvalue for=\"0\" value=\"field commander\"/></attvalues>\n"
                  "        <viz:color r=\"255\" g=\"0\" b=\"0\" a=\"0.5\"/><viz:thickness value=\"4\"/>\n"
                  "      </edge>\n"
                  "    </edges>\n"
                  "  </graph>\n"
                  "</gexf>\n") ==
        "node 1 \"Islamic Movement\" Organization {members=300, tags=\"[armed, banned]\", viz_color=\"#0072b2\", "
        "viz_size=20d, viz_x=-12.5d, viz_y=3d, viz_z=0d}\n"
        "node 2 \"Mirzo\" Entity {members=0, viz_shape=\"disc\"}\n"
        "edge 2 -commands-> 1 {label=\"commander\", role=\"field commander\", viz_alpha=0.5d, viz_color=\"#ff0000\", "
        "viz_thickness=4d, weight=2d}\n"
        "  from -\n");
}

TEST_CASE("GEXF 1.3 spells date an edge's statements, other time formats stay properties", "[ingest]") {
  kg::ingest::test::Warnings warnings;
  CHECK(
      read_text("<gexf xmlns=\"http://gexf.net/1.3\" version=\"1.3\">\n"
                "  <graph mode=\"dynamic\" timeformat=\"date\">\n"
                "    <nodes><node id=\"a\" label=\"A\" start=\"2001-01-01\"/><node id=\"b\" label=\"B\"/></nodes>\n"
                "    <edges>\n"
                "      <edge source=\"a\" target=\"b\" label=\"met\">\n"
                "        <spells><spell start=\"2009-03-01\" end=\"2009-04-15\"/><spell start=\"2010-08\"/></spells>\n"
                "      </edge>\n"
                "      <edge source=\"b\" target=\"a\" label=\"called\" start=\"2010-08-22T10:30:00\"/>\n"
                "    </edges>\n"
                "  </graph>\n"
                "</gexf>\n",
                warnings.options()) ==
      "node a \"A\" Entity\n"
      "node b \"B\" Entity\n"
      "edge a -met-> b\n"
      "  from - 2009-03-01/2009-04-15\n"
      "  from - 2010-08/..\n"
      "edge b -called-> a\n"
      "  from - 2010-08-22/..\n");
  CHECK(warnings.list == std::vector<std::string>{"in.gexf:3:12: node start and end times are not read (kg dates "
                                                  "facts, not entities) (reported once per file)"});
  CHECK(read_text("<gexf><graph mode=\"dynamic\" timeformat=\"double\"><nodes><node id=\"a\"/></nodes>"
                  "<edges><edge source=\"a\" target=\"a\"><spells><spell start=\"1.5\" end=\"3\"/></spells>"
                  "</edge></edges></graph></gexf>") ==
        "node a \"a\" Entity\n"
        "edge a -related_to-> a {end=\"3\", start=\"1.5\"}\n"
        "  from -\n");
}

TEST_CASE("kg's own GEXF gives back ids, types, aliases and provenance, not its derived colours and sizes",
          "[ingest]") {
  CHECK(read_text(
            "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\" version=\"1.3\">\n"
            "  <meta><creator>kg</creator></meta>\n"
            "  <graph defaultedgetype=\"directed\" mode=\"dynamic\" timeformat=\"date\">\n"
            "    <attributes class=\"node\"><attribute id=\"entity_id\" title=\"entity_id\" type=\"string\"/>\n"
            "      <attribute id=\"type\" title=\"type\" type=\"string\"/>\n"
            "      <attribute id=\"aliases\" title=\"aliases\" type=\"string\"/>\n"
            "      <attribute id=\"first_name\" title=\"first name\" type=\"string\"/></attributes>\n"
            "    <attributes class=\"edge\"><attribute id=\"predicate\" title=\"predicate\" type=\"string\"/>\n"
            "      <attribute id=\"first_date\" title=\"first_date\" type=\"string\"/>\n"
            "      <attribute id=\"last_date\" title=\"last_date\" type=\"string\"/>\n"
            "      <attribute id=\"sources\" title=\"sources\" type=\"string\"/></attributes>\n"
            "    <nodes>\n"
            "      <node id=\"n0\" label=\"Mirzo Ziyoev\"><attvalues><attvalue for=\"entity_id\" value=\"ziyoev\"/>\n"
            "        <attvalue for=\"type\" value=\"Person\"/><attvalue for=\"aliases\" value=\"Ziyoev; Mirzo\"/>\n"
            "        <attvalue for=\"first_name\" value=\"Mirzo\"/></attvalues>\n"
            "        <spells><spell start=\"2010-08-01\"/></spells>\n"
            "        <viz:color r=\"230\" g=\"159\" b=\"0\"/><viz:size value=\"15.00\"/></node>\n"
            "      <node id=\"n1\" label=\"sons\"><attvalues><attvalue for=\"entity_id\" value=\"sons\"/>\n"
            "        <attvalue for=\"type\" value=\"Group\"/></attvalues></node>\n"
            "    </nodes>\n"
            "    <edges>\n"
            "      <edge id=\"e0\" source=\"n0\" target=\"n1\" label=\"father_of\" kind=\"father_of\" weight=\"2\">\n"
            "        <attvalues><attvalue for=\"predicate\" value=\"father_of\"/>\n"
            "          <attvalue for=\"first_date\" value=\"2010-08\"/>"
            "<attvalue for=\"last_date\" value=\"2010-08-23\"/>\n"
            "          <attvalue for=\"sources\" value=\"report; cable\"/></attvalues>\n"
            "        <spells><spell start=\"2010-08-01\"/></spells></edge>\n"
            "    </edges>\n"
            "  </graph>\n"
            "</gexf>\n") ==
        "node sons \"sons\" Group\n"
        "node ziyoev \"Mirzo Ziyoev\" Person aka [Mirzo; Ziyoev] {first name=\"Mirzo\"}\n"
        "edge ziyoev -father_of-> sons\n"
        "  from report 2010-08\n"
        "  from cable 2010-08-23\n"
        "source report \"\"  \n"
        "source cable \"\"  \n");
}

TEST_CASE("Bad GEXF names the element, the attribute or the value and what was expected", "[ingest]") {
  CHECK(read_error("<graphml/>") ==
        "in.gexf:1:1: expected <gexf> as the root element, got <graphml> (a GraphML file: name it .graphml)");
  CHECK(read_error("<gexf><graph><nodes><node id=\"a\"><attvalues><attvalue for=\"7\" value=\"x\"/></attvalues>"
                   "</node></nodes></graph></gexf>") ==
        "in.gexf:1:60: unknown attribute \"7\": declare it in <attributes class=\"node\">");
  CHECK(read_error("<gexf><graph><attributes class=\"node\"><attribute id=\"0\" title=\"n\" type=\"double\"/>"
                   "</attributes><nodes><node id=\"a\"><attvalues><attvalue for=\"0\" value=\"1,5\"/></attvalues>"
                   "</node></nodes></graph></gexf>") ==
        "in.gexf:1:151: expected a number for attribute \"0\" (\"n\"), got \"1,5\"");
  CHECK(read_error("<gexf xmlns:viz=\"http://gexf.net/1.3/viz\"><graph><nodes><node id=\"a\">"
                   "<viz:color r=\"300\" g=\"0\" b=\"0\"/></node></nodes></graph></gexf>") ==
        "in.gexf:1:84: expected viz:color \"r\" from 0 to 255, got 300");
  CHECK(read_error("<gexf><graph timeformat=\"date\"><nodes/><edges><edge source=\"a\" target=\"b\" "
                   "start=\"yesterday\"/></edges></graph></gexf>") ==
        "in.gexf:1:82: expected an ISO 8601 date for \"start\" (timeformat date), got \"yesterday\"");
  CHECK(read_error("<gexf><graph><edges><edge source=\"a\"/></edges></graph></gexf>") ==
        "in.gexf:1:21: expected a non-empty \"target\" attribute on <edge>");
}

TEST_CASE("GEXF 1.2draft as NetworkX writes it gives the same graph, node for node and edge for edge", "[ingest]") {
  const kg::test::TempDir dir;
  for (const std::string graph_case : {"karate", "florentine", "multigraph"}) {
    INFO(graph_case);
    const auto file = dir / (graph_case + ".gexf");
    const std::string expected = kg::ingest::test::write_foreign_graph("networkx-gexf", graph_case, file);
    GraphBuilder builder;
    kg::ingest::read_gexf_file(file, builder);
    CHECK(kg::ingest::test::foreign_graph_text(builder.build(), expected.starts_with("directed")) == expected);
  }
}
