#pragma once
// What the builder's tests share: a warning collector, a fact record in one line, the one node a reference names.
#include <catch2/catch.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "kg/graph/builder.h"

namespace kg::test {

/// Collects warnings as `file:line:column: message`.
struct Collected {
  std::vector<std::string> warnings;
  graph::BuildOptions options(bool strict = false) {
    return {.strict = strict, .warn = [this](const graph::SourceLocation& where, std::string_view message) {
              warnings.push_back(where.to_string() + ": " + std::string(message));
            }};
  }
};

inline graph::FactRecord fact(std::string_view subject, std::string_view predicate, std::string_view object,
                              std::uint32_t line = 1) {
  graph::FactRecord f;
  f.subject.text = subject;
  f.predicate = predicate;
  f.object.text = object;
  f.at = {0, line, 1};
  return f;
}

inline graph::NodeId only_node(const graph::Graph& graph, std::string_view reference) {
  const auto found = graph.find_nodes(reference);
  REQUIRE(found.size() == 1);
  return found.front();
}

}  // namespace kg::test
