// Leiden: Louvain's levels with each community refined into well-connected subcommunities before merging.
#include "community_level.h"
#include "kg/analytics/communities.h"

namespace kg::analytics {

Communities leiden(const Snapshot& snapshot, const CommunityOptions& options) {
  return detail::find_communities(snapshot, options, true);
}

}  // namespace kg::analytics
