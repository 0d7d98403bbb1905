#include "kg/graph/decision.h"

#include <fmt/format.h>

#include "kg/graph/graph.h"

namespace kg::graph {

std::string_view decision_kind_name(DecisionKind kind) {
  return kind == DecisionKind::same_as ? "same_as" : "different_from";
}

std::string merge_note(const Graph& graph, NodeId node) {
  const std::vector<DecisionId> decisions = graph.node_decisions(node);
  if (decisions.empty()) return {};
  std::string note = fmt::format("merged from {}", graph.node_key(node));
  for (std::string_view id : graph.node_merged_ids(node)) note += fmt::format(", {}", id);
  for (std::size_t i = 0; i < decisions.size(); ++i) {
    note += i == 0 ? ": " : "; ";
    note += graph.decision(decisions[i]).reason;
  }
  return note;
}

}  // namespace kg::graph
