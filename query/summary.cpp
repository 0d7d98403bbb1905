#include "kg/query/summary.h"

#include <algorithm>

namespace kg::query {

GraphSummary summarize(const graph::Graph& graph) {
  GraphSummary summary{.nodes = graph.node_count(),
                       .edges = graph.edge_count(),
                       .statements = graph.provenance_count(),
                       .sources = graph.source_count() - 1,
                       .memory = graph.memory_usage()};
  std::vector<std::uint64_t> per_type(graph.type_count(), 0);
  for (std::uint32_t n = 0; n < graph.node_count(); ++n) ++per_type[graph.node_type(graph::NodeId{n}).value];
  for (std::uint32_t t = 0; t < graph.type_count(); ++t) {
    const graph::TypeId type{static_cast<std::uint16_t>(t)};
    if (per_type[t] != 0) summary.types.push_back({graph.type_name(type), per_type[t]});
  }
  summary.predicates.resize(graph.predicate_count());
  for (std::uint32_t p = 0; p < graph.predicate_count(); ++p) {
    summary.predicates[p].predicate = graph.predicate_name(graph::PredicateId{static_cast<std::uint16_t>(p)});
  }
  for (std::uint32_t e = 0; e < graph.edge_count(); ++e) {
    PredicateCount& count = summary.predicates[graph.edge_predicate(graph::EdgeId{e}).value];
    ++count.edges;
    count.statements += graph.provenance_count(graph::EdgeId{e});
  }
  std::sort(summary.types.begin(), summary.types.end(), [](const auto& a, const auto& b) { return a.type < b.type; });
  std::sort(summary.predicates.begin(), summary.predicates.end(),
            [](const auto& a, const auto& b) { return a.predicate < b.predicate; });
  return summary;
}

}  // namespace kg::query
