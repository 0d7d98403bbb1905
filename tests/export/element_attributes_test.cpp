#include <catch2/catch.hpp>

#include <cmath>
#include <limits>
#include <string>

#include "export_fixtures.h"

namespace kg::test {

TEST_CASE("Edge weight counts distinct sources and is never 0; dates span every statement", "[export]") {
  graph::GraphBuilder builder;
  const std::uint32_t file = builder.add_file("w.json");
  builder.add_source({.id = "s1", .title = "", .url = "", .date = {}}, {file, 1, 1});
  const auto state = [&](std::string_view source, std::string_view date, std::string_view quote) {
    builder.add_fact({.subject = {.text = "a", .declared = {}, .at = {file, 2, 1}}, .predicate = "knows",
                      .object = {.text = "b", .declared = {}, .at = {file, 2, 5}}, .source = source,
                      .date = date.empty() ? graph::PartialDate{} : *graph::parse_partial_date(date),
                      .confidence = 0.7f, .quote = quote, .props = {}, .at = {file, 2, 1}});
  };
  state("s1", "2011-03-04", "same quote");
  state("s1", "2010", "same quote");
  state("", "2011", "");
  TempDir dir;
  const std::string text =
      read_file(export_to(dir, builder.build(), "w.cyjs", options_for(io::ExportFormat::cytoscape)));
  CHECK(text.find("\"weight\": 1") != std::string::npos);  // one distinct source over three statements
  CHECK(text.find("\"sources\": [\"s1\"]") != std::string::npos);
  CHECK(text.find("\"quotes\": [\"same quote\"]") != std::string::npos);
  CHECK(text.find("\"first_date\": \"2010\"") != std::string::npos);
  CHECK(text.find("\"last_date\": \"2011\"") != std::string::npos);  // 2011 ends after 2011-03-04
  CHECK(text.find("\"confidence\": 0.7,") != std::string::npos);     // the float's shortest form, not 0.699999988
}

TEST_CASE("Numbers are written shortest and round-trip; NaN and infinities as each syntax allows", "[export]") {
  graph::GraphBuilder builder;
  builder.add_entity({.id = "x", .type = "Thing", .name = "x",
                      .props = {{"big", 1e20}, {"tiny", 5e-324}, {"nan", std::nan("")},
                                {"inf", -std::numeric_limits<double>::infinity()}, {"third", 1.0 / 3}},
                      .at = {builder.add_file("n.json"), 1, 1}});
  const graph::Graph graph = builder.build();
  TempDir dir;
  const std::string xml = read_file(export_to(dir, graph, "n.graphml", options_for(io::ExportFormat::graphml)));
  CHECK(xml.find(">1e+20<") != std::string::npos);
  CHECK(xml.find(">5e-324<") != std::string::npos);
  CHECK(xml.find(">NaN<") != std::string::npos);
  CHECK(xml.find(">-INF<") != std::string::npos);
  CHECK(xml.find(">0.3333333333333333<") != std::string::npos);
  const std::string json = read_file(export_to(dir, graph, "n.cyjs", options_for(io::ExportFormat::cytoscape)));
  CHECK(json.find("\"nan\": null") != std::string::npos);
  CHECK(json.find("\"inf\": null") != std::string::npos);
  check_schema(dir / "n.graphml", "graphml.xsd");
}

}  // namespace kg::test
