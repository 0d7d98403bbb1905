// Helpers the table, JSON and CSV renderers share.
#include <fmt/format.h>

#include <cmath>
#include <string>

#include "format_detail.h"

namespace kg::query {
namespace detail {

std::vector<graph::ProvenanceId> shown_records(const graph::Graph& graph, const CompiledFilter& filter,
                                               graph::EdgeId edge) {
  std::vector<graph::ProvenanceId> records;
  for (auto p = graph.provenance_begin(edge).value; p < graph.provenance_end(edge).value; ++p) {
    if (filter.record_passes(graph::ProvenanceId{p})) records.push_back(graph::ProvenanceId{p});
  }
  return records;
}

double path_confidence(const CompiledFilter& filter, const Path& path) {
  double product = 1;
  for (const Hop& hop : path.hops) product *= static_cast<double>(filter.edge_confidence(hop.edge));
  return std::round(product * 1e4) / 1e4;
}

}  // namespace detail

}  // namespace kg::query
