#pragma once
// Graphs and helpers shared by the export tests: a small typed case, a graph of hostile names, exporting to a
// string, and running the independent readers (xmllint, NetworkX, igraph, dot) when they are installed.
#include <fmt/format.h>
#include <sys/wait.h>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "kg/export/export.h"
#include "kg/graph/builder.h"
#include "support/test_support.h"

namespace kg::test {

/// Five entities of five types (one isolated), mixed-kind properties, a fact stated twice from two sources,
/// parallel edges with different predicates, dated, undated and unconfident facts.
inline graph::Graph small_case() {
  graph::GraphBuilder builder;
  const std::uint32_t file = builder.add_file("small.json");
  builder.add_source({.id = "report", .title = "A report", .url = "", .date = *graph::parse_partial_date("2010-08")},
                     {file, 1, 1});
  builder.add_source({.id = "cable", .title = "A cable", .url = "", .date = {}}, {file, 2, 1});
  builder.add_entity({.id = "ziyoev",
                      .type = "Person",
                      .name = "Mirzo Ziyoev",
                      .aliases = {"Ziyoev", "Mirzo"},
                      .props = {{"age", std::int64_t{45}},
                                {"killed", true},
                                {"height", std::int64_t{180}},
                                {"id", std::string_view("P-1")},
                                {"first name", std::string_view("Mirzo")}},
                      .at = {file, 3, 1}});
  builder.add_entity(
      {.id = "sons",
       .type = "Group",
       .name = "Ziyoev's sons",
       .props = {{"height", 1.5}, {"age", std::string_view("various")}, {"population", std::int64_t{5'000'000'000}}},
       .at = {file, 4, 1}});
  builder.add_entity({.id = "imu",
                      .type = "Organization",
                      .name = "Islamic Movement of Uzbekistan",
                      .aliases = {"IMU"},
                      .at = {file, 5, 1}});
  builder.add_entity({.id = "dushanbe", .type = "Location", .name = "Dushanbe", .at = {file, 6, 1}});
  builder.add_entity({.id = "boat", .type = "Vessel", .name = "Lonely boat", .at = {file, 7, 1}});
  const auto fact = [&](std::string_view subject, std::string_view predicate, std::string_view object,
                        std::string_view source, std::string_view date, std::optional<float> confidence,
                        std::string_view quote, std::uint32_t line) {
    graph::FactRecord record{.subject = {.text = subject, .declared = {}, .at = {file, line, 1}},
                             .predicate = predicate,
                             .object = {.text = object, .declared = {}, .at = {file, line, 20}},
                             .source = source,
                             .date = date.empty() ? graph::PartialDate{} : *graph::parse_partial_date(date),
                             .confidence = confidence,
                             .quote = quote,
                             .props = {},
                             .at = {file, line, 1}};
    if (predicate == "member_of") record.props = {{"role", std::string_view("fighter")}, {"since", std::int64_t{1998}}};
    builder.add_fact(record);
  };
  fact("ziyoev", "father_of", "sons", "report", "2010-08-23", 0.9f, "sons of the late Mirzo Ziyoev", 10);
  fact("ziyoev", "father_of", "sons", "cable", "2010-08", 1.0f, "his sons", 11);
  fact("sons", "member_of", "imu", "report", "2010", 0.5f, "alleged members", 12);
  fact("sons", "headed_for", "imu", "", "", std::nullopt, "", 13);
  fact("imu", "located_in", "dushanbe", "report", "2009-01-02", 0.3f, "", 14);
  return builder.build();
}

/// Names, predicates and property keys that break careless writers: markup, quotes, white space, control
/// characters, emoji (4-byte UTF-8), right-to-left text, U+FFFE and invalid UTF-8.
inline graph::Graph hostile_case() {
  graph::GraphBuilder builder;
  const std::uint32_t file = builder.add_file("hostile.json");
  builder.add_entity({.id = "amp",
                      .type = "Person",
                      .name = "Tom & \"Jerry\" <b>'s</b>",
                      .aliases = {"tab\there", "line\nbreak\r\n"},
                      .props = {{"note; with \"quotes\"", std::string_view("a,b\n\"c\"")}},
                      .at = {file, 1, 1}});
  builder.add_entity(
      {.id = "ctl", .type = "Weird <Type>", .name = "bell\x07 null-ish\x01 esc\x1b", .at = {file, 2, 1}});
  builder.add_entity({.id = "emoji",
                      .type = "Person",
                      .name = "\xF0\x9F\x98\x80 smiley \xF0\x9F\x87\xB9\xF0\x9F\x87\xAF",
                      .props = {{"\xD0\xB2\xD0\xBE\xD0\xB7\xD1\x80\xD0\xB0\xD1\x81\xD1\x82", std::int64_t{3}}},
                      .at = {file, 3, 1}});
  builder.add_entity({.id = "rtl",
                      .type = "Person",
                      .name = "\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D \xD8\xB3\xD9\x84\xD8\xA7\xD9\x85",
                      .at = {file, 4, 1}});
  builder.add_entity(
      {.id = "bad", .type = "Person", .name = "broken \xFF\xFE utf8 \xEF\xBF\xBE nonchar \xC3", .at = {file, 5, 1}});
  const auto fact = [&](std::string_view subject, std::string_view predicate, std::string_view object,
                        std::uint32_t line) {
    builder.add_fact({.subject = {.text = subject, .declared = {}, .at = {file, line, 1}},
                      .predicate = predicate,
                      .object = {.text = object, .declared = {}, .at = {file, line, 9}},
                      .source = "",
                      .date = {},
                      .confidence = std::nullopt,
                      .quote = "she said \"<run>\" & left\tquickly\n",
                      .props = {},
                      .at = {file, line, 1}});
  };
  fact("amp", "knows & <loves>", "ctl", 10);
  fact("emoji", "said \"hi\" to", "rtl", 11);
  fact("rtl", "\xD8\xB9\xD8\xB1\xD9\x81", "bad", 12);
  fact("bad", "knows & <loves>", "amp", 13);
  return builder.build();
}

/// Exports `graph` (or `selection` of it) to `name` in a fresh folder and returns the folder.
inline std::filesystem::path export_to(const TempDir& dir, const graph::Graph& graph, std::string_view name,
                                       io::ExportOptions options, const graph::Subgraph* selection = nullptr) {
  const std::filesystem::path path = dir / name;
  io::export_graph(graph, selection, path, options);
  return path;
}

/// Options for `format`, collecting warnings into `warnings` when given.
inline io::ExportOptions options_for(io::ExportFormat format, std::vector<std::string>* warnings = nullptr) {
  io::ExportOptions options{.format = format};
  if (warnings != nullptr) {
    options.warn = [warnings](const graph::SourceLocation&, std::string_view message) {
      warnings->emplace_back(message);
    };
  }
  return options;
}

/// `options` with two computed node attributes for small_case() (five nodes): `pagerank` (real) and `community`
/// (integer; the isolated fifth node has none).
inline io::ExportOptions with_measures(io::ExportOptions options) {
  options.node_attributes = {
      {.name = "pagerank", .type = io::AttributeType::real, .values = {0.4, 0.25, 0.2, 0.1, 0.05}},
      {.name = "community", .type = io::AttributeType::integer, .values = {0, 0, 1, 1, std::nan("")}}};
  return options;
}

/// Validates `file` with xmllint against `schema` in schema_dir() (`--schema` for .xsd, `--relaxng` for .rng).
inline void check_schema(const std::filesystem::path& file, const std::string& schema) {
  require_checker(have_program("/usr/bin/xmllint"), "xmllint (libxml2-utils)");
  const bool relaxng = schema.ends_with(".rng");
  const Command check =
      run_command(fmt::format("/usr/bin/xmllint --noout --nonet {} '{}' '{}'", relaxng ? "--relaxng" : "--schema",
                              (schema_dir() / schema).string(), file.string()));
  INFO(check.output);
  CHECK(check.status == 0);
}

/// Runs a checker script from tests/export/ on `file`.
inline Command run_checker(const std::string& script, const std::filesystem::path& file) {
  return run_command(
      fmt::format("/usr/bin/python3 '{}' '{}'", (source_dir() / "tests/export" / script).string(), file.string()));
}

}  // namespace kg::test
