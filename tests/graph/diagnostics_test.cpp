#include "kg/graph/diagnostics.h"

#include <catch2/catch.hpp>

#include "support/test_support.h"

using namespace kg::graph;

TEST_CASE("A diagnostic shows the source line with a caret under the column", "[graph]") {
  kg::test::TempDir dir;
  const auto file = dir.write("facts.json", "{\n  \"facts\": [{\"subject\": 12}]\n}\n");
  const std::string text =
      render_diagnostic("error", {file.string(), 2, 26}, "\"subject\" must be a string or an object, got number");
  CHECK(text == file.string() +
                    ":2:26: error: \"subject\" must be a string or an object, got number\n"
                    "  \"facts\": [{\"subject\": 12}]\n"
                    "                         ^\n");
}

TEST_CASE("The caret counts characters, not bytes, before the column", "[graph]") {
  kg::test::TempDir dir;
  const auto file = dir.write("f.jsonl", "{\"name\": \"Гафаров\", \"x\": 1}\n");
  // "Гафаров" is 14 bytes: the column of `"x"` is byte 23, character 16.
  const std::string text = render_diagnostic("warning", {file.string(), 1, 23}, "unknown field \"x\"");
  CHECK(text.substr(text.find('\n') + 1) == "{\"name\": \"Гафаров\", \"x\": 1}\n                ^\n");
}

TEST_CASE("Without a readable file a diagnostic is one line", "[graph]") {
  CHECK(render_diagnostic("error", {"gone.json", 3, 4}, "unexpected end of input") ==
        "gone.json:3:4: error: unexpected end of input\n");
  CHECK(InputError({"a.csv", 7, 0}, "x").what() == std::string("a.csv:7: x"));
}

TEST_CASE("A column beyond the cited line shows no source line rather than failing", "[graph]") {
  // Found in review: a CSV reader that ends a record at a lone CR cites lines the renderer counts differently.
  kg::test::TempDir dir;
  const auto file = dir.write(
      "mixed.csv",
      "id,name\rx,\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\"junk\nshort\n");
  CHECK(render_diagnostic("error", {file.string(), 2, 95}, "text after a closing quote") ==
        file.string() + ":2:95: error: text after a closing quote\n");
}
