#include <catch2/catch.hpp>

#include <string>

#include "export_fixtures.h"

namespace kg::test {
namespace {

void check_renders(const std::filesystem::path& file) {
  require_checker(have_program("/usr/bin/dot"), "Graphviz dot");
  const Command render = run_command(fmt::format("/usr/bin/dot -Tsvg -o /dev/null '{}'", file.string()));
  INFO(render.output);
  CHECK(render.status == 0);
  CHECK(render.output.find("rror") == std::string::npos);
}

}  // namespace

TEST_CASE("DOT of a small case matches its golden file and renders", "[export]") {
  TempDir dir;
  const auto path = export_to(dir, small_case(), "small.dot", options_for(io::ExportFormat::dot));
  const std::string text = read_file(path);
  check_golden("export/small.dot", text);
  check_renders(path);
  CHECK(text.find("n1 [label=\"Ziyoev's sons\", shape=octagon, fillcolor=\"#CC79A7\"") != std::string::npos);
  CHECK(text.find("n1 -> n2 [label=\"member_of\"];") != std::string::npos);
}

TEST_CASE("DOT escapes quotes, backslashes and line breaks in hostile names and still renders", "[export]") {
  TempDir dir;
  std::vector<std::string> warnings;
  const auto path = export_to(dir, hostile_case(), "hostile.dot", options_for(io::ExportFormat::dot, &warnings));
  const std::string text = read_file(path);
  check_golden("export/hostile.dot", text);
  check_renders(path);
  CHECK(text.find("label=\"Tom & \\\"Jerry\\\" <b>'s</b>\"") != std::string::npos);
  CHECK(text.find("label=\"said \\\"hi\\\" to\"") != std::string::npos);
  CHECK(text.find('\x1b') == std::string::npos);
  REQUIRE(!warnings.empty());  // 3 control characters, 3 invalid bytes; Graphviz may hold U+FFFE
  INFO(warnings.back());
  CHECK(warnings.back().find("replaced 6 characters") != std::string::npos);
}

}  // namespace kg::test
