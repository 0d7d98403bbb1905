#include "kg/ingest/reader.h"

#include "kg/ingest/csv_reader.h"
#include "kg/ingest/json_reader.h"
#include "kg/ingest/jsonl_reader.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "reader_test_support.h"
#include "support/test_support.h"

using kg::ingest::detect_format;
using kg::ingest::InputFormat;

TEST_CASE("The input format follows the extension, case-insensitively", "[ingest]") {
  kg::test::TempDir dir;
  CHECK(detect_format(dir.write("a.jsonl", "")) == InputFormat::json_lines);
  CHECK(detect_format(dir.write("a.NDJSON", "")) == InputFormat::json_lines);
  CHECK(detect_format(dir.write("a.Csv", "")) == InputFormat::csv);
  CHECK(detect_format(dir.write("a.tsv", "")) == InputFormat::tsv);
  CHECK(detect_format(dir.write("a.json", "")) == InputFormat::json);
  CHECK(detect_format(dir.write("a.GraphML", "")) == InputFormat::graphml);
  CHECK(detect_format(dir.write("a.gexf", "")) == InputFormat::gexf);
  CHECK(kg::ingest::format_name(InputFormat::json_lines) == "JSON Lines");
  CHECK(kg::ingest::format_name(InputFormat::gexf) == "GEXF");
}

TEST_CASE("A .json file holding one object per line is read as JSON Lines, a pretty-printed one as JSON", "[ingest]") {
  kg::test::TempDir dir;
  CHECK(detect_format(dir.write("lines.json", "\n{\"id\": \"a\"}\n\n{\"id\": \"b\"}\n")) == InputFormat::json_lines);
  CHECK(detect_format(dir.write("one-line.json", "{\"entities\": [{\"id\": \"a\"}]}\n")) == InputFormat::json);
  CHECK(detect_format(dir.write("pretty.json", "{\n  \"entities\": [\n    {\"id\": \"a\"}\n  ]\n}\n")) ==
        InputFormat::json);
  CHECK(detect_format(dir.write("broken.json", "{\"id\": \n{\"id\": \"b\"}\n")) == InputFormat::json);
  CHECK(detect_format(dir.write("facts.txt", "  {\"facts\": []}")) == InputFormat::json);
}

TEST_CASE("A file of unknown format is an input error naming the accepted extensions", "[ingest]") {
  kg::test::TempDir dir;
  const auto file = dir.write("notes.txt", "id,name\n");
  CHECK(kg::ingest::test::input_error([&] { detect_format(file); }) ==
        file.string() + ": expected a .json, .jsonl, .ndjson, .csv, .tsv, .graphml or .gexf file, got \"notes.txt\"");
}

TEST_CASE("A file whose content plainly is another format than its name says is refused, naming both", "[ingest]") {
  kg::test::TempDir dir;
  const auto read_error = [](const std::filesystem::path& file) {
    return kg::ingest::test::input_error([&] {
      kg::graph::GraphBuilder builder;
      kg::ingest::read_input(file, builder);
    });
  };
  const std::string hint = "; name it by its format's extension or give --input-format";
  const auto json_csv = dir.write("facts.csv", "{\"subject\": \"a\", \"predicate\": \"p\", \"object\": \"b\"}\n");
  CHECK(read_error(json_csv) ==
        json_csv.string() + ":1:1: expected CSV (by its extension .csv), but the file holds JSON" + hint);
  const auto gexf = dir.write("g.graphml", "<?xml version=\"1.0\"?>\n<gexf version=\"1.3\"><graph/></gexf>\n");
  CHECK(read_error(gexf) ==
        gexf.string() + ":1:1: expected GraphML (by its extension .graphml), but the file holds GEXF" + hint);
  const auto graphml = dir.write("g.GEXF", "\xEF\xBB\xBF  <graphml><graph/></graphml>");
  CHECK(read_error(graphml) ==
        graphml.string() + ":1:1: expected GEXF (by its extension .GEXF), but the file holds GraphML" + hint);
  const auto csv_graphml = dir.write("g.graphml", "id,name\n");
  CHECK(read_error(csv_graphml) == csv_graphml.string() +
                                       ":1:1: expected GraphML (by its extension .graphml), but the file holds no XML "
                                       "(it does not start with '<')" +
                                       hint);
  const auto xml_json = dir.write("f.json", "<graphml/>");
  CHECK(read_error(xml_json) ==
        xml_json.string() + ":1:1: expected JSON (by its extension .json), but the file holds GraphML" + hint);
  const auto workbook = dir.write("sheet.csv", std::string("PK\x03\x04\x14\0\0", 7));
  CHECK(read_error(workbook) == workbook.string() +
                                    ": expected CSV (by its extension .csv), but the file holds a ZIP archive (a "
                                    "spreadsheet workbook? save it as CSV)" +
                                    hint);
  const auto gzip = dir.write("e.ftm.json", "\x1F\x8B\x08");
  CHECK(read_error(gzip) ==
        gzip.string() +
            ": expected FollowTheMoney (by its extension .json), but the file holds gzip-compressed "
            "data (decompress it first)" +
            hint);
  const auto graph_file = dir.write("case.json", "KGRAPH\n\x1A\x01");
  CHECK(read_error(graph_file).find(": expected JSON (by its extension .json), but the file holds a kg graph file") !=
        std::string::npos);
  // An empty file is no other format: the reader says what is missing.
  CHECK(read_error(dir.write("empty.graphml", "")).find("but the file holds") == std::string::npos);
}

TEST_CASE("read_input with a format reads a file by it whatever its name, and format names parse", "[ingest]") {
  kg::test::TempDir dir;
  kg::graph::GraphBuilder builder;
  kg::ingest::read_input(dir.write("facts.txt", "{\"subject\": \"a\", \"predicate\": \"p\", \"object\": \"b\"}\n"),
                         InputFormat::json_lines, builder);
  kg::ingest::read_input(dir.write("more.json", "subject,predicate,object\nb,p,c\n"), InputFormat::csv, builder);
  CHECK(kg::ingest::test::graph_text(builder.build()) ==
        "node a \"a\" Entity\nnode b \"b\" Entity\nnode c \"c\" Entity\n"
        "edge a -p-> b\n  from -\nedge b -p-> c\n  from -\n");
  const auto mismatch = dir.write("f.txt", "<graphml/>");
  CHECK(kg::ingest::test::input_error([&] {
          kg::graph::GraphBuilder other;
          kg::ingest::read_input(mismatch, InputFormat::csv, other);
        }) == mismatch.string() +
                  ":1:1: expected CSV (as asked), but the file holds GraphML; name it by its format's "
                  "extension or give --input-format");
  CHECK(kg::ingest::parse_format_name("JSONL") == InputFormat::json_lines);
  CHECK(kg::ingest::parse_format_name("ndjson") == InputFormat::json_lines);
  CHECK(kg::ingest::parse_format_name("ftm") == InputFormat::ftm);
  CHECK(kg::ingest::parse_format_name("Gexf") == InputFormat::gexf);
  CHECK_FALSE(kg::ingest::parse_format_name("xlsx"));
}

TEST_CASE("read_input reads every format into one builder", "[ingest]") {
  kg::test::TempDir dir;
  kg::graph::GraphBuilder builder;
  std::uint64_t progress_calls = 0;
  kg::ingest::ReadOptions options;
  options.progress = [&](std::uint64_t, std::uint64_t) { ++progress_calls; };
  kg::ingest::read_input(dir.write("e.tsv", "id\ttype\na\tPerson\n"), builder, options);
  kg::ingest::read_input(dir.write("f.csv", "subject,predicate,object\na,knows,b\n"), builder, options);
  kg::ingest::read_input(
      dir.write("f.json", "{\"id\": \"c\"}\n{\"subject\": \"b\", \"predicate\": \"knows\", \"object\": \"c\"}\n"),
      builder, options);
  kg::ingest::read_input(dir.write("g.ndjson", "{\"subject\": \"c\", \"predicate\": \"knows\", \"object\": \"a\"}\n"),
                         builder, options);
  kg::ingest::read_input(dir.write("h.graphml", "<graphml><graph><node id=\"d\"/></graph></graphml>"), builder,
                         options);
  kg::ingest::read_input(dir.write("i.gexf", "<gexf><graph><nodes><node id=\"e\"/></nodes></graph></gexf>"), builder,
                         options);
  CHECK(progress_calls == 6);
  CHECK(kg::ingest::test::graph_text(builder.build()) ==
        "node a \"a\" Person\n"
        "node b \"b\" Entity\n"
        "node c \"c\" Entity\n"
        "node d \"d\" Entity\n"
        "node e \"e\" Entity\n"
        "edge a -knows-> b\n  from -\n"
        "edge b -knows-> c\n  from -\n"
        "edge c -knows-> a\n  from -\n");
}

TEST_CASE("The example case in examples/ reads without warnings", "[ingest]") {
  kg::ingest::test::Warnings warnings;
  const kg::ingest::ReadOptions options = warnings.options();
  kg::graph::GraphBuilder builder;
  const auto file = kg::test::source_dir() / "examples" / "tajikistan-2010" / "case.json";
  kg::ingest::read_input(file, builder, options);
  CHECK(warnings.list.empty());
  const std::string text = kg::test::read_file(file);
  std::size_t predicates = 0;
  for (std::size_t at = text.find("\"predicate\""); at != std::string::npos; at = text.find("\"predicate\"", at + 1)) {
    ++predicates;
  }
  CHECK(builder.fact_count() == predicates);
  const kg::graph::Graph graph = builder.build();
  CHECK(graph.source_count() > 1);
  for (std::uint32_t p = 0; p < graph.provenance_count(); ++p) {
    CHECK(graph.provenance_source(kg::graph::ProvenanceId{p}).value != 0);  // the file-level source is the default
  }
}

TEST_CASE("Random corruptions of valid input give an InputError or a graph, never a crash", "[ingest]") {
  const std::string json =
      "{\"source\": {\"id\": \"s\", \"date\": \"2010\"}, \"entities\": [{\"id\": \"a\", \"aliases\": [\"A\"], "
      "\"props\": {\"n\": 1.5}}], \"facts\": [{\"subject\": {\"name\": \"b\", \"type\": \"T\"}, \"predicate\": \"p\", "
      "\"object\": \"a\", \"confidence\": 0.5, \"date\": \"2010-08\", \"quote\": \"q\\u00e9\"}]}";
  const std::string lines =
      "{\"source\": {\"id\": \"s\"}}\n{\"id\": \"a\", \"type\": \"T\"}\n"
      "{\"subject\": \"a\", \"predicate\": \"p\", \"object\": {\"name\": \"b\"}}\n";
  const std::string csv = "subject,predicate,object,date,confidence,w\na,p,\"b\"\"c\",2010,0.5,7\n\"x\ny\",q,a,,,\n";
  constexpr std::string_view kBytes = "{}[]\",:\n\r\\0aeu-.;\t \xff\xc3\x80";
  std::uint32_t state = 2024;
  const auto next = [&] { return (state = state * 1664525U + 1013904223U) >> 8; };
  std::size_t errors = 0;
  std::size_t graphs = 0;
  for (int round = 0; round < 3000; ++round) {
    const int format = round % 3;
    std::string text = format == 0 ? json : format == 1 ? lines : csv;
    for (std::uint32_t edits = 1 + next() % 4; edits > 0; --edits) {
      const std::size_t at = next() % (text.size() + 1);
      const char byte = kBytes[next() % kBytes.size()];
      switch (next() % 3) {
        case 0:
          text.insert(at, 1, byte);
          break;
        case 1:
          if (at < text.size()) text.erase(at, 1);
          break;
        default:
          if (at < text.size()) text[at] = byte;
          break;
      }
    }
    INFO("round " << round << ": " << text);
    try {
      kg::graph::GraphBuilder builder;
      if (format == 0) kg::ingest::read_json(text, "r.json", builder);
      if (format == 1) kg::ingest::read_json_lines(text, "r.jsonl", builder);
      if (format == 2) kg::ingest::read_csv(text, "r.csv", builder);
      builder.build();
      ++graphs;
    } catch (const kg::graph::InputError& error) {
      CHECK(std::string(error.what()).rfind("r.", 0) == 0);
      ++errors;
    }
  }
  CHECK(errors > 300);
  CHECK(graphs > 100);
}
