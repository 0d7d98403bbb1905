// The one-off filter questions (a record, an edge) and the whole-graph filter used by `kg export`.
#include "kg/query/filter.h"

#include "kg/query/traverse.h"

namespace kg::query {

bool provenance_passes(const graph::Graph& graph, const Filter& filter, graph::ProvenanceId record) {
  return CompiledFilter(graph, filter, {}).record_passes(record);
}

float edge_confidence(const graph::Graph& graph, const Filter& filter, graph::EdgeId edge) {
  return CompiledFilter(graph, filter, {}).edge_confidence(edge);
}

bool keeps_everything(const Filter& f) {
  return f.predicates.empty() && f.excluded_predicates.empty() && f.node_types.empty() &&
         f.excluded_node_types.empty() && f.avoid.empty() && !f.from && !f.to && !f.dated_only && !f.min_confidence &&
         f.sources.empty() && f.excluded_sources.empty() && f.min_sources == 0 && !f.min_grade.graded();
}

graph::Subgraph filter_graph(const graph::Graph& graph, const Filter& filter) {
  CompiledFilter compiled(graph, filter, {});
  graph::Subgraph selection;
  for (std::uint32_t n = 0; n < graph.node_count(); ++n) {
    if (compiled.node_allowed(graph::NodeId{n})) selection.nodes.push_back(graph::NodeId{n});
  }
  for (graph::NodeId node : selection.nodes) {
    for (auto [next, edge] : graph.out(node)) {
      if (compiled.edge_allowed(edge) && compiled.node_allowed(next)) selection.edges.push_back(edge);
    }
  }
  return selection;
}

}  // namespace kg::query
