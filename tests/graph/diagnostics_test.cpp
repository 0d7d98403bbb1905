#include "kg/graph/diagnostics.h"

#include <catch2/catch.hpp>

using namespace kg::graph;

TEST_CASE("A diagnostic shows the source line with a caret under the column", "[graph]") {
  const std::string file = "{\n  \"facts\": [{\"subject\": 12}]\n}\n";
  const std::string text = render_diagnostic("error", {"facts.json", 2, 26},
                                             "\"subject\" must be a string or an object, got number", line_of(file, 2));
  CHECK(text ==
        "facts.json:2:26: error: \"subject\" must be a string or an object, got number\n"
        "  \"facts\": [{\"subject\": 12}]\n"
        "                         ^\n");
}

TEST_CASE("The caret counts characters, not bytes, before the column", "[graph]") {
  const std::string file = "{\"name\": \"Гафаров\", \"x\": 1}\n";
  // "Гафаров" is 14 bytes: the column of `"x"` is byte 23, character 16.
  const std::string text = render_diagnostic("warning", {"f.jsonl", 1, 23}, "unknown field \"x\"", line_of(file, 1));
  CHECK(text.substr(text.find('\n') + 1) == "{\"name\": \"Гафаров\", \"x\": 1}\n                ^\n");
}

TEST_CASE("Without a source line a diagnostic is one line", "[graph]") {
  CHECK(render_diagnostic("error", {"gone.json", 3, 4}, "unexpected end of input", std::nullopt) ==
        "gone.json:3:4: error: unexpected end of input\n");
  CHECK(InputError({"a.csv", 7, 0}, "x").what() == std::string("a.csv:7: x"));
}

TEST_CASE("A column beyond the cited line shows no source line rather than failing", "[graph]") {
  // Found in review: a CSV reader that ends a record at a lone CR cites lines the renderer counts differently.
  const std::string file =
      "id,name\rx,\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\"junk\nshort\n";
  CHECK(render_diagnostic("error", {"mixed.csv", 2, 95}, "text after a closing quote", line_of(file, 2)) ==
        "mixed.csv:2:95: error: text after a closing quote\n");
}

TEST_CASE("A query typed on the command line gets its line and caret from the text", "[graph]") {
  const std::string query = "MATCH (a)\nRETURN a.name AS\n";
  CHECK(render_diagnostic("error", {"query", 2, 17}, "expected a name after AS", line_of(query, 2)) ==
        "query:2:17: error: expected a name after AS\n"
        "RETURN a.name AS\n"
        "                ^\n");
}

TEST_CASE("line_of finds lines by number, without their line break", "[graph]") {
  const std::string text = "first\r\nsecond\nthird";
  CHECK(line_of(text, 1) == "first");
  CHECK(line_of(text, 2) == "second");
  CHECK(line_of(text, 3) == "third");
  CHECK_FALSE(line_of(text, 4).has_value());
  CHECK_FALSE(line_of(text, 0).has_value());
  CHECK_FALSE(line_of("one\n", 2).has_value());
  CHECK(line_of("", 1) == "");
}

TEST_CASE("A diagnostic shows control characters of the message and the line escaped, the caret still in place",
          "[graph]") {
  const std::string line = "{\"id\": \"\x1b]0;owned\x07\", \"type\": 5}";
  CHECK(kg::graph::render_diagnostic("error", {"in.jsonl", 1, 30}, "\"type\" must be a string, got number in \x1b[2J",
                                     line) ==
        "in.jsonl:1:30: error: \"type\" must be a string, got number in \\x1b[2J\n"
        "{\"id\": \"\\x1b]0;owned\\x07\", \"type\": 5}\n"
        "                                   ^\n");
  CHECK(kg::graph::render_diagnostic("warning", {"a\x1b.json", 0, 0}, "two\nlines", std::nullopt) ==
        "a\\x1b.json: warning: two\nlines\n");
}
