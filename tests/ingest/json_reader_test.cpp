#include "kg/ingest/json_reader.h"

#include <catch2/catch.hpp>
#include <cmath>
#include <limits>
#include <random>
#include <string>
#include <vector>

#include "../../ingest/cell_value.h"
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
  "sources": [{"id": "asia-plus", "title": "Asia-Plus", "reliability": "C"}],
  "entities": [
    {"id": "ziyoev", "type": "Person", "name": "Mirzo Ziyoev", "aliases": ["Ziyoev"],
     "props": {"born": 1960, "height": 1.8, "alive": false, "rank": "commander"}},
    {"id": "sons", "type": "Group"}
  ],
  "facts": [
    {"subject": "Ziyoev", "predicate": "father_of", "object": "sons", "date": "2010-08", "confidence": 0.8,
     "quote": "his sons", "props": {"count": 2}},
    {"subject": "mirzo ziyoev", "predicate": "father_of", "object": "sons", "source": "asia-plus", "date": "2010",
     "grade": "3"},
    {"subject": {"name": "Ali Rahimov", "type": "Person", "aliases": ["Rahimov"]}, "predicate": "member_of",
     "object": {"id": "ifa", "name": "Islamic Front", "type": "Organization"},
     "source": {"id": "bbc", "title": "BBC", "date": "2011"}, "grade": "b2"}
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
        "  from bbc g=B2\n"
        "edge ziyoev -father_of-> sons {count=2}\n"
        "  from rferl-2010 2010-08 c=0.8 \"his sons\"\n"
        "  from asia-plus 2010 g=C3\n"
        "source rferl-2010 \"Prison break\" https://example.org/a 2010-08-23\n"
        "source asia-plus \"Asia-Plus\"   r=C\n"
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
        "in.json:1:70: \"date\" must be an ISO 8601 date or interval string (YYYY, YYYY-MM, YYYY-MM-DD, or START/END "
        "of those with .. "
        "for an open end), got 2010");
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
  CHECK(read_error(R"({"sources": [{"id": "s", "reliability": "B2"}]})") ==
        "in.json:1:41: \"reliability\" must be a source reliability grade, a letter A to F, got \"B2\"");
  CHECK(fact_error(R"("subject": "a", "predicate": "p", "object": "b", "grade": "G7")") ==
        "in.json:1:71: \"grade\" must be an Admiralty grade: a reliability letter A to F and/or an information "
        "credibility digit 1 to 6 (\"B2\", \"B\", \"2\"), got \"G7\"");
}

TEST_CASE("JSON records with missing, repeated or out-of-range fields are errors", "[ingest]") {
  CHECK(fact_error(R"("subject": "a", "predicate": "p")") ==
        "in.json:1:12: expected \"object\" in the fact, found none");
  CHECK(fact_error(R"("subject": "a", "predicate": "", "object": "b")") ==
        "in.json:1:42: \"predicate\" must not be empty or white space");
  CHECK(fact_error(R"("subject": "a", "predicate": " \t ", "object": "b")") ==
        "in.json:1:42: \"predicate\" must not be empty or white space");
  CHECK(fact_error(R"("subject": "a", "predicate": "p", "object": "b", "date": "2010-08-23 extra")") ==
        "in.json:1:70: \"date\" must be an ISO 8601 date or interval string (YYYY, YYYY-MM, YYYY-MM-DD, or START/END "
        "of those with .. "
        "for an open end), got \"2010-08-23 "
        "extra\"");
  CHECK(fact_error(R"("subject": "a", "subject": "c", "predicate": "p", "object": "b")") ==
        "in.json:1:40: duplicate field \"subject\"");
  CHECK(fact_error(R"("subject": "a", "predicate": "p", "object": "b", "confidence": 1.5)") ==
        "in.json:1:76: \"confidence\" must be a number from 0 to 1, got 1.5");
  CHECK(fact_error(R"("subject": "a", "predicate": "p", "object": "b", "date": "2010-13-01")") ==
        "in.json:1:70: \"date\" must be an ISO 8601 date or interval string (YYYY, YYYY-MM, YYYY-MM-DD, or START/END "
        "of those with .. "
        "for an open end), got \"2010-13-01\"");
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
  std::vector<std::string> warnings;
  GraphBuilder builder({.strict = false, .warn = [&](const kg::graph::SourceLocation& where, std::string_view message) {
                          warnings.push_back(where.to_string() + ": " + std::string(message));
                        }});
  read_json("{\"entities\": [\n {\"id\": \"x\", \"aliases\": [\"Bob\"]},\n {\"id\": \"y\", \"aliases\": [\"bob\"]}]}",
            "in.json", builder);
  builder.build();
  REQUIRE(warnings.size() == 1);
  CHECK(warnings[0].rfind("in.json:3:2: \"bob\" is an id, name or alias of 2 entities", 0) == 0);
  CHECK(warnings[0].find("in.json:2:2") != std::string::npos);
}

TEST_CASE("A JSON document's decisions section holds same_as and different_from records", "[ingest]") {
  GraphBuilder builder;
  read_json(R"({
  "entities": [{"id": "rahmon", "type": "Person", "name": "Emomali Rahmon"},
               {"id": "рахмон", "name": "Эмомали Рахмон"}, {"id": "son", "name": "Rustam Emomali"}],
  "decisions": [
    {"decision": "same_as", "ids": ["rahmon", "рахмон"], "reason": "Russian spelling", "author": "dk",
     "date": "2024-05-02"},
    {"decision": "different_from", "ids": ["rahmon", "son"], "reason": "father and son", "author": null}
  ]
})",
            "in.json", builder);
  CHECK(graph_text(builder.build()) ==
        "node rahmon +[рахмон] \"Emomali Rahmon\" Person aka [Эмомали Рахмон]\n"
        "node son \"Rustam Emomali\" Entity\n"
        "decision same_as [rahmon; рахмон] \"Russian spelling\" dk 2024-05-02\n"
        "decision different_from [rahmon; son] \"father and son\"  \n");
}

TEST_CASE("JSON decisions with missing, unknown or mistyped fields are errors", "[ingest]") {
  const auto decision_error = [](std::string_view fields) {
    return read_error(fmt::format(R"({{"entities": [{{"id": "a"}}, {{"id": "b"}}], "decisions": [{{{}}}]}})", fields));
  };
  CHECK(decision_error(R"("ids": ["a", "b"], "reason": "x")") ==
        "in.json:1:56: expected \"decision\" in the decision, found none");
  CHECK(decision_error(R"("decision": "same_as", "ids": ["a", "b"])") ==
        "in.json:1:56: expected \"reason\" in the decision, found none");
  CHECK(decision_error(R"("decision": "merge", "ids": ["a", "b"], "reason": "x")") ==
        "in.json:1:69: \"decision\" must be \"same_as\" or \"different_from\", got \"merge\"");
  CHECK(decision_error(R"("decision": "same_as", "ids": "a", "reason": "x")") ==
        "in.json:1:87: \"ids\" must be an array of strings, got string");
  CHECK(decision_error(R"("decision": "same_as", "ids": ["a", 2], "reason": "x")") ==
        "in.json:1:93: each id must be a string, got number");
  CHECK(decision_error(R"("decision": "same_as", "ids": ["a", "c"], "reason": "x")") ==
        "in.json:1:56: same_as names unknown entity \"c\"; did you mean \"a\" (Entity, id a), \"b\" (Entity, id b)?");
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

TEST_CASE("A lone UTF-16 surrogate escape in a JSON string or key is refused where the string starts", "[ingest]") {
  CHECK(fact_error(R"("subject": "p\udc00", "predicate": "knows", "object": "b")") ==
        "in.json:1:24: expected a string of Unicode characters, got the lone UTF-16 surrogate \\udc00 (a surrogate "
        "escape must be one of a high-low pair)");
  CHECK(read_error(R"({"entities": [{"id": "x", "props": {"k\udfff": 1}}]})") ==
        "in.json:1:37: expected a string of Unicode characters, got the lone UTF-16 surrogate \\udfff (a surrogate "
        "escape must be one of a high-low pair)");
  CHECK(read_error(R"({"\ud800x": []})") ==
        "in.json:1:3: expected a valid UTF-16 surrogate pair, got '\\'");  // RapidJSON's own check
  CHECK(read_error(R"({"unknown\udc01": []})") ==
        "in.json:1:2: expected a string of Unicode characters, got the lone UTF-16 surrogate \\udc01 (a surrogate "
        "escape must be one of a high-low pair)");
  GraphBuilder builder;  // a pair is one character
  read_json(R"({"facts": [{"subject": "\ud83d\ude00", "predicate": "p", "object": "b"}]})", "in.json", builder);
  CHECK(builder.build().node_key(kg::graph::NodeId{0}) == "\xF0\x9F\x98\x80");
}

TEST_CASE("JSON numbers are read correctly rounded, as the CSV reader reads them", "[ingest]") {
  // Numbers with 17 to 25 significant digits, where a fast approximate parse is often one ulp off.
  std::mt19937_64 rng(2010);
  std::string props;
  std::vector<std::string> texts;
  for (int i = 0; i < 3000; ++i) {
    std::string text = fmt::format("{}.{}e{}", rng() % 10, rng(), static_cast<int>(rng() % 600) - 300);
    texts.push_back(text);
    props += fmt::format("{}\"p{}\": {}", i == 0 ? "" : ", ", i, text);
  }
  GraphBuilder builder;
  read_json(fmt::format(R"({{"entities": [{{"id": "x", "props": {{{}}}}}]}})", props), "in.json", builder);
  const kg::graph::Graph graph = builder.build();
  const auto read = graph.node_properties(kg::graph::NodeId{0});
  REQUIRE(read.size() == texts.size());
  std::size_t wrong = 0;
  for (std::size_t i = 0; i < texts.size(); ++i) {
    const auto expected = kg::ingest::detail::parse_number(texts[i]);  // from_chars: correctly rounded
    REQUIRE(expected);
    if (std::get<double>(read[i].value) != *expected) ++wrong;
  }
  CHECK(wrong == 0);
  GraphBuilder confident;  // 0.99999999999999999 is 1.0, a valid confidence
  read_json(R"({"facts": [{"subject": "a", "predicate": "p", "object": "b", "confidence": 0.99999999999999999}]})",
            "in.json", confident);
  CHECK(confident.build().provenance_confidence(kg::graph::ProvenanceId{0}) == 1.0f);
}

TEST_CASE("JSON numbers at the edges: a zero with a large exponent, underflow, overflow, beyond 64 bits", "[ingest]") {
  GraphBuilder builder;  // found by fuzzing: RapidJSON 1.1.0's full-precision path read 0e302 as -2.8e-73
  read_json(R"({"entities": [{"id": "x", "props": {"a": 0e302, "b": -0.0e300, "c": 1e-400, "d": 18446744073709551616,
            "e": -9223372036854775808, "f": 12, "g": 1E2}}]})",
            "in.json", builder);
  const kg::graph::Graph graph = builder.build();
  const auto read = graph.node_properties(kg::graph::NodeId{0});
  REQUIRE(read.size() == 7);
  CHECK(std::get<double>(read[0].value) == 0.0);
  CHECK(std::signbit(std::get<double>(read[1].value)));
  CHECK(std::get<double>(read[2].value) == 0.0);
  CHECK(std::get<double>(read[3].value) == 18446744073709551616.0);
  CHECK(std::get<std::int64_t>(read[4].value) == std::numeric_limits<std::int64_t>::min());
  CHECK(std::get<std::int64_t>(read[5].value) == 12);
  CHECK(std::get<double>(read[6].value) == 100.0);
  CHECK(read_error(R"({"entities": [{"id": "x", "props": {"a": 1e400}}]})") ==
        "in.json:1:42: expected a number that fits a double, got a bigger one");
}

TEST_CASE("A NUL byte after a complete JSON document is an error, not the end of the file", "[ingest]") {
  using namespace std::string_literals;
  CHECK(read_error("{\"facts\": []}\n\0{\"facts\": [1]}"s) ==
        "in.json:2:1: expected nothing after the top-level object, got byte 0x00");
  CHECK(read_error("{\"facts\": []}\0"s) == "in.json:1:14: expected nothing after the top-level object, got byte 0x00");
}

TEST_CASE("A fact's date may be an interval, a source's or a decision's may not", "[ingest]") {
  GraphBuilder builder;
  read_json(R"({"facts": [{"subject": "a", "predicate": "p", "object": "b", "date": "1992/1997"},
  {"subject": "a", "predicate": "p", "object": "b", "date": "2009/.."}]})",
            "case.json", builder);
  CHECK(graph_text(builder.build()) ==
        "node a \"a\" Entity\nnode b \"b\" Entity\nedge a -p-> b\n  from - 1992/1997\n  from - 2009/..\n");
  CHECK(fact_error(R"("subject": "a", "predicate": "p", "object": "b", "date": "2010/2009")") ==
        "in.json:1:70: \"date\" is not an ISO 8601 interval: the interval ends before it starts, got \"2010/2009\"");
  CHECK(read_error(R"({"sources": [{"id": "s", "date": "1992/1997"}]})") ==
        "in.json:1:34: a source's date is a single date, not an interval, got \"1992/1997\"");
  CHECK(
      read_error(R"({"decisions": [{"decision": "same_as", "ids": ["a", "b"], "reason": "r", "date": "2009/.."}]})") ==
      "in.json:1:82: a decision's date is a single date, not an interval, got \"2009/..\"");
}
