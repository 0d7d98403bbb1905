#include <catch2/catch.hpp>

#include <cmath>
#include <limits>
#include <string>

#include "export_fixtures.h"

namespace kg::test {

TEST_CASE("Numbers are written shortest and round-trip, NaN and infinities as each syntax allows", "[export]") {
  graph::GraphBuilder builder;
  builder.add_entity({.id = "x",
                      .type = "Thing",
                      .name = "x",
                      .props = {{"big", 1e20},
                                {"tiny", 5e-324},
                                {"nan", std::nan("")},
                                {"inf", -std::numeric_limits<double>::infinity()},
                                {"third", 1.0 / 3}},
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
