#include <catch2/catch.hpp>

#include <string>

#include "export_fixtures.h"

namespace kg::test {

TEST_CASE("Known types keep their colour and shape whatever their case, other types share the rest", "[export]") {
  graph::GraphBuilder builder;
  const std::uint32_t file = builder.add_file("types.json");
  std::uint32_t line = 1;
  for (const std::string_view type : {"person", "ORGANISATION", "Ship", "Aircraft", "Event"}) {
    builder.add_entity({.id = type, .type = type, .name = type, .at = {file, line++, 1}});
  }
  TempDir dir;
  const std::string dot = read_file(export_to(dir, builder.build(), "types.dot", options_for(io::ExportFormat::dot)));
  CHECK(dot.find("label=\"person\", shape=ellipse, fillcolor=\"#E69F00\"") != std::string::npos);
  CHECK(dot.find("label=\"ORGANISATION\", shape=box, fillcolor=\"#0072B2\", fontcolor=white") != std::string::npos);
  CHECK(dot.find("label=\"Event\", shape=diamond, fillcolor=\"#D55E00\"") != std::string::npos);
  // Other types take the palette in turn, sky blue first.
  CHECK(dot.find("label=\"Ship\", shape=ellipse, fillcolor=\"#56B4E9\"") != std::string::npos);
  CHECK(dot.find("label=\"Aircraft\", shape=ellipse, fillcolor=\"#E69F00\"") != std::string::npos);
}

}  // namespace kg::test
