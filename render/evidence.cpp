#include "evidence.h"

#include <cmath>

namespace kg::render::detail {

std::vector<graph::ProvenanceId> shown_records(const graph::Graph& graph, const query::CompiledFilter& filter,
                                               graph::EdgeId edge) {
  std::vector<graph::ProvenanceId> records;
  for (auto p = graph.provenance_begin(edge).value; p < graph.provenance_end(edge).value; ++p) {
    if (filter.record_passes(graph::ProvenanceId{p})) records.push_back(graph::ProvenanceId{p});
  }
  return records;
}

double path_confidence(const query::CompiledFilter& filter, const query::Path& path) {
  double product = 1;
  for (const query::Hop& hop : path.hops) product *= static_cast<double>(filter.edge_confidence(hop.edge));
  return std::round(product * 1e4) / 1e4;
}

}  // namespace kg::render::detail
