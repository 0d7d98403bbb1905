#include "kg/ingest/jsonl_reader.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "kg/ingest/json_reader.h"
#include "reader_test_support.h"
#include "support/test_support.h"

using kg::graph::GraphBuilder;
using kg::ingest::read_json_lines;
using kg::ingest::ReadOptions;
using kg::ingest::test::graph_text;
using kg::ingest::test::input_error;

namespace {

std::string read_error(std::string_view text) {
  return kg::ingest::test::read_error(read_json_lines, text, "in.jsonl");
}

std::string graph_of(std::string_view text) {
  GraphBuilder builder;
  read_json_lines(text, "in.jsonl", builder);
  return graph_text(builder.build());
}

}  // namespace

TEST_CASE("JSON Lines hold facts, entities and source declarations, one per line", "[ingest]") {
  const std::string text =
      "{\"id\": \"ziyoev\", \"type\": \"Person\", \"name\": \"Mirzo Ziyoev\", \"aliases\": [\"Ziyoev\"]}\n"
      "\n"
      "{\"subject\": \"Ziyoev\", \"predicate\": \"father_of\", \"object\": {\"name\": \"Sons\", \"type\": "
      "\"Group\"}}\r\n"
      "   \t\n"
      "{\"source\": {\"id\": \"rferl\", \"title\": \"RFE/RL\", \"date\": \"2010-08-23\"}}\n"
      "{\"subject\": \"ziyoev\", \"predicate\": \"father_of\", \"object\": \"sons\", \"confidence\": 0.5}\n"
      "{\"subject\": \"ziyoev\", \"predicate\": \"led\", \"object\": \"sons\", \"source\": \"other\", \"date\": "
      "\"2009\"}";
  CHECK(graph_of(text) ==
        "node Sons \"Sons\" Group\n"
        "node ziyoev \"Mirzo Ziyoev\" Person aka [Ziyoev]\n"
        "edge ziyoev -father_of-> Sons\n"
        "  from -\n"
        "  from rferl c=0.5\n"
        "edge ziyoev -led-> Sons\n"
        "  from other 2009\n"
        "source rferl \"RFE/RL\"  2010-08-23\n"
        "source other \"\"  \n");
}

TEST_CASE("JSON Lines and a JSON document with the same records give the same graph", "[ingest]") {
  const std::string lines =
      "{\"source\": {\"id\": \"s1\", \"title\": \"One\"}}\n"
      "{\"id\": \"a\", \"type\": \"Person\", \"props\": {\"age\": 40, \"tall\": true}}\n"
      "{\"subject\": \"a\", \"predicate\": \"knows\", \"object\": \"b\", \"quote\": \"q\", \"props\": {\"w\": 0.5}}\n"
      "{\"subject\": \"a\", \"predicate\": \"knows\", \"object\": \"b\", \"source\": \"s2\"}\n";
  const std::string document =
      "{\"source\": {\"id\": \"s1\", \"title\": \"One\"},\n"
      " \"entities\": [{\"id\": \"a\", \"type\": \"Person\", \"props\": {\"age\": 40, \"tall\": true}}],\n"
      " \"facts\": [{\"subject\": \"a\", \"predicate\": \"knows\", \"object\": \"b\", \"quote\": \"q\", \"props\": "
      "{\"w\": 0.5}},\n"
      "           {\"subject\": \"a\", \"predicate\": \"knows\", \"object\": \"b\", \"source\": \"s2\"}]}\n";
  GraphBuilder builder;
  kg::ingest::read_json(document, "doc.json", builder);
  const std::string expected = graph_text(builder.build());
  CHECK(graph_of(lines) == expected);
  kg::test::check_golden("ingest/same_records.txt", expected);
}

TEST_CASE("Errors in JSON Lines cite the line and the column within it", "[ingest]") {
  CHECK(read_error("{\"id\": \"a\"}\n{\"id\": \"b\",}\n") ==
        "in.jsonl:2:12: expected a field name in double quotes, got '}'");
  CHECK(read_error("{\"id\": \"a\"}\n{\"subject\": \"a\", \"predicate\": \"p\", \"object\": \"b\"") ==
        "in.jsonl:2:49: expected ',' or '}' after a field, got the end of the file (is the input truncated?)");
  CHECK(read_error("{\"id\": \"a\"\n") ==
        "in.jsonl:1:11: expected ',' or '}' after a field, got the end of the line (is the input truncated?)");
  CHECK(read_error("{\"id\": \"a\"} {\"id\": \"b\"}\n") ==
        "in.jsonl:1:13: expected the end of the line after the JSON object, got '{'");
  CHECK(read_error("\n\n  [1, 2]\n") == "in.jsonl:3:3: expected a JSON object on each line, got array");
  CHECK(read_error("{\"name\": \"x\"}\n") ==
        "in.jsonl:1:1: expected a fact (with \"predicate\"), an entity (with \"id\"), a decision (with \"decision\") "
        "or sources ({\"source\": {...}} or {\"sources\": [...]}), got an object with none of these fields");
  CHECK(read_error("{\"sources\": {\"id\": \"s\"}}\n") ==
        "in.jsonl:1:13: \"sources\" must be an array of source objects, got object");
  CHECK(read_error("{\"sources\": [\"s\"]}\n") == "in.jsonl:1:14: each source must be an object, got string");
  CHECK(read_error("{\"source\": \"s\"}\n") ==
        "in.jsonl:1:12: \"source\" must be an object declaring a source, got string");
  CHECK(read_error("{\"id\": \"caf\xE9\"}\n") ==
        "in.jsonl:1:12: expected UTF-8 text, got an invalid UTF-8 sequence starting with byte 0xe9");
  CHECK(read_error("{\"subject\": \"a\", \"predicate\": \"p\", \"object\": \"b\", \"confidence\": -0.1}") ==
        "in.jsonl:1:65: \"confidence\" must be a number from 0 to 1, got -0.1");
  CHECK(read_error("{\"subject\": \"a\", \"predicate\": \"p\", \"object\": \"b\", \"date\": \"2010-02-30\"}") ==
        "in.jsonl:1:59: \"date\" must be an ISO 8601 date or interval string (YYYY, YYYY-MM, YYYY-MM-DD, or START/END "
        "of those with .. "
        "for an open end), got \"2010-02-30\"");
  CHECK(read_error("{\"id\": \"x\", \"type\": \"Person\"}\n{\"id\": \"x\", \"type\": \"Place\"}\n") ==
        "in.jsonl:2:1: entity \"x\" is declared here as Place but as Person at in.jsonl:1:1");
}

TEST_CASE("A sources line (a list of source objects) declares sources without making one the default", "[ingest]") {
  CHECK(graph_of("{\"source\": {\"id\": \"s1\"}}\n"
                 "{\"sources\": [{\"id\": \"s2\", \"title\": \"Two\"}, {\"id\": \"s3\", \"date\": \"2010\"}]}\n"
                 "{\"subject\": \"a\", \"predicate\": \"p\", \"object\": \"b\"}\n") ==
        "node a \"a\" Entity\n"
        "node b \"b\" Entity\n"
        "edge a -p-> b\n"
        "  from s1\n"
        "source s1 \"\"  \n"
        "source s2 \"Two\"  \n"
        "source s3 \"\"  2010\n");
}

TEST_CASE("Numbers read back exactly as the doubles they were written from", "[ingest]") {
  CHECK(graph_of("{\"id\": \"a\", \"props\": {\"x\": 0.30000000000000004, \"y\": 2.2250738585072014e-308, "
                 "\"z\": 9007199254740993.0}}\n") ==
        "node a \"a\" Entity {x=0.30000000000000004d, y=2.2250738585072014e-308d, z=9007199254740992d}\n");
}

TEST_CASE("A deeply nested JSON line is an error, not a crash", "[ingest]") {
  const std::string line =
      "{\"subject\": \"a\", \"predicate\": \"p\", \"object\": \"b\", \"props\": {\"a\": " + std::string(100000, '[') +
      std::string(100000, ']') + "}}\n";
  CHECK(read_error(line) ==
        "in.jsonl:1:72: expected at most 8 levels of nested objects and arrays in a record, got more");
}

TEST_CASE("JSON Lines warn about unknown fields once per kind of record", "[ingest]") {
  kg::ingest::test::Warnings warnings;
  const kg::ingest::ReadOptions options = warnings.options();
  GraphBuilder builder;
  read_json_lines(
      "{\"id\": \"a\", \"colour\": 1}\n{\"id\": \"b\", \"colour\": 2}\n"
      "{\"source\": {\"id\": \"s\", \"note\": \"x\"}, \"extra\": true}\n",
      "w.jsonl", builder, options);
  CHECK(warnings.list ==
        std::vector<std::string>{
            "w.jsonl:1:23: unknown field \"colour\" in an entity (ignored; reported once per file)",
            "w.jsonl:3:47: unknown field \"extra\" in a source declaration (ignored; reported once per file)",
            "w.jsonl:3:32: unknown field \"note\" in a source (ignored; reported once per file)"});
}

TEST_CASE("Long JSON lines and many lines are read through the line buffer", "[ingest]") {
  std::string text;
  for (int i = 0; i < 30000; ++i) {
    text += fmt::format("{{\"subject\": \"n{}\", \"predicate\": \"next\", \"object\": \"n{}\"}}\n", i, i + 1);
  }
  const std::string long_quote(3 << 20, 'x');  // longer than the initial 1 MiB buffer
  text += "{\"subject\": \"n0\", \"predicate\": \"said\", \"object\": \"n1\", \"quote\": \"" + long_quote + "\"}\n";
  kg::test::TempDir dir;
  const auto file = dir.write("many.jsonl", text);
  GraphBuilder builder;
  kg::ingest::read_json_lines_file(file, builder);
  const kg::graph::Graph graph = builder.build();
  CHECK(graph.node_count() == 30001);
  CHECK(graph.edge_count() == 30001);
  const std::string error = input_error([&] {
    GraphBuilder again;
    read_json_lines(text + "{\"subject\": 1, \"predicate\": \"p\", \"object\": \"b\"}\n", "many.jsonl", again);
  });
  CHECK(error == "many.jsonl:30002:13: \"subject\" must be a string or an object, got number");
}

TEST_CASE("A JSON Lines line with \"decision\" is a decision", "[ingest]") {
  CHECK(graph_of("{\"id\": \"a\", \"name\": \"Rahmon\"}\n{\"id\": \"b\", \"name\": \"Rakhmon\"}\n"
                 "{\"decision\": \"same_as\", \"ids\": [\"a\", \"b\"], \"reason\": \"spelling\"}\n") ==
        "node a +[b] \"Rahmon\" Entity aka [Rakhmon]\n"
        "decision same_as [a; b] \"spelling\"  \n");
}

TEST_CASE("JSON Lines refuse a lone surrogate escape and a NUL byte, and read numbers correctly rounded", "[ingest]") {
  using namespace std::string_literals;
  CHECK(read_error("{\"id\": \"x\\ud800\"}\n") == "in.jsonl:1:10: expected a valid UTF-16 surrogate pair, got '\\'");
  CHECK(read_error("{\"id\": \"x\"}\n{\"id\": \"y\\udc00\"}\n") ==
        "in.jsonl:2:8: expected a string of Unicode characters, got the lone UTF-16 surrogate \\udc00 (a surrogate "
        "escape must be one of a high-low pair)");
  CHECK(read_error("{\"id\": \"x\"}\0\n"s) ==
        "in.jsonl:1:12: expected the end of the line after the JSON object, got byte 0x00");
  GraphBuilder builder;
  read_json_lines("{\"id\": \"x\", \"props\": {\"v\": 7.2057594037927933e16}}\n", "in.jsonl", builder);
  CHECK(std::get<double>(builder.build().node_properties(kg::graph::NodeId{0})[0].value) == 7.2057594037927933e16);
  GraphBuilder zero;  // found by fuzzing: RapidJSON 1.1.0's full-precision path read 0e302 as -2.8e-73
  read_json_lines("{\"id\": \"x\", \"props\": {\"v\": 0e302}}\n", "in.jsonl", zero);
  CHECK(std::get<double>(zero.build().node_properties(kg::graph::NodeId{0})[0].value) == 0.0);
  CHECK(read_error("{\"id\": \"x\", \"props\": {\"v\": 1e400}}\n") ==
        "in.jsonl:1:28: expected a number that fits a double, got a bigger one");
}
