// modularity: the quality both community methods maximise, for any labelling.
#include "community_level.h"
#include "kg/analytics/communities.h"

namespace kg::analytics {

double modularity(const Snapshot& snapshot, const std::vector<std::uint32_t>& groups, double resolution) {
  std::vector<std::uint32_t> labels = groups;
  detail::renumber(labels);
  return detail::level_modularity(detail::level_graph(snapshot.arcs(query::Direction::both)), labels, resolution);
}

}  // namespace kg::analytics
