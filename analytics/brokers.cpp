// Brokers from Boost.Graph's biconnected_components: every link is labelled with its biconnected component.
#include "kg/analytics/brokers.h"

#include <boost/graph/biconnected_components.hpp>

#include <algorithm>
#include <iterator>
#include <utility>

#include "boost_adapter.h"

namespace kg::analytics {
namespace detail {

/// The component map biconnected_components writes: one label per link, stored at the arc it was reached by.
struct LinkLabels {
  std::vector<std::uint32_t>* by_arc;
};

inline void put(const LinkLabels& labels, const Arc& arc, std::size_t component) {
  (*labels.by_arc)[arc.position] = static_cast<std::uint32_t>(component);
}

}  // namespace detail
}  // namespace kg::analytics

template <>
struct boost::property_traits<kg::analytics::detail::LinkLabels> {
  using key_type = kg::analytics::detail::Arc;
  using value_type = std::size_t;
  using reference = void;
  using category = boost::writable_property_map_tag;
};

namespace kg::analytics {

Brokers brokers(const Snapshot& snapshot) {
  constexpr std::uint32_t kUnlabelled = ~0U;
  const Adjacency& links = snapshot.arcs(query::Direction::both);
  const detail::BoostView<boost::undirected_tag> view{&links};
  std::vector<std::uint32_t> labels(links.arc_count(), kUnlabelled), points;
  const std::size_t components =
      boost::biconnected_components(view, detail::LinkLabels{&labels}, std::back_inserter(points)).first;

  // Each link is labelled at one of its two arcs. A component of one link is a bridge; an articulation point lies
  // in one component per part it leaves.
  std::vector<std::uint32_t> size(components, 0);
  std::vector<std::pair<std::uint32_t, std::uint32_t>> memberships;  // (articulation point, component)
  std::vector<char> is_point(snapshot.node_count(), 0);
  for (std::uint32_t v : points) is_point[v] = 1;
  Brokers found;
  std::vector<Bridge> single(components, Bridge{0, 0});
  for (std::uint32_t v = 0; v < snapshot.node_count(); ++v) {
    for (std::uint32_t k = links.offsets[v]; k < links.offsets[v + 1]; ++k) {
      const std::uint32_t label = labels[k];
      if (label == kUnlabelled) continue;
      const std::uint32_t w = links.targets[k];
      ++size[label];
      single[label] = {std::min(v, w), std::max(v, w)};
      if (is_point[v]) memberships.emplace_back(v, label);
      if (is_point[w]) memberships.emplace_back(w, label);
    }
  }
  for (std::size_t c = 0; c < components; ++c) {
    if (size[c] == 1) found.bridges.push_back(single[c]);
  }
  std::sort(found.bridges.begin(), found.bridges.end(), [](const Bridge& a, const Bridge& b) {
    return std::pair{a.from, a.to} < std::pair{b.from, b.to};
  });
  std::sort(memberships.begin(), memberships.end());
  memberships.erase(std::unique(memberships.begin(), memberships.end()), memberships.end());
  for (std::size_t i = 0; i < memberships.size();) {
    std::size_t j = i;
    while (j < memberships.size() && memberships[j].first == memberships[i].first) ++j;
    found.entities.push_back({memberships[i].first, static_cast<std::uint32_t>(j - i)});
    i = j;
  }
  return found;
}

}  // namespace kg::analytics
