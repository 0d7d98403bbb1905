#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "export_fixtures.h"

namespace kg::test {
namespace {

std::string key_line(std::string_view domain, std::string_view name, std::string_view type) {
  return fmt::format("for=\"{}\" attr.name=\"{}\" attr.type=\"{}\"/>", domain, name, type);
}

}  // namespace

TEST_CASE("Each property key gets one GraphML type that holds every value it takes", "[export]") {
  TempDir dir;
  const std::string text =
      read_file(export_to(dir, small_case(), "small.graphml", options_for(io::ExportFormat::graphml)));
  CHECK(text.find(key_line("node", "killed", "boolean")) != std::string::npos);   // only booleans
  CHECK(text.find(key_line("node", "height", "double")) != std::string::npos);    // 180 and 1.5
  CHECK(text.find(key_line("node", "population", "long")) != std::string::npos);  // beyond 32 bits
  CHECK(text.find(key_line("node", "age", "string")) != std::string::npos);       // 45 and "various"
  CHECK(text.find(key_line("edge", "since", "int")) != std::string::npos);
  CHECK(text.find(key_line("edge", "weight", "int")) != std::string::npos);
  CHECK(text.find(key_line("edge", "confidence", "double")) != std::string::npos);
  CHECK(text.find("<data key=\"d6\">180.0</data>") != std::string::npos);  // the int written as a double
}

TEST_CASE("Property keys are made valid, unique names that are never id", "[export]") {
  TempDir dir;
  std::vector<std::string> warnings;
  const std::string text =
      read_file(export_to(dir, small_case(), "small.graphml", options_for(io::ExportFormat::graphml, &warnings)));
  CHECK(text.find("attr.name=\"id\"") == std::string::npos);
  CHECK(text.find(key_line("node", "id_2", "string")) != std::string::npos);
  CHECK(text.find(key_line("node", "first_name", "string")) != std::string::npos);
  CHECK(std::find(warnings.begin(), warnings.end(), "node property \"first name\" is written as \"first_name\"") !=
        warnings.end());
  CHECK(std::find(warnings.begin(), warnings.end(), "node property \"id\" is written as \"id_2\"") != warnings.end());
}

TEST_CASE("A property named like a built-in attribute keeps both apart", "[export]") {
  graph::GraphBuilder builder;
  const std::uint32_t file = builder.add_file("clash.json");
  builder.add_entity({.id = "a",
                      .type = "Person",
                      .name = "A",
                      .props = {{"label", std::string_view("own label")}, {"type", std::int64_t{7}}},
                      .at = {file, 1, 1}});
  builder.add_entity({.id = "b", .type = "Person", .name = "B", .at = {file, 2, 1}});
  builder.add_fact({.subject = {.text = "a", .declared = {}, .at = {file, 3, 1}},
                    .predicate = "knows",
                    .object = {.text = "b", .declared = {}, .at = {file, 3, 9}},
                    .source = "",
                    .date = {},
                    .confidence = std::nullopt,
                    .quote = "",
                    .props = {{"weight", 2.5}},
                    .at = {file, 3, 1}});
  TempDir dir;
  const auto path = export_to(dir, builder.build(), "clash.graphml", options_for(io::ExportFormat::graphml));
  const std::string text = read_file(path);
  CHECK(text.find(key_line("node", "label_2", "string")) != std::string::npos);
  CHECK(text.find(key_line("node", "type_2", "int")) != std::string::npos);
  CHECK(text.find(key_line("edge", "weight_2", "double")) != std::string::npos);
  check_schema(path, "graphml.xsd");
}

}  // namespace kg::test
