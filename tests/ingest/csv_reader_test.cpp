#include "kg/ingest/csv_reader.h"

#include <catch2/catch.hpp>
#include <string>

#include "kg/ingest/json_reader.h"
#include "reader_test_support.h"
#include "support/test_support.h"

using kg::graph::GraphBuilder;
using kg::ingest::read_csv;
using kg::ingest::test::graph_text;

namespace {

std::string read_error(std::string_view text) {
  const auto read_with_detection = [](std::string_view csv, std::string_view name, GraphBuilder& builder,
                                      const kg::ingest::ReadOptions& options) {
    read_csv(csv, name, builder, options);
  };
  return kg::ingest::test::read_error(read_with_detection, text, "in.csv");
}

}  // namespace

TEST_CASE("CSV entity and fact files become nodes with typed properties and edges with provenance", "[ingest]") {
  GraphBuilder builder;
  read_csv(
      "\xEF\xBB\xBFid,type,name,aliases,born,height,alive,code,note\r\n"
      "ziyoev,Person,Mirzo Ziyoev,Ziyoev; Mirzo ;,1960,1.8,false,007,\r\n"
      "sons,Group,,,,,,,\"said \"\"the sons\"\"\"\r\n",
      "entities.csv", builder);
  read_csv(
      "subject,predicate,object,source,date,confidence,quote,weight,Grade\n"
      "Ziyoev,father_of,sons,rferl,2010-08,0.8,\"his\n sons\",2,B2\n"
      "mirzo ziyoev,father_of,Sons,,,,,,\n",
      "facts.csv", builder);
  CHECK(graph_text(builder.build()) ==
        "node sons \"sons\" Group {note=\"said \"the sons\"\"}\n"
        "node ziyoev \"Mirzo Ziyoev\" Person aka [Mirzo; Ziyoev] {alive=false, born=1960, code=\"007\", height=1.8d}\n"
        "edge ziyoev -father_of-> sons {weight=2}\n"
        "  from rferl 2010-08 c=0.8 g=B2 \"his\n sons\"\n"
        "  from -\n"
        "source rferl \"\"  \n");
}

TEST_CASE("TSV is chosen by a tab in the header or by the caller", "[ingest]") {
  GraphBuilder builder;
  read_csv("subject\tpredicate\tobject\na, b\tknows\t\"c d\"\n", "facts.txt", builder);
  read_csv("id\tname\n\"c d\"\t\"X, \"\"Y\"\"\"\n", "entities.tsv", builder, {}, '\t');
  CHECK(graph_text(builder.build()) ==
        "node a, b \"a, b\" Entity\n"
        "node c d \"X, \"Y\"\" Entity\n"
        "edge a, b -knows-> c d\n"
        "  from -\n");
}

TEST_CASE("Semicolon-separated CSV, as spreadsheets write it in many locales, is detected by its header", "[ingest]") {
  GraphBuilder builder;
  read_csv("id;type;name;aliases;share\r\nziyoev;Person;\"Ziyoev; Mirzo\";Mirzo;\"0,5\"\r\n", "entities.csv", builder);
  read_csv("subject;predicate;object;date\nziyoev;knows;b;2010-08\n", "facts.csv", builder);
  CHECK(graph_text(builder.build()) ==
        "node b \"b\" Entity\n"
        "node ziyoev \"Ziyoev; Mirzo\" Person aka [Mirzo] {share=\"0,5\"}\n"
        "edge ziyoev -knows-> b\n"
        "  from - 2010-08\n");
}

TEST_CASE("CSV and JSON with the same facts give the same graph", "[ingest]") {
  GraphBuilder from_csv;
  read_csv("id,type,age,tall\na,Person,40,true\n", "e.csv", from_csv);
  read_csv("subject,predicate,object,source,quote,w\na,knows,b,s1,q,0.5\na,knows,b,s2,,\n", "f.csv", from_csv);
  GraphBuilder from_json;
  kg::ingest::read_json(R"({"entities": [{"id": "a", "type": "Person", "props": {"age": 40, "tall": true}}],
    "facts": [{"subject": "a", "predicate": "knows", "object": "b", "source": "s1", "quote": "q", "props": {"w": 0.5}},
              {"subject": "a", "predicate": "knows", "object": "b", "source": "s2"}]})",
                        "same.json", from_json);
  CHECK(graph_text(from_csv.build()) == graph_text(from_json.build()));
}

TEST_CASE("Malformed CSV is reported with line and column", "[ingest]") {
  CHECK(read_error("") == "in.csv:1: expected a header line, got an empty file");
  CHECK(read_error("subject,predicate,object\na,\"b,c\n") ==
        "in.csv:2:3: expected a closing '\"' for the quoted field that starts here, got the end of the file");
  CHECK(read_error("subject,predicate,object\n\"a\"x,b,c\n") ==
        "in.csv:2:4: expected a separator or the end of the line after a closing quote, got 'x'");
  CHECK(read_error("subject,predicate,object\na,b\n") == "in.csv:2:1: expected 3 fields as in the header, got 2");
  CHECK(read_error("subject,predicate,object\na,b,c,d\n") == "in.csv:2:7: expected 3 fields as in the header, got 4");
  CHECK(read_error("subject,predicate,object,quote\na,p,b,\"line 1\nline 2\"\na,p,b,\"x\"y\n") ==
        "in.csv:4:10: expected a separator or the end of the line after a closing quote, got 'y'");
  CHECK(read_error("id\ncaf\xE9\n") ==
        "in.csv:2:4: expected UTF-8 text, got an invalid UTF-8 sequence starting with byte 0xe9");
}

TEST_CASE("CSV headers must name an entity or a fact file without duplicates", "[ingest]") {
  CHECK(read_error("a,b,c\n") ==
        "in.csv:1:1: expected an \"id\" column (entities), \"subject\", \"predicate\" and \"object\" columns "
        "(facts) or \"decision\" and \"ids\" columns (decisions) in the header, got \"a\", \"b\", \"c\"");
  CHECK(read_error("Subject,predicate\n") ==
        "in.csv:1:1: expected \"subject\", \"predicate\" and \"object\" columns in a fact file, \"object\" is missing");
  CHECK(read_error("id,name,NAME\n") == "in.csv:1:9: duplicate column \"NAME\" (also column 2 of the header)");
  CHECK(read_error("id,,x\n") == "in.csv:1:4: expected a column name in the header, got an empty field");
}

TEST_CASE("A CSV header of a million columns is checked for duplicates in linear time", "[ingest]") {
  // Each column name used to be compared with every earlier one (hours at this width); now they are hashed.
  std::string header = "subject,predicate,object";
  for (int i = 0; i < 1'000'000; ++i) header += ",c" + std::to_string(i);
  const std::size_t duplicate_column = header.size() + 2;
  CHECK(read_error(header + ",C17\n") ==
        "in.csv:1:" + std::to_string(duplicate_column) + ": duplicate column \"C17\" (also column 21 of the header)");
  GraphBuilder builder;
  std::string row = "a,p,b";
  for (int i = 0; i < 1'000'000; ++i) row += "," + std::to_string(i);
  read_csv(header + "\n" + row + "\n", "wide.csv", builder);
  const kg::graph::Graph graph = builder.build();
  const auto props = graph.edge_properties(kg::graph::EdgeId{0});
  REQUIRE(props.size() == 1'000'000);
  CHECK(props.back().key == "c999999");
}

TEST_CASE("CSV cells with missing or malformed values are errors", "[ingest]") {
  CHECK(read_error("subject,predicate,object\n,p,o\n") ==
        "in.csv:2:1: expected a value in the \"subject\" column, got an empty field");
  CHECK(read_error("id,name\n,x\n") == "in.csv:2:1: expected a value in the \"id\" column, got an empty field");
  CHECK(read_error("subject,predicate,object,confidence\na,p,b,high\n") ==
        "in.csv:2:7: \"confidence\" must be a number from 0 to 1, got \"high\"");
  CHECK(read_error("subject,predicate,object,confidence\na,p,b,1.5\n") ==
        "in.csv:2:7: \"confidence\" must be a number from 0 to 1, got \"1.5\"");
  CHECK(read_error("subject,predicate,object,date\na,p,b,23/08/2010\n") ==
        "in.csv:2:7: \"date\" is not an ISO 8601 interval: expected an interval START/END, each end YYYY, YYYY-MM, "
        "YYYY-MM-DD or .., got \"23/08/2010\"");
  CHECK(read_error("subject,predicate,object,grade\na,p,b,B9\n") ==
        "in.csv:2:7: \"grade\" must be an Admiralty grade: a reliability letter A to F and/or an information "
        "credibility digit 1 to 6 (B2, B, 2), got \"B9\"");
  CHECK(read_error("id,type\nx,Person\nx,Place\n") ==
        "in.csv:3:1: entity \"x\" is declared here as Place but as Person at in.csv:2:1");
  CHECK(read_error("subject,predicate,object\na,\"  \",b\n") ==
        "in.csv:2:3: expected a value in the \"predicate\" column, got only white space");
  CHECK(read_error("subject,predicate,object,date\na,p,b,2010-08-23 extra\n") ==
        "in.csv:2:7: \"date\" must be an ISO 8601 date or interval string (YYYY, YYYY-MM, YYYY-MM-DD, or START/END of "
        "those with .. "
        "for an open end), got \"2010-08-23 extra\"");
  CHECK(read_error("subject,predicate,object,confidence\na,p,b,1e400\n") ==
        "in.csv:2:7: \"confidence\" must be a number from 0 to 1, got \"1e400\"");
  GraphBuilder tiny;  // a number too close to zero for a double is zero, as JSON reads it
  read_csv("subject,predicate,object,confidence\na,p,b,1e-400\n", "in.csv", tiny);
  CHECK(tiny.build().provenance_confidence(kg::graph::ProvenanceId{0}) == 0.0f);
  CHECK(read_error("id,aliases\nx,Bob\ny,bob\n").empty());  // a shared alias is a warning (builder_test.cpp)
}

TEST_CASE("Large CSV files and long quoted fields are read through the record buffer", "[ingest]") {
  std::string text = "subject,predicate,object,quote\n";
  for (int i = 0; i < 40000; ++i) {
    text += fmt::format("person {},knows,person {},\"a \"\"quote\"\"\nover two lines\"\n", i, i + 1);
  }
  text += "a,said,b,\"" + std::string(3 << 20, 'x') + "\"\n";
  kg::test::TempDir dir;
  const auto file = dir.write("big.csv", text);
  GraphBuilder builder;
  kg::ingest::read_csv_file(file, builder);
  const kg::graph::Graph graph = builder.build();
  CHECK(graph.edge_count() == 40001);
  CHECK(graph.provenance_quote(
            graph.provenance(graph.out(graph.find_nodes("person 7").front()).begin().operator*().edge).front()) ==
        "a \"quote\"\nover two lines");
  CHECK(read_error(text + "a,b\n") == "in.csv:80003:1: expected 4 fields as in the header, got 2");
}

TEST_CASE("A CSV file with decision and ids columns holds decisions", "[ingest]") {
  kg::graph::GraphBuilder builder;
  read_csv("id,type,name\nrahmon,Person,Emomali Rahmon\nrakhmon,Person,Emomali Rakhmon\nson,Person,Rustam\n", "e.csv",
           builder, {});
  read_csv(
      "decision,ids,reason,author,date\n"
      "same_as,rahmon; rakhmon,\"same man, two spellings\",dk,2024-05\n"
      "different_from,rahmon;son,father and son,,\n",
      "d.csv", builder, {});
  CHECK(graph_text(builder.build()) ==
        "node rahmon +[rakhmon] \"Emomali Rahmon\" Person aka [Emomali Rakhmon]\n"
        "node son \"Rustam\" Person\n"
        "decision same_as [rahmon; rakhmon] \"same man, two spellings\" dk 2024-05\n"
        "decision different_from [rahmon; son] \"father and son\"  \n");
}

TEST_CASE("CSV decision files accept only their own columns and values", "[ingest]") {
  CHECK(read_error("decision,ids,reason,confidence\n") ==
        "in.csv:1:21: expected only the columns decision, ids, reason, author and date in a decision file, got "
        "\"confidence\"");
  CHECK(read_error("decision,ids,reason\nmerge,a;b,x\n") ==
        "in.csv:2:1: \"decision\" must be \"same_as\" or \"different_from\", got \"merge\"");
  CHECK(read_error("decision,ids,reason\nsame_as,a,x\n") ==
        "in.csv:2:1: a same_as decision needs two or more "
        "\"ids\", got 1");
  CHECK(read_error("decision,ids,reason,date\nsame_as,a;b,x,2024-13\n") ==
        "in.csv:2:15: \"date\" must be an ISO 8601 date string (YYYY, YYYY-MM or YYYY-MM-DD), got \"2024-13\"");
}
