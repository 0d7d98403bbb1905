#include <variant>

#include "fuzz_target.h"

namespace kg::fuzz {

std::uint64_t walk(const kg::graph::Graph& graph) {
  using namespace kg::graph;
  std::uint64_t sum = 0;
  for (std::uint32_t n = 0; n < graph.node_count(); ++n) {
    const NodeId node{n};
    sum += graph.node_key(node).size() + graph.node_name(node).size() + graph.type_name(graph.node_type(node)).size();
    for (std::string_view alias : graph.node_aliases(node)) sum += alias.size();
    for (std::string_view id : graph.node_merged_ids(node)) sum += id.size();
    sum += merge_note(graph, node).size();
    for (const Property& p : graph.node_properties(node)) sum += p.key.size() + p.value.index();
    for (auto [next, edge] : graph.out(node)) sum += next.value + edge.value;
    for (auto [previous, edge] : graph.in(node)) sum += previous.value + edge.value;
  }
  for (std::uint32_t e = 0; e < graph.edge_count(); ++e) {
    const EdgeId edge{e};
    sum += graph.edge_source(edge).value + graph.edge_target(edge).value;
    sum += graph.predicate_name(graph.edge_predicate(edge)).size();
    for (const Property& p : graph.edge_properties(edge)) sum += p.key.size();
    for (ProvenanceId p : graph.provenance(edge)) {
      sum += graph.provenance_quote(p).size() + graph.source_key(graph.provenance_source(p)).size();
      const PartialDate date = graph.provenance_date(p);
      sum += static_cast<std::uint64_t>(date.earliest() + date.latest()) + date.to_string().size();
      sum += graph.provenance_grade(p).to_string().size();
    }
  }
  for (std::uint32_t d = 0; d < graph.decision_count(); ++d) {
    const Decision decision = graph.decision(DecisionId{d});
    sum += decision.reason.size() + decision.author.size() + decision.date.to_string().size();
    for (std::string_view id : decision.ids) sum += id.size();
    for (NodeId node : decision.nodes) sum += graph.node_key(node).size();
  }
  for (std::uint32_t s = 0; s < graph.source_count(); ++s) sum += graph.source_reliability(SourceId{s}).packed();
  return sum;
}

}  // namespace kg::fuzz
