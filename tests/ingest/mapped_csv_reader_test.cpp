// CSV by mapping (ingest/mapped_csv_reader.cpp), read through read_csv with ReadOptions::csv_mapping as kg build --map
// does.
#include <catch2/catch.hpp>
#include <string>

#include "kg/ingest/csv_mapping.h"
#include "kg/ingest/csv_reader.h"
#include "kg/ingest/reader.h"
#include "reader_test_support.h"
#include "support/test_support.h"

using kg::graph::GraphBuilder;
using kg::ingest::CsvMapping;
using kg::ingest::parse_csv_mapping;
using kg::ingest::ReadOptions;
using kg::ingest::test::graph_text;

namespace {

void read_mapped(std::string_view csv, std::string_view name, GraphBuilder& builder, const CsvMapping& mapping,
                 ReadOptions options = {}) {
  options.csv_mapping = &mapping;
  kg::ingest::read_csv(csv, name, builder, options);
}

std::string mapped_error(std::string_view mapping_text, std::string_view csv, std::string_view name = "in.csv") {
  const CsvMapping mapping = parse_csv_mapping(mapping_text, "map.json");
  return kg::ingest::test::input_error([&] {
    GraphBuilder builder;
    read_mapped(csv, name, builder, mapping);
    builder.build();
  });
}

constexpr std::string_view kNodesAndLinks = R"({
  "entities": {"id": "node_id", "name": ["name", "address"], "type": "kind", "aliases": "former",
               "alias_separator": "|"},
  "facts": {"subject": "from", "object": "to", "predicate": {"value": "linked_to"}, "date": "when",
            "source": "src", "confidence": "sure", "quote": "said", "date_format": "%d-%b-%Y"}
})";

/// Facts only: a mapped column a file lacks is an error (a misspelt name), so every case's file has all four.
constexpr std::string_view kLinks = R"({"facts": {"subject": "from", "object": "to", "predicate": {"value": "p"},
  "date": "when", "confidence": "sure", "date_format": "%d-%b-%Y"}})";

}  // namespace

TEST_CASE("Mapped columns give entities and facts, and every other column stays a typed property", "[ingest]") {
  const CsvMapping mapping = parse_csv_mapping(kNodesAndLinks, "map.json");
  GraphBuilder builder;
  read_mapped(
      "node_id,name,address,kind,former,since,listed\n"
      "1,Blue Heron Ltd,,Company,Blue Heron Holdings | BH Ltd |,2006,true\n"
      "2,,\"12 Rudaki Avenue, Dushanbe\",Address,,,\n",
      "nodes.csv", builder, mapping);
  read_mapped(
      "FROM,to,when,src,sure,said,weight\n"  // column names match in any ASCII case
      "1,2,23-MAR-2006,Panama Papers,0.9,\"registered, they said\",1.5\n"
      "1,2,2007-01,,,,\n",
      "links.csv", builder, mapping);
  CHECK(graph_text(builder.build()) ==
        "node 1 \"Blue Heron Ltd\" Company aka [BH Ltd; Blue Heron Holdings] {listed=true, since=2006}\n"
        "node 2 \"12 Rudaki Avenue, Dushanbe\" Address\n"
        "edge 1 -linked_to-> 2 {weight=1.5d}\n"
        "  from Panama Papers 2006-03-23 c=0.9 \"registered, they said\"\n"
        "  from - 2007-01\n"
        "source Panama Papers \"\"  \n");
}

TEST_CASE("A mapped start and end become the statement's interval date, open where a row lacks one", "[ingest]") {
  const CsvMapping mapping = parse_csv_mapping(
      R"({"facts": {"subject": "s", "object": "o", "predicate": "p", "start": "from", "end": "until"}})", "map.json");
  GraphBuilder builder;
  read_mapped("s,o,p,from,until\na,b,owns,2006-03,2014\nc,d,owns,,2013\ne,f,owns,,\n", "f.csv", builder, mapping);
  CHECK(graph_text(builder.build()) ==
        "node a \"a\" Entity\nnode b \"b\" Entity\nnode c \"c\" Entity\nnode d \"d\" Entity\n"
        "node e \"e\" Entity\nnode f \"f\" Entity\n"
        "edge a -owns-> b\n  from - 2006-03/2014\n"
        "edge c -owns-> d\n  from - ../2013\n"
        "edge e -owns-> f\n  from -\n");
  CHECK(mapped_error(R"({"facts": {"subject": "s", "object": "o", "predicate": "p", "start": "from", "end": "until"}})",
                     "s,o,p,from,until\na,b,owns,2014,2006-03\n") ==
        "in.csv:2:15: the end 2006-03 is before the start 2014");
}

TEST_CASE("The ICIJ Offshore Leaks example builds by its mapping", "[ingest]") {
  const std::filesystem::path folder = kg::test::source_dir() / "examples/icij-offshore-leaks";
  const CsvMapping mapping = kg::ingest::load_csv_mapping(folder / "mapping.json");
  kg::ingest::test::Warnings warnings;
  ReadOptions options = warnings.options();
  options.csv_mapping = &mapping;
  GraphBuilder builder({.warn = options.warn});
  for (const char* file : {"nodes-entities.csv", "nodes-officers.csv", "nodes-intermediaries.csv",
                           "nodes-addresses.csv", "relationships.csv"}) {
    kg::ingest::read_input(folder / file, builder, options);
  }
  std::string text = graph_text(builder.build());
  for (std::size_t at; (at = text.find(folder.string() + "/")) != std::string::npos;)
    text.erase(at, folder.string().size() + 1);
  kg::test::check_golden("ingest/icij-offshore-leaks.txt", text);
  // Two officers share a name (so a reference by it would be ambiguous); two statements of one edge have other
  // "link" values (the first is kept). The sources the relationships cite by name are no unknown sources.
  REQUIRE(warnings.list.size() == 2);
  CHECK(warnings.list[0].find("nodes-officers.csv:5:1: \"dilshod karimov\" is an id, name or alias of 2 entities") !=
        std::string::npos);
  CHECK(warnings.list[1].find("relationships.csv:3:1: ") != std::string::npos);
}

TEST_CASE("A file the mapping does not fit is reported with the columns it has", "[ingest]") {
  CHECK(mapped_error(kNodesAndLinks, "id,label\n1,x\n") ==
        "in.csv:1:1: this file fits no part of map.json: its facts need from and to; its entities need node_id; "
        "its columns are id, label");
  CHECK(mapped_error(kNodesAndLinks, "node_id,name\n1,x\n") ==
        "in.csv:1:1: map.json maps \"type\" to the column \"kind\", which this file does not have (columns: node_id, "
        "name)");
  CHECK(mapped_error(R"({"files": [{"file": "n*.csv", "entities": {"id": "i"}}]})", "i\n1\n", "other.csv") ==
        "other.csv:1:1: this file fits no part of map.json: it maps nothing for this file; its columns are i");
  CHECK(mapped_error(R"({"facts": {"subject": "s", "object": "o"}})", "s,o\na,b\n") ==
        "in.csv:1:1: map.json gives no \"predicate\" for this file's facts (a column, or {\"value\": ...})");
  CHECK(mapped_error(kNodesAndLinks, "") == "in.csv:1: expected a header line, got an empty file");
}

TEST_CASE("Mapped cells with missing or malformed values are errors at their cell", "[ingest]") {
  const std::string_view entities = R"({"entities": {"id": "node_id"}})";
  CHECK(mapped_error(entities, "node_id,x\n,1\n") ==
        "in.csv:2:1: expected an entity id in the column \"node_id\", got an empty field");
  CHECK(mapped_error(entities, "node_id,x\n1\n") == "in.csv:2:1: expected 2 fields as in the header, got 1");
  CHECK(mapped_error(entities, "node_id,x\n1,2,3\n") == "in.csv:2:5: expected 2 fields as in the header, got 3");
  CHECK(mapped_error(kLinks, "from,to,when,sure\n,b,,\n") ==
        "in.csv:2:1: expected the subject in the column \"from\", got an empty field");
  CHECK(mapped_error(kLinks, "from,to,when,sure\na,b,2006/03/23,\n") ==
        "in.csv:2:5: expected a date like %d-%b-%Y or ISO 8601 for \"date\" (column \"when\"), got \"2006/03/23\"");
  CHECK(mapped_error(R"({"facts": {"subject": "s", "object": "o", "predicate": "p", "start": "d"}})",
                     "s,o,p,d\na,b,c,soon\n") ==
        "in.csv:2:7: expected an ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD) for \"start\" (column \"d\"), got "
        "\"soon\"");
  CHECK(mapped_error(R"({"facts": {"subject": "s", "object": "o", "predicate": "p"}})", "s,o,p\na,b,\n") ==
        "in.csv:2:5: expected a predicate, got an empty field");
  CHECK(mapped_error(kLinks, "from,to,when,sure\na,b,,1.5\n") ==
        "in.csv:2:6: \"confidence\" must be a number from 0 to 1, got \"1.5\"");
  CHECK(mapped_error(R"({"facts": {"subject": "s", "object": "o", "predicate": "p", "confidence": {"value": "x"}}})",
                     "s,o,p\na,b,c\n") == "in.csv:2:1: \"confidence\" must be a number from 0 to 1, got \"x\"");
}

TEST_CASE("Mapped TSV and CSV with a chosen separator read alike", "[ingest]") {
  const CsvMapping mapping = parse_csv_mapping(R"({"entities": {"id": "node_id", "name": "name"}})", "map.json");
  GraphBuilder from_tsv;
  read_mapped("node_id\tname\n1\tBlue, Heron\n", "n.tsv", from_tsv, mapping);
  GraphBuilder from_csv;
  read_mapped("node_id,name\n1,\"Blue, Heron\"\n", "n.csv", from_csv, mapping);
  CHECK(graph_text(from_tsv.build()) == graph_text(from_csv.build()));
}
