#pragma once
/// A graph's summary (what `kg info` prints): node counts by type, edge and statement counts by predicate, memory.
///
///   const kg::query::GraphSummary summary = kg::query::summarize(graph);
#include <cstdint>
#include <string_view>
#include <vector>

#include "kg/graph/graph.h"

namespace kg::query {

struct TypeCount {
  std::string_view type;
  std::uint64_t nodes = 0;
};

struct PredicateCount {
  std::string_view predicate;
  std::uint64_t edges = 0;
  std::uint64_t statements = 0;
};

struct GraphSummary {
  std::uint32_t nodes = 0, edges = 0, statements = 0;
  std::uint32_t sources = 0;                 ///< declared or cited sources ("no source" not counted)
  std::vector<TypeCount> types{};            ///< types with at least one node, by name
  std::vector<PredicateCount> predicates{};  ///< every predicate, by name
  graph::MemoryUsage memory{};
};

/// The summary of `graph`; its names are views into the graph's strings, valid as long as the graph.
GraphSummary summarize(const graph::Graph& graph);

}  // namespace kg::query
