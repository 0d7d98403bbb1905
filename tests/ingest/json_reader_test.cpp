#include "kg/ingest/json_reader.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "reader_test_support.h"
#include "support/test_support.h"

using kg::graph::GraphBuilder;
using kg::ingest::read_json;
using kg::ingest::ReadOptions;
using kg::ingest::test::graph_text;
using kg::ingest::test::input_error;

namespace {

std::string read_error(std::string_view text) { return kg::ingest::test::read_error(read_json, text, "in.json"); }

std::string fact_error(std::string_view fields) { return read_error(fmt::format("{{\"facts\": [{{{}}}]}}", fields)); }

}  // namespace

TEST_CASE("A JSON document's entities, sources and facts become nodes, edges and provenance", "[ingest]") {
  const std::string text = R"({
  "source": {"id": "rferl-2010", "title": "Prison break", "url": "https://example.org/a", "date": "2010-08-23"},
  "sources": [{"id": "asia-plus", "title": "Asia-Plus"}],
  "entities": [
    {"id": "ziyoev", "type": "Person", "name": "Mirzo Ziyoev", "aliases": ["Ziyoev"],
     "props": {"born": 1960, "height": 1.8, "alive": false, "rank": "commander"}},
    {"id": "sons", "type": "Group"}
  ],
  "facts": [
    {"subject": "Ziyoev", "predicate": "father_of", "object": "sons", "date": "2010-08", "confidence": 0.8,
     "quote": "his sons", "props": {"count": 2}},
    {"subject": "mirzo ziyoev", "predicate": "father_of", "object": "sons", "source": "asia-plus", "date": "2010"},
    {"subject": {"name": "Ali Rahimov", "type": "Person", "aliases": ["Rahimov"]}, "predicate": "member_of",
     "object": {"id": "ifa", "name": "Islamic Front", "type": "Organization"},
     "source": {"id": "bbc", "title": "BBC", "date": "2011"}}
  ]
})";
  GraphBuilder builder;
  read_json(text, "case.json", builder);
  CHECK(graph_text(builder.build()) ==
        "node Ali Rahimov \"Ali Rahimov\" Person aka [Rahimov]\n"
        "node ifa \"Islamic Front\" Organization\n"
        "node sons \"sons\" Group\n"
        "node ziyoev \"Mirzo Ziyoev\" Person aka [Ziyoev] {alive=false, born=1960, height=1.8d, rank=\"commander\"}\n"
        "edge Ali Rahimov -member_of-> ifa\n"
        "  from bbc\n"
        "edge ziyoev -father_of-> sons {count=2}\n"
        "  from rferl-2010 2010-08 c=0.8 \"his sons\"\n"
        "  from asia-plus 2010\n"
        "source rferl-2010 \"Prison break\" https://example.org/a 2010-08-23\n"
        "source asia-plus \"Asia-Plus\"  \n"
        "source bbc \"BBC\"  2011\n");
}

TEST_CASE("Name and type default to the id and Entity, and null optional fields are absent", "[ingest]") {
  GraphBuilder builder;
  read_json(R"({"entities": [{"id": "x", "type": null}], "facts": [{"subject": "x", "predicate": "p",
             "object": "x", "quote": null, "date": null, "confidence": null, "source": null, "props": null}]})",
            "d.json", builder);
  CHECK(graph_text(builder.build()) == "node x \"x\" Entity\nedge x -p-> x\n  from -\n");
}

TEST_CASE("Unknown JSON fields are warned about once per file with their location and otherwise ignored", "[ingest]") {
  kg::ingest::test::Warnings warnings;
  const kg::ingest::ReadOptions options = warnings.options();
  GraphBuilder builder;
  read_json(R"({"version": {"deep": [[1]]},
"facts": [{"subject": "a", "predicate": "p", "object": "b", "colour": "red"},
          {"subject": "a", "predicate": "q", "object": "b", "colour": "blue"}]})",
            "w.json", builder, options);
  CHECK(warnings.list ==
        std::vector<std::string>{
            "w.json:1:13: unknown field \"version\" in the top-level object (ignored; reported once per file)",
            "w.json:2:71: unknown field \"colour\" in a fact (ignored; reported once per file)"});
  CHECK(builder.build().edge_count() == 2);
}

TEST_CASE("Malformed JSON is reported with its location and what was expected", "[ingest]") {
  CHECK(read_error("") == "in.json:1:1: expected a JSON object, got an empty file");
  CHECK(read_error(" \n  ") == "in.json:2:3: expected a JSON object, got an empty file");
  CHECK(read_error("{\"facts\": [{\"subject\": \"a\"") ==
        "in.json:1:27: expected ',' or '}' after a field, got the end of the file (is the input truncated?)");
  CHECK(read_error("{\"facts\": [{\"subject\": \"a") ==
        "in.json:1:26: expected a closing '\"', got the end of the file (is the input truncated?)");
  CHECK(read_error("{\"facts\": []}\n x") == "in.json:2:2: expected nothing after the top-level object, got 'x'");
  CHECK(read_error("{\"facts\": [}") == "in.json:1:12: expected a JSON value, got '}'");
  CHECK(read_error("{\"facts\" []}") == "in.json:1:10: expected ':' after the field name, got '['");
  CHECK(read_error("{\"source\": {\"id\": \"s\", \"title\": \"caf\xC3\x28\"}}") ==
        "in.json:1:37: expected UTF-8 text, got an invalid UTF-8 sequence starting with byte 0xc3");
  CHECK(read_error("{\"facts\": [\xFF]}") == "in.json:1:12: expected a JSON value, got byte 0xff");
}

TEST_CASE("JSON values of the wrong type are reported with the field and the type found", "[ingest]") {
  CHECK(read_error("[]") == "in.json:1:1: expected a JSON object at the top level, got array");
  CHECK(read_error("{\"facts\": {}}") == "in.json:1:11: \"facts\" must be an array of objects, got object");
  CHECK(read_error("{\"entities\": [1]}") ==
        "in.json:1:15: each element of \"entities\" must be an object, got number");
  CHECK(read_error("{\"source\": \"s\"}") == "in.json:1:12: \"source\" must be an object, got string");
  CHECK(fact_error(R"("subject": 5, "predicate": "p", "object": "b")") ==
        "in.json:1:24: \"subject\" must be a string or an object, got number");
  CHECK(fact_error(R"("subject": "a", "predicate": true, "object": "b")") ==
        "in.json:1:42: \"predicate\" must be a string, got boolean");
  CHECK(fact_error(R"("subject": "a", "predicate": "p", "object": ["b"])") ==
        "in.json:1:57: \"object\" must be a string or an object, got array");
  CHECK(fact_error(R"("subject": "a", "predicate": "p", "object": "b", "source": 3)") ==
        "in.json:1:72: \"source\" must be a string or an object, got number");
  CHECK(fact_error(R"("subject": "a", "predicate": "p", "object": "b", "quote": 3)") ==
        "in.json:1:71: \"quote\" must be a string, got number");
  CHECK(fact_error(R"("subject": "a", "predicate": "p", "object": "b", "date": 2010)") ==
        "in.json:1:70: \"date\" must be an ISO 8601 date string (YYYY, YYYY-MM or YYYY-MM-DD), got 2010");
  CHECK(fact_error(R"("subject": "a", "predicate": "p", "object": "b", "confidence": "high")") ==
        "in.json:1:76: \"confidence\" must be a number from 0 to 1, got \"high\"");
  CHECK(fact_error(R"("subject": "a", "predicate": "p", "object": "b", "props": [1])") ==
        "in.json:1:71: \"props\" must be an object, got array");
  CHECK(fact_error(R"("subject": "a", "predicate": "p", "object": "b", "props": {"k": {}})") ==
        "in.json:1:77: property \"k\" must be a string, number or boolean, got object");
  CHECK(read_error(R"({"entities": [{"id": 7}]})") == "in.json:1:22: \"id\" must be a string, got number");
  CHECK(read_error(R"({"entities": [{"id": "x", "aliases": "y"}]})") ==
        "in.json:1:38: \"aliases\" must be an array of strings, got string");
  CHECK(read_error(R"({"entities": [{"id": "x", "aliases": ["y", null]}]})") ==
        "in.json:1:44: each alias must be a string, got null");
  CHECK(read_error(R"({"sources": [{"id": "s", "url": 1}]})") == "in.json:1:33: \"url\" must be a string, got number");
}

TEST_CASE("JSON records with missing, repeated or out-of-range fields are errors", "[ingest]") {
  CHECK(fact_error(R"("subject": "a", "predicate": "p")") ==
        "in.json:1:12: expected \"object\" in the fact, found none");
  CHECK(fact_error(R"("subject": "a", "predicate": "", "object": "b")") ==
        "in.json:1:42: \"predicate\" must not be empty");
  CHECK(fact_error(R"("subject": "a", "subject": "c", "predicate": "p", "object": "b")") ==
        "in.json:1:40: duplicate field \"subject\"");
  CHECK(fact_error(R"("subject": "a", "predicate": "p", "object": "b", "confidence": 1.5)") ==
        "in.json:1:76: \"confidence\" must be a number from 0 to 1, got 1.5");
  CHECK(fact_error(R"("subject": "a", "predicate": "p", "object": "b", "date": "2010-13-01")") ==
        "in.json:1:70: \"date\" must be an ISO 8601 date string (YYYY, YYYY-MM or YYYY-MM-DD), got \"2010-13-01\"");
  CHECK(fact_error(R"("subject": {"type": "Person"}, "predicate": "p", "object": "b")") ==
        "in.json:1:24: expected \"name\" or \"id\" in the inline \"subject\" entity, found neither");
  CHECK(read_error(R"({"entities": [{"name": "x"}]})") ==
        "in.json:1:15: expected a non-empty \"id\" in the entity, found none");
  CHECK(read_error(R"({"sources": [{"title": "x"}]})") ==
        "in.json:1:14: expected a non-empty \"id\" in the source, found none");
  CHECK(read_error(R"({"facts": [{"subject": "a", "predicate": "p", "object": "b"}], "source": {"id": "s"}})") ==
        "in.json:1:74: expected \"source\" before \"facts\" (it is the default source of the facts that follow), "
        "got it after them");
}

TEST_CASE("Conflicting entity declarations in JSON are reported by the builder at the reader's locations", "[ingest]") {
  CHECK(read_error(
            "{\"entities\": [\n {\"id\": \"x\", \"type\": \"Person\"},\n {\"id\": \"x\", \"type\": \"Place\"}]}") ==
        "in.json:3:2: entity \"x\" is declared here as Place but as Person at in.json:2:2");
  const std::string alias_error = read_error(
      "{\"entities\": [\n {\"id\": \"x\", \"aliases\": [\"Bob\"]},\n {\"id\": \"y\", \"aliases\": [\"bob\"]}]}");
  CHECK(alias_error.rfind("in.json:3:2: ", 0) == 0);
  CHECK(alias_error.find("in.json:2:2") != std::string::npos);
}

TEST_CASE("Deeply nested JSON inside a fact is an error, not a crash", "[ingest]") {
  const std::string deep =
      "{\"facts\": [{\"subject\": \"a\", \"predicate\": \"p\", \"object\": \"b\", \"props\": {\"a\": " +
      std::string(100000, '[') + std::string(100000, ']') + "}}]}";
  CHECK(read_error(deep) ==
        "in.json:1:83: expected at most 8 levels of nested objects and arrays in a record, got more");
  GraphBuilder builder;  // an unknown top-level field may nest as deep as it likes: it is skipped
  read_json("{\"junk\": " + std::string(100000, '[') + std::string(100000, ']') + "}", "deep.json", builder);
  CHECK(builder.build().node_count() == 0);
}

TEST_CASE("A large JSON document is read in chunks with exact locations and progress", "[ingest]") {
  std::string text = "{\"facts\": [\n";
  for (int i = 0; i < 20000; ++i) {
    text += fmt::format(
        "{{\"subject\": \"person {}\", \"predicate\": \"knows\", \"object\": \"person {}\", "
        "\"quote\": \"{}\"}},\n",
        i, i + 1, std::string(static_cast<std::size_t>(i % 50), 'q'));
  }
  std::uint64_t last_read = 0;
  std::uint64_t last_total = 0;
  std::size_t calls = 0;
  ReadOptions options;
  options.progress = [&](std::uint64_t read, std::uint64_t total) {
    CHECK(read > last_read);
    last_read = read;
    last_total = total;
    ++calls;
  };
  GraphBuilder builder;
  text += "{\"subject\": \"a\", \"predicate\": \"p\", \"object\": \"b\"}]}";
  read_json(text, "big.json", builder, options);
  CHECK(builder.build().edge_count() == 20001);
  CHECK(calls > 10);
  CHECK(last_total == text.size());
  CHECK(last_read == last_total);
  text.resize(text.size() - 6);  // the last fact's object becomes a number
  CHECK(read_error(text + "4}]}") == "in.json:20002:46: \"object\" must be a string or an object, got number");
}

TEST_CASE("A JSON file is read from disk with its path as the display name", "[ingest]") {
  kg::test::TempDir dir;
  const auto file = dir.write("facts.json", R"({"facts": [{"subject": "a", "predicate": "p", "object": 1}]})");
  GraphBuilder builder;
  const std::string error = input_error([&] { kg::ingest::read_json_file(file, builder); });
  CHECK(error == file.string() + ":1:57: \"object\" must be a string or an object, got number");
  CHECK_THROWS_AS(kg::ingest::read_json_file(dir / "missing.json", builder), std::runtime_error);
}
