#include "kg/ingest/csv_mapping.h"

#include <catch2/catch.hpp>
#include <string>

#include "kg/graph/diagnostics.h"
#include "reader_test_support.h"
#include "support/test_support.h"

using kg::ingest::CsvMapping;
using kg::ingest::parse_csv_mapping;

namespace {

std::string mapping_error(std::string_view text) {
  return kg::ingest::test::input_error([&] { parse_csv_mapping(text, "map.json"); });
}

std::string columns(const kg::ingest::MappedValue& value) {
  if (value.constant) return "=" + *value.constant;
  std::string out;
  for (const std::string& column : value.columns) out += (out.empty() ? "" : "|") + column;
  return out;
}

}  // namespace

TEST_CASE("A mapping names columns by a string, a list or an object, and constants by value", "[ingest]") {
  const CsvMapping mapping = parse_csv_mapping(R"({
    "entities": {"id": "node_id", "name": ["name", "address"], "type": {"value": "Company"},
                 "aliases": {"column": "former_name"}, "alias_separator": "|"},
    "facts": {"subject": {"columns": ["from", "src"]}, "object": "to", "predicate": {"value": "linked_to"},
              "start": "start_date", "end": "end_date", "source": "sourceID", "confidence": "c", "quote": "q",
              "date_format": ["%d-%b-%Y", "%Y"]}
  })",
                                               "map.json");
  CHECK(mapping.display_name == "map.json");
  REQUIRE(mapping.entities);
  CHECK(columns(mapping.entities->id) == "node_id");
  CHECK(columns(mapping.entities->name) == "name|address");
  CHECK(columns(mapping.entities->type) == "=Company");
  CHECK(columns(mapping.entities->aliases) == "former_name");
  CHECK(mapping.entities->alias_separator == "|");
  REQUIRE(mapping.facts);
  CHECK(columns(mapping.facts->subject) == "from|src");
  CHECK(columns(mapping.facts->predicate) == "=linked_to");
  CHECK(columns(mapping.facts->start) == "start_date");
  CHECK(columns(mapping.facts->end) == "end_date");
  CHECK(mapping.facts->date.empty());
  CHECK(columns(mapping.facts->quote) == "q");
  CHECK(mapping.facts->date_formats == std::vector<std::string>{"%d-%b-%Y", "%Y"});
}

TEST_CASE("A file rule whose pattern matches lays its columns over the mapping's and says what the file holds",
          "[ingest]") {
  const CsvMapping mapping = parse_csv_mapping(R"({
    "entities": {"id": "node_id", "name": "name"},
    "facts": {"subject": "a", "object": "b", "predicate": "p"},
    "files": [{"file": "nodes-entit?es*.csv", "entities": {"type": {"value": "Company"}}},
              {"file": "rel*.csv", "facts": {"predicate": {"value": "knows"}}},
              {"file": "*", "entities": {"name": "other"}}]
  })",
                                               "map.json");
  const CsvMapping companies = mapping.for_file("nodes-entities-2.csv");
  REQUIRE(companies.entities);
  CHECK(columns(companies.entities->id) == "node_id");
  CHECK(columns(companies.entities->name) == "name");
  CHECK(columns(companies.entities->type) == "=Company");
  CHECK_FALSE(companies.facts);
  const CsvMapping relationships = mapping.for_file("relationships.csv");
  CHECK_FALSE(relationships.entities);
  REQUIRE(relationships.facts);
  CHECK(columns(relationships.facts->subject) == "a");
  CHECK(columns(relationships.facts->predicate) == "=knows");
  CHECK(columns(mapping.for_file("anything.csv").entities->name) == "other");  // the first match wins, "*" last
  const CsvMapping plain =
      parse_csv_mapping(R"({"entities": {"id": "i"}, "facts": {"subject": "s", "object": "o"}})", "map.json");
  CHECK(plain.for_file("x.csv").entities);  // without rules a file may hold either
  CHECK(plain.for_file("x.csv").facts);
}

TEST_CASE("A bad mapping is reported at the offending value", "[ingest]") {
  CHECK(mapping_error("[]") == "map.json:1:1: expected a mapping object, got array");
  CHECK(mapping_error("{}") ==
        "map.json:1:1: expected \"entities\", \"facts\" or \"files\" in the mapping, found none");
  CHECK(mapping_error("{\"entity\": {}}") ==
        "map.json:1:12: unknown field \"entity\" in the mapping; expected entities, facts, files");
  CHECK(mapping_error("{\"entities\": {\"id\": 3}}") ==
        "map.json:1:21: \"id\" must be a string or a list of strings, got number");
  CHECK(mapping_error("{\"entities\": {\"id\": \"\"}}") ==
        "map.json:1:21: \"id\" must be a non-empty string, got an empty one");
  CHECK(mapping_error("{\"entities\": {\"id\": []}}") == "map.json:1:21: \"id\" must name at least one column");
  CHECK(mapping_error("{\"entities\": {\"id\": \"i\", \"kind\": \"k\"}}") ==
        "map.json:1:34: unknown field \"kind\" in \"entities\"; expected id, name, type, aliases, alias_separator");
  CHECK(mapping_error("{\"entities\": {\"type\": {\"value\": \"\"}}}") ==
        "map.json:1:33: \"value\" must be a non-empty string, got an empty one");
  CHECK(mapping_error("{\"entities\": {\"type\": {\"value\": \"T\", \"column\": \"t\"}}}") ==
        "map.json:1:23: \"type\" must name a column (\"column\") or a constant (\"value\"), and not both");
  CHECK(mapping_error("{\"facts\": {\"date\": \"d\", \"end\": \"e\"}}") ==
        "map.json:1:11: \"facts\" gives \"date\" and \"start\"/\"end\": use one or the other");
  CHECK(mapping_error("{\"facts\": {\"when\": \"d\"}}") ==
        "map.json:1:20: unknown field \"when\" in \"facts\"; expected subject, predicate, object, date, start, end, "
        "source, confidence, quote, date_format");
  CHECK(mapping_error("{\"files\": [{\"entities\": {}}]}") ==
        "map.json:1:12: expected \"file\" (a file name, * and ? allowed) in the file rule");
  CHECK(mapping_error("{\"files\": {}}") == "map.json:1:11: \"files\" must be a list of rules, got object");
  CHECK(mapping_error("{\"entities\": {\"id\": \"i\"}") ==
        "map.json:1:25: expected ',' or '}' after a field, got the end of the file (is the input truncated?)");
}

TEST_CASE("A mapping file that cannot be read is an environment error", "[ingest]") {
  kg::test::TempDir dir;
  CHECK_THROWS_AS(kg::ingest::load_csv_mapping(dir / "missing.json"), std::runtime_error);
  const CsvMapping mapping = kg::ingest::load_csv_mapping(dir.write("m.json", R"({"entities": {"id": "i"}})"));
  CHECK(mapping.display_name == (dir / "m.json").string());
}
