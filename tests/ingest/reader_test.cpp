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
  CHECK(kg::ingest::format_name(InputFormat::json_lines) == "JSON Lines");
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
        file.string() + ": expected a .json, .jsonl, .ndjson, .csv or .tsv file, got \"notes.txt\"");
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
  CHECK(progress_calls == 4);
  CHECK(kg::ingest::test::graph_text(builder.build()) ==
        "node a \"a\" Person\n"
        "node b \"b\" Entity\n"
        "node c \"c\" Entity\n"
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
