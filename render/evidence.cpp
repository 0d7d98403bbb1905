#include "evidence.h"

#include <cmath>

namespace kg::render::detail {

std::vector<graph::ProvenanceId> shown_records(const graph::Graph& graph, const query::CompiledFilter& filter,
                                               graph::EdgeId edge) {
  std::vector<graph::ProvenanceId> records;
  for (graph::ProvenanceId record : graph.provenance(edge)) {
    if (filter.record_passes(record)) records.push_back(record);
  }
  return records;
}

double path_confidence(const query::CompiledFilter& filter, const query::Path& path) {
  double product = 1;
  for (const query::Hop& hop : path.hops) product *= static_cast<double>(filter.edge_confidence(hop.edge));
  return std::round(product * 1e4) / 1e4;
}

}  // namespace kg::render::detail
