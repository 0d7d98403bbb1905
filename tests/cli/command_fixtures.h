#pragma once
// The example case built once per test with the kg CLI, for the command golden tests.
#include <catch2/catch.hpp>
#include <string>

#include "support/test_support.h"

namespace kg::cli::test {

/// A temporary folder holding case.kg, built from examples/tajikistan-2010/case.json by `kg build`.
class ExampleCase {
 public:
  ExampleCase() {
    kg::test::RunResult built =
        kg::test::run_kg("build '" + (kg::test::source_dir() / "examples/tajikistan-2010/case.json").string() +
                         "' -o '" + graph_path() + "' --quiet");
    INFO(built.err);
    REQUIRE(built.status == 0);
  }
  std::string graph_path() const { return (dir_ / "case.kg").string(); }
  const kg::test::TempDir& dir() const { return dir_; }
  /// Runs `kg <command> case.kg <arguments>` with `input` on stdin; messages name the graph as `case.kg`.
  kg::test::RunResult run(const std::string& command, const std::string& arguments, std::string_view input = {}) const {
    kg::test::RunResult result = kg::test::run_kg(command + " '" + graph_path() + "' " + arguments, input);
    for (std::string* text : {&result.out, &result.err}) {
      for (std::size_t at; (at = text->find(graph_path())) != std::string::npos;)
        text->replace(at, graph_path().size(), "case.kg");
    }
    return result;
  }

 private:
  kg::test::TempDir dir_;
};

}  // namespace kg::cli::test
