// dossier: an entity's facts grouped by predicate and direction, with the evidence counted.
#include "kg/query/dossier.h"

#include <algorithm>

#include "kg/query/traverse.h"

namespace kg::query {

Dossier dossier(const graph::Graph& graph, graph::NodeId node, const Filter& filter) {
  const CompiledFilter compiled(graph, filter, {node});
  Dossier result{.node = node};
  std::vector<graph::SourceId> sources;
  const auto add = [&](graph::EdgeId edge, graph::NodeId other, HopDirection direction) {
    if (!compiled.edge_allowed(edge) || !compiled.node_allowed(other)) return;
    const graph::PredicateId predicate = graph.edge_predicate(edge);
    auto group = std::find_if(result.groups.begin(), result.groups.end(), [&](const DossierGroup& g) {
      return g.predicate == predicate && g.direction == direction;
    });
    if (group == result.groups.end()) group = result.groups.insert(result.groups.end(), {predicate, direction, {}});
    group->facts.push_back({edge, other, direction});
    ++result.facts;
    for (graph::ProvenanceId record : graph.provenance(edge)) {
      if (!compiled.record_passes(record)) continue;
      ++result.statements;
      const graph::SourceId source = graph.provenance_source(record);
      if (source.value != 0 && std::find(sources.begin(), sources.end(), source) == sources.end()) {
        sources.push_back(source);
      }
      const auto date = graph.provenance_date(record);
      if (!date.dated()) continue;
      if (!result.first_date.dated() || date.earliest() < result.first_date.earliest()) result.first_date = date;
      if (!result.last_date.dated() || date.latest() > result.last_date.latest()) result.last_date = date;
    }
  };
  if (filter.direction != Direction::in) {
    for (auto [next, edge] : graph.out(node)) add(edge, next, HopDirection::forward);
  }
  if (filter.direction != Direction::out) {
    for (auto [previous, edge] : graph.in(node)) {
      if (previous != node) add(edge, previous, HopDirection::backward);
    }
  }
  result.sources = static_cast<std::uint32_t>(sources.size());
  std::stable_sort(result.groups.begin(), result.groups.end(), [&](const DossierGroup& a, const DossierGroup& b) {
    if (a.direction != b.direction) return a.direction == HopDirection::forward;
    return graph.predicate_name(a.predicate) < graph.predicate_name(b.predicate);
  });
  return result;
}

}  // namespace kg::query
