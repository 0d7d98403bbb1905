#include <catch2/catch.hpp>

#include <string>

#include "export_fixtures.h"

namespace kg::test {

TEST_CASE("Edge weight counts distinct sources and is never 0, dates span every statement", "[export]") {
  graph::GraphBuilder builder;
  const std::uint32_t file = builder.add_file("w.json");
  builder.add_source({.id = "s1", .title = "", .url = "", .date = {}}, {file, 1, 1});
  const auto state = [&](std::string_view source, std::string_view date, std::string_view quote) {
    builder.add_fact({.subject = {.text = "a", .declared = {}, .at = {file, 2, 1}},
                      .predicate = "knows",
                      .object = {.text = "b", .declared = {}, .at = {file, 2, 5}},
                      .source = source,
                      .date = date.empty() ? graph::PartialDate{} : *graph::parse_partial_date(date),
                      .confidence = 0.7f,
                      .quote = quote,
                      .props = {},
                      .at = {file, 2, 1}});
  };
  state("s1", "2011-03-04", "same quote");
  state("s1", "2010", "same quote");
  state("", "2011", "");
  TempDir dir;
  const std::string text =
      read_file(export_to(dir, builder.build(), "w.cyjs", options_for(io::ExportFormat::cytoscape)));
  CHECK(text.find("\"weight\": 1") != std::string::npos);  // one distinct source over three statements
  CHECK(text.find("\"sources\": [\"s1\"]") != std::string::npos);
  CHECK(text.find("\"quotes\": [\"same quote\"]") != std::string::npos);
  CHECK(text.find("\"first_date\": \"2010\"") != std::string::npos);
  CHECK(text.find("\"last_date\": \"2011\"") != std::string::npos);  // 2011 ends after 2011-03-04
  CHECK(text.find("\"confidence\": 0.7,") != std::string::npos);     // the float's shortest form, not 0.699999988
}

TEST_CASE("Edge grades list each distinct statement grade once, best first", "[export]") {
  graph::GraphBuilder builder;
  const std::uint32_t file = builder.add_file("g.json");
  builder.add_source({.id = "wire", .reliability = {3, 0}}, {file, 1, 1});  // C
  const auto state = [&](std::string_view grade) {
    builder.add_fact({.subject = {.text = "a", .declared = {}, .at = {file, 2, 1}},
                      .predicate = "knows",
                      .object = {.text = "b", .declared = {}, .at = {file, 2, 5}},
                      .source = "wire",
                      .grade = grade.empty() ? graph::Grade{} : *graph::parse_grade(grade),
                      .at = {file, 2, 1}});
  };
  state("4");   // C4, from the source's C
  state("A2");  // the statement grades its source itself
  state("");    // C only
  state("C4");
  TempDir dir;
  const std::string text =
      read_file(export_to(dir, builder.build(), "g.cyjs", options_for(io::ExportFormat::cytoscape)));
  CHECK(text.find("\"grades\": [\"A2\", \"C4\", \"C?\"]") != std::string::npos);
}

}  // namespace kg::test
