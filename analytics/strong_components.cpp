// Strong components: Boost.Graph's strong_components (Tarjan's algorithm) over the arcs along the arrows.
#include <boost/graph/strong_components.hpp>

#include "boost_adapter.h"
#include "kg/analytics/components.h"

namespace kg::analytics {

Partition strong_components(const Snapshot& snapshot) {
  const detail::BoostView<boost::directed_tag> view{&snapshot.arcs(query::Direction::out)};
  const std::uint32_t n = snapshot.node_count();
  std::vector<std::uint32_t> labels(n), roots(n), discovered(n);
  std::vector<boost::default_color_type> colours(n);
  boost::strong_components(
      view, labels.data(),
      boost::root_map(roots.data()).discover_time_map(discovered.data()).color_map(colours.data()));
  return make_partition(labels);
}

}  // namespace kg::analytics
