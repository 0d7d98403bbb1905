// Louvain: move nodes, merge communities into nodes, repeat on the smaller graph until nothing moves.
#include "community_level.h"
#include "kg/analytics/communities.h"

namespace kg::analytics {

Communities louvain(const Snapshot& snapshot, const CommunityOptions& options) {
  return detail::find_communities(snapshot, options, false);
}

}  // namespace kg::analytics
