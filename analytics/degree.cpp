// Degree: the weight of each node's arcs, summed.
#include "kg/analytics/degree.h"

namespace kg::analytics {

std::vector<double> degree(const Snapshot& snapshot) {
  const Adjacency& arcs = snapshot.forward();
  std::vector<double> values(snapshot.node_count(), 0.0);
  for (std::uint32_t v = 0; v < snapshot.node_count(); ++v) {
    for (double weight : arcs.weights_of(v)) values[v] += weight;
  }
  return values;
}

}  // namespace kg::analytics
