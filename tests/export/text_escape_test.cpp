#include <catch2/catch.hpp>

#include <string>

#include "export_fixtures.h"

namespace kg::test {
namespace {

// The GraphML <data> text written for a node named `name`.
std::string graphml_name(std::string_view name, std::vector<std::string>* warnings = nullptr) {
  graph::GraphBuilder builder;
  builder.add_entity({.id = "x", .type = "Person", .name = name, .at = {builder.add_file("t.json"), 1, 1}});
  TempDir dir;
  const std::string text =
      read_file(export_to(dir, builder.build(), "t.graphml", options_for(io::ExportFormat::graphml, warnings)));
  const std::string open = "<data key=\"k1\">";
  const auto start = text.find(open) + open.size();
  return text.substr(start, text.find("</data>", start) - start);
}

constexpr std::string_view kFFFD = "\xEF\xBF\xBD";

}  // namespace

TEST_CASE("Valid UTF-8 of every length passes through XML unchanged", "[export]") {
  const std::string text =
      "A \xC3\xA9 \xE2\x82\xAC \xED\x9F\xBF \xEE\x80\x80 \xEF\xBF\xBD \xF0\x90\x80\x80 \xF4\x8F\xBF\xBF";
  CHECK(graphml_name(text) == text);
}

TEST_CASE("Invalid UTF-8 becomes U+FFFD, one per bad byte or sequence, with a warning", "[export]") {
  std::vector<std::string> warnings;
  const std::string f = std::string(kFFFD);
  CHECK(graphml_name("overlong \xC0\xAF", &warnings) == "overlong " + f + f);
  CHECK(graphml_name("surrogate \xED\xA0\x80") == "surrogate " + f + f + f);
  CHECK(graphml_name("beyond \xF4\x90\x80\x80") == "beyond " + f + f + f + f);
  CHECK(graphml_name("cut \xF0\x9F\x98") == "cut " + f + f + f);
  CHECK(graphml_name("lone \x80 continuation") == "lone " + f + " continuation");
  CHECK(graphml_name("nonchars \xEF\xBF\xBE\xEF\xBF\xBF") == "nonchars " + f + f);
  REQUIRE(warnings.size() == 1);
  CHECK(warnings[0] ==  // 2 in the node's label, 2 in its name
        "replaced 4 characters the format cannot hold (control characters, U+FFFE/U+FFFF or invalid UTF-8) with "
        "U+FFFD");
}

TEST_CASE("XML keeps white space in attribute values by character references and drops other controls", "[export]") {
  CHECK(graphml_name("a\tb\nc\rd") == "a&#9;b&#10;c&#13;d");
  CHECK(graphml_name(std::string_view("nul\x00!", 5)) == "nul" + std::string(kFFFD) + "!");
  CHECK(graphml_name("del\x7f") == "del\x7f");  // U+007F is allowed in XML 1.0
}

}  // namespace kg::test
