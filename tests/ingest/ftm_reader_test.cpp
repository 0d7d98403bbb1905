#include "kg/ingest/ftm_reader.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "kg/ingest/reader.h"
#include "reader_test_support.h"
#include "support/test_support.h"

using kg::graph::GraphBuilder;
using kg::ingest::read_ftm;
using kg::ingest::test::graph_text;

namespace {

std::string read_text(std::string_view text, kg::ingest::ReadOptions options = {}) {
  GraphBuilder builder;
  read_ftm(text, "in.ftm.json", builder, options);
  return graph_text(builder.build());
}

std::string read_error(std::string_view text) { return kg::ingest::test::read_error(read_ftm, text, "in.ftm.json"); }

constexpr std::string_view kEntities =
    R"({"id": "NK-ana", "schema": "Person", "properties": {"name": ["Ana L\u00f3pez", "Ana Lopez"], "alias": ["Ana L."], "weakAlias": ["La Jefa"], "birthDate": ["1970-03"], "nationality": ["es", "mx"]}, "caption": "Ana L\u00f3pez", "datasets": ["demo_sanctions"], "first_seen": "2023-01-02T10:00:00", "target": true}
{"id": "NK-acme", "schema": "Company", "properties": {"name": ["Acme Holdings Ltd"], "jurisdiction": ["vg"], "addressEntity": ["addr-1"]}, "datasets": ["demo_registry"]}
{"id": "addr-1", "schema": "Address", "properties": {"full": ["1 Main St, Road Town"]}}
{"id": "own-1", "schema": "Ownership", "properties": {"owner": ["NK-ana"], "asset": ["NK-acme"], "percentage": ["60"], "startDate": ["2010-01-15"], "endDate": ["2015"], "sourceUrl": ["https://registry.example/acme"], "publisher": ["Example Registry"], "recordId": ["R-77"], "summary": ["Ana holds 60 %"]}}
{"id": "dir-1", "schema": "Directorship", "properties": {"director": ["NK-bob", "NK-carl"], "organization": ["NK-acme"], "role": ["director"], "date": ["2011"]}, "datasets": ["demo_registry"]}
{"id": "san-1", "schema": "Sanction", "properties": {"entity": ["NK-ana"], "authority": ["Demo Treasury"], "startDate": ["2022-03-01"]}}
)";

}  // namespace

TEST_CASE("FtM things become typed entities and link schemata dated, sourced facts", "[ingest]") {
  CHECK(read_text(kEntities) ==
        "node NK-acme \"Acme Holdings Ltd\" Company {datasets=\"demo_registry\", jurisdiction=\"vg\"}\n"
        "node NK-ana \"Ana L\xC3\xB3pez\" Person aka [Ana L.; Ana Lopez; La Jefa] {birthDate=\"1970-03\", "
        "datasets=\"demo_sanctions\", first_seen=\"2023-01-02T10:00:00\", nationality=\"es; mx\", target=true}\n"
        "node NK-bob \"NK-bob\" Entity\n"
        "node NK-carl \"NK-carl\" Entity\n"
        "node addr-1 \"addr-1\" Address {full=\"1 Main St, Road Town\"}\n"
        "node san-1 \"san-1\" Sanction {authority=\"Demo Treasury\", startDate=\"2022-03-01\"}\n"
        "edge NK-acme -has_address-> addr-1\n"
        "  from demo_registry\n"
        "edge NK-ana -owns-> NK-acme {ftm_id=\"own-1\", percentage=\"60\", recordId=\"R-77\"}\n"
        "  from https://registry.example/acme 2010-01-15/2015 \"Ana holds 60 %\"\n"
        "edge NK-bob -directs-> NK-acme {ftm_id=\"dir-1\", role=\"director\"}\n"
        "  from demo_registry 2011\n"
        "edge NK-carl -directs-> NK-acme {ftm_id=\"dir-1\", role=\"director\"}\n"
        "  from demo_registry 2011\n"
        "edge san-1 -concerns-> NK-ana\n"
        "  from -\n"
        "source demo_registry \"\"  \n"
        "source https://registry.example/acme \"Example Registry\" https://registry.example/acme \n");
}

TEST_CASE("Unknown FtM schemata, properties and fields are kept, with one warning each", "[ingest]") {
  kg::ingest::test::Warnings warnings;
  CHECK(
      read_text(
          R"({"id": "x1", "schema": "Spaceship", "properties": {"name": ["Nostromo"], "crewSize": [7]}, "colour": "grey"}
{"id": "x2", "schema": "Spaceship", "properties": {"crewSize": ["3"], "birthDate": ["long ago"]}}
{"id": "p1", "schema": "Payment", "properties": {"payer": ["x1"], "amount": ["10"]}}
{"id": "o1", "schema": "Ownership", "properties": {"owner": ["x1"], "asset": ["x2"], "startDate": ["soon"]}}
)",
          warnings.options()) ==
      "node p1 \"p1\" Payment {amount=\"10\", payer=\"x1\"}\n"
      "node x1 \"Nostromo\" Spaceship {colour=\"grey\", crewSize=\"7\"}\n"
      "node x2 \"x2\" Spaceship {birthDate=\"long ago\", crewSize=\"3\"}\n"
      "edge x1 -owns-> x2 {ftm_id=\"o1\", startDate=\"soon\"}\n"
      "  from -\n");
  CHECK(
      warnings.list ==
      std::vector<std::string>{
          "in.ftm.json:1:102: unknown field \"colour\" in an FtM entity (kept as a property) (reported once per file)",
          "in.ftm.json:1:86: unknown FtM property \"crewSize\" (kept as a property) (reported once per file)",
          "in.ftm.json:1:1: unknown FtM schema \"Spaceship\": read as an entity of that type (reported once per file)",
          "in.ftm.json:3:1: Payment without both \"payer\" and \"beneficiary\" is read as an entity (reported once "
          "per file)",
          "in.ftm.json:4:99: \"startDate\" is not an ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD): kept as a "
          "property (reported once per file)",
      });
}

TEST_CASE("An alias two FtM entities share stays a property, so the build does not fail", "[ingest]") {
  kg::ingest::test::Warnings warnings;
  CHECK(read_text(R"({"id": "a", "schema": "Person", "properties": {"name": ["Ali Hassan"], "weakAlias": ["Abu Ali"]}}
{"id": "b", "schema": "Person", "properties": {"name": ["Ali Karim"], "weakAlias": ["abu  ali"]}}
)",
                  warnings.options()) ==
        "node a \"Ali Hassan\" Person aka [Abu Ali]\n"
        "node b \"Ali Karim\" Person {weakAlias=\"abu  ali\"}\n");
  CHECK(warnings.list == std::vector<std::string>{"in.ftm.json:2:84: alias \"abu  ali\" of \"b\" is also an alias of "
                                                  "\"a\": kept as a property, not an alias (kg resolves references by "
                                                  "alias) (reported once per file)"});
}

TEST_CASE("Bad FtM entities are errors at their line and column", "[ingest]") {
  CHECK(read_error(R"({"schema": "Person"})") ==
        "in.ftm.json:1:1: expected a non-empty \"id\" in the FtM entity, found none");
  CHECK(read_error(R"({"id": "a", "properties": {}})") ==
        "in.ftm.json:1:1: expected a \"schema\" (Person, Company, Ownership, ...) in the FtM entity, found none");
  CHECK(read_error(R"({"id": 7, "schema": "Person"})") ==
        "in.ftm.json:1:8: \"id\" must be a non-empty string, got number");
  CHECK(read_error(R"({"id": "a", "schema": "Person", "properties": []})") ==
        "in.ftm.json:1:47: \"properties\" must be an object, got array");
  CHECK(
      read_error(R"({"id": "o", "schema": "Ownership", "properties": {"owner": [{"id": "p", "schema": "Person"}]}})") ==
      "in.ftm.json:1:61: \"owner\" must be a list of strings, got a list holding object (nested entities, as in "
      "the nested FtM export, are not read: use the flat entities.ftm.json)");
  CHECK(read_error("{\"id\": \"a\", \"schema\": \"Person\"}\n[1]\n") ==
        "in.ftm.json:2:1: expected a JSON object on each line, got array");
}

TEST_CASE("FtM files are told by their .ftm.json name or by their first entity", "[ingest]") {
  kg::test::TempDir dir;
  using kg::ingest::InputFormat;
  CHECK(kg::ingest::detect_format(dir.write("entities.ftm.json", "")) == InputFormat::ftm);
  CHECK(kg::ingest::detect_format(dir.write("export.FTM.jsonl", "")) == InputFormat::ftm);
  CHECK(kg::ingest::detect_format(dir.write("aleph.json", std::string(kEntities))) == InputFormat::ftm);
  CHECK(kg::ingest::detect_format(dir.write("facts.json", "{\"id\": \"a\", \"schema\": \"x\"}\n")) ==
        InputFormat::json);
  GraphBuilder builder;
  kg::ingest::read_input(dir / "aleph.json", builder);
  CHECK(builder.build().node_count() == 6);
}

TEST_CASE("An FtM link dated by startDate alone is open-ended, one whose endDate is before it keeps the endDate",
          "[ingest]") {
  kg::ingest::test::Warnings warnings;
  CHECK(
      read_text(
          R"({"id": "o1", "schema": "Ownership", "properties": {"owner": ["x1"], "asset": ["x2"], "startDate": ["2009"]}}
{"id": "o2", "schema": "Ownership", "properties": {"owner": ["x1"], "asset": ["x3"], "endDate": ["2010"]}}
{"id": "o3", "schema": "Ownership", "properties": {"owner": ["x2"], "asset": ["x3"], "startDate": ["2012"], "endDate": ["2010"]}}
)",
          warnings.options()) ==
      "node x1 \"x1\" Entity\nnode x2 \"x2\" Entity\nnode x3 \"x3\" Entity\n"
      "edge x1 -owns-> x2 {ftm_id=\"o1\"}\n  from - 2009/..\n"
      "edge x1 -owns-> x3 {ftm_id=\"o2\"}\n  from - ../2010\n"
      "edge x2 -owns-> x3 {endDate=\"2010\", ftm_id=\"o3\"}\n  from - 2012\n");
  REQUIRE(warnings.list.size() == 1);
  CHECK_THAT(warnings.list[0], Catch::Matchers::Contains("\"endDate\" is before the start of the link: kept as a "
                                                         "property (reported once per file)"));
}
