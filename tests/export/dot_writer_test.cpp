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

namespace kg::test {

TEST_CASE("DOT cuts a label over 200 characters, keeps the whole name in kg_name, and splits long strings",
          "[export]") {
  // Graphviz refuses any quoted string over 16384 bytes; DOT's "a" + "b" concatenation has no such limit.
  std::string name;
  for (int i = 0; name.size() < 40'000; ++i) name += "Ж\"" + std::to_string(i) + "\\ ";  // quotes, backslashes
  graph::GraphBuilder builder;
  builder.add_file("long.json");
  builder.add_entity({.id = std::string(20'000, 'k'), .type = "Person", .name = name, .at = {0, 1, 1}});
  TempDir dir;
  const auto path = export_to(dir, builder.build(), "long.dot", options_for(io::ExportFormat::dot));
  const std::string text = read_file(path);
  for (std::size_t start = 0, end; (end = text.find('\n', start)) != std::string::npos; start = end + 1) {
    // no quoted piece reaches the limit (a piece ends at an unescaped quote)
    std::size_t piece = 0;
    for (std::size_t i = start; i < end; ++i) {
      piece = text[i] == '"' && text[i - 1] != '\\' ? 0 : piece + 1;
      REQUIRE(piece < 16384);
    }
  }
  CHECK(text.find("…\", shape=") != std::string::npos);
  CHECK(text.find("kg_name=\"Ж\\\"0\\\\ Ж") != std::string::npos);
  require_checker(have_program("/usr/bin/dot"), "Graphviz dot (graphviz)");
  const Command canon = run_command(fmt::format("/usr/bin/dot -Tcanon '{}'", path.string()));
  REQUIRE(canon.status == 0);
  // Graphviz read the whole name back: its canonical output holds the full escaped name (possibly re-split).
  std::string joined = canon.output;
  for (std::size_t at; (at = joined.find("\\\n")) != std::string::npos;) joined.erase(at, 2);  // canon's line breaks
  std::string escaped;
  for (char c : name) {
    if (c == '"' || c == '\\') escaped += '\\';
    escaped += c;
  }
  CHECK(joined.find("kg_name=\"" + escaped + "\"") != std::string::npos);
}

}  // namespace kg::test
