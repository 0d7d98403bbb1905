#include "../../ingest/xml_graph_records.h"

#include <catch2/catch.hpp>
#include <cmath>
#include <string>
#include <vector>

#include "reader_test_support.h"

using kg::graph::GraphBuilder;
using kg::ingest::detail::GraphElement;
using kg::ingest::detail::ValueType;
using kg::ingest::detail::XmlGraphRecords;
using kg::ingest::test::graph_text;

namespace {

GraphElement node(std::string id) {
  GraphElement element;
  element.id = std::move(id);
  element.at = {0, 1, 1};
  return element;
}

GraphElement edge(std::string source, std::string target) {
  GraphElement element;
  element.source = std::move(source);
  element.target = std::move(target);
  element.at = element.source_at = element.target_at = {0, 2, 1};
  return element;
}

}  // namespace

TEST_CASE("Values are typed as declared, NaN is no value, an empty string neither, INF is infinite", "[ingest]") {
  GraphBuilder builder;
  const kg::ingest::ReadOptions options;
  XmlGraphRecords records(builder, "in.xml", options);
  GraphElement element = node("a");
  records.add_value(element, "n", ValueType::integer, " -12 ", {0, 1, 1}, "n");
  records.add_value(element, "x", ValueType::real, "NaN", {0, 1, 1}, "x");
  records.add_value(element, "y", ValueType::real, "-INF", {0, 1, 1}, "y");
  records.add_value(element, "s", ValueType::string, "", {0, 1, 1}, "s");
  records.add_value(element, "b", ValueType::boolean, "1", {0, 1, 1}, "b");
  REQUIRE(element.values.size() == 3);
  CHECK(element.values[0].integer == -12);
  CHECK(std::isinf(element.values[1].real));
  CHECK(element.values[1].real < 0);
  CHECK(element.values[2].boolean);
  CHECK(kg::ingest::test::input_error([&] {
          records.add_value(element, "z", ValueType::integer, "1.5", {0, 4, 2}, "key \"z\"");
        }) == "in.xml:4:2: expected an integer for key \"z\", got \"1.5\"");
}

TEST_CASE("Edges wait for nodes that declare their entity ids, then cite those ids", "[ingest]") {
  GraphBuilder builder;
  const kg::ingest::ReadOptions options;
  XmlGraphRecords records(builder, "in.xml", options);
  records.set_remap_ids(true);
  records.add_edge(edge("n0", "n1"));
  GraphElement first = node("n0");
  records.add_value(first, "entity_id", ValueType::string, "ziyoev", {0, 1, 1}, "id");
  records.add_node(first);
  records.add_node(node("n1"));
  records.add_edge(edge("n1", "n0"));
  records.finish();
  CHECK(graph_text(builder.build()) ==
        "node n1 \"n1\" Entity\n"
        "node ziyoev \"ziyoev\" Entity\n"
        "edge n1 -related_to-> ziyoev\n  from -\n"
        "edge ziyoev -related_to-> n1\n  from -\n");
}

TEST_CASE("A provenance summary becomes statements whose summary is the same", "[ingest]") {
  GraphBuilder builder;
  const kg::ingest::ReadOptions options;
  XmlGraphRecords records(builder, "in.xml", options);
  records.set_kg_export(true);
  // first_date and last_date end on the same day: the last date's statement comes first, so that it stays the last.
  GraphElement tie = edge("a", "b");
  records.add_value(tie, "first_date", ValueType::string, "2010-12", {0, 1, 1}, "");
  records.add_value(tie, "last_date", ValueType::string, "2010-12-31", {0, 1, 1}, "");
  records.add_value(tie, "weight", ValueType::integer, "1", {0, 1, 1}, "");
  records.add_edge(tie);
  GraphElement quoted = edge("b", "a");
  records.add_value(quoted, "quotes", ValueType::string, "he said; she said;yes", {0, 1, 1}, "");
  records.add_value(quoted, "sources", ValueType::string, "s1", {0, 1, 1}, "");
  records.add_value(quoted, "note", ValueType::string, "kept once", {0, 1, 1}, "");
  records.add_edge(quoted);
  CHECK(graph_text(builder.build()) ==
        "node a \"a\" Entity\n"
        "node b \"b\" Entity\n"
        "edge a -related_to-> b\n"
        "  from - 2010-12-31\n"
        "  from - 2010-12\n"
        "edge b -related_to-> a {note=\"kept once\"}\n"
        "  from s1 \"he said\"\n"
        "  from - \"she said;yes\"\n"
        "source s1 \"\"  \n");
}

TEST_CASE("Lists split at their separator, trimmed, without empty items", "[ingest]") {
  std::vector<std::string_view> items;
  kg::ingest::detail::split_list(" a ;; b;c ; ", ";", items);
  CHECK(items == std::vector<std::string_view>{"a", "b", "c"});
  items.clear();
  kg::ingest::detail::split_list("x; y;z", "; ", items);
  CHECK(items == std::vector<std::string_view>{"x", "y;z"});
}
