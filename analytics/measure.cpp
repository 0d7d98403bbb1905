// The table of measures and the dispatch from a name to its algorithm.
#include "kg/analytics/measure.h"

#include <limits>

#include "kg/analytics/closeness.h"
#include "kg/analytics/components.h"
#include "kg/analytics/coreness.h"
#include "kg/analytics/degree.h"
#include "kg/graph/text.h"

namespace kg::analytics {
namespace {

constexpr MeasureInfo kMeasures[] = {
    {Measure::degree, "degree", false, "facts at the entity (weighted), in the filter's direction"},
    {Measure::pagerank, "pagerank", false, "share of a random walk's time spent at the entity (sums to 1)"},
    {Measure::betweenness, "betweenness", false, "share of shortest chains between others through the entity"},
    {Measure::closeness, "closeness", false, "how few steps reach everyone the entity reaches"},
    {Measure::harmonic, "harmonic", false, "mean of 1 / steps to every other entity"},
    {Measure::coreness, "coreness", true, "the densest core (k-core) the entity belongs to"},
    {Measure::component, "component", true, "connected component, 0 the largest"},
    {Measure::strong_component, "strong_component", true, "strongly connected component, 0 the largest"},
    {Measure::community, "community", true, "community (Leiden or Louvain), 0 the largest"},
};

std::vector<double> as_doubles(const std::vector<std::uint32_t>& values) { return {values.begin(), values.end()}; }

}  // namespace

std::span<const MeasureInfo> measures() { return kMeasures; }

const MeasureInfo& measure_info(Measure measure) { return kMeasures[static_cast<std::size_t>(measure)]; }

std::optional<Measure> parse_measure(std::string_view name) {
  for (const MeasureInfo& info : kMeasures) {
    if (graph::equals_ascii_folded(info.name, name)) return info.measure;
  }
  return std::nullopt;
}

std::string measure_names() {
  std::string names;
  for (std::size_t i = 0; i < std::size(kMeasures); ++i) {
    if (i != 0) names += i + 1 == std::size(kMeasures) ? " or " : ", ";
    names += kMeasures[i].name;
  }
  return names;
}

std::vector<double> by_graph_node(const Snapshot& snapshot, std::span<const double> values) {
  std::vector<double> spread(snapshot.graph().node_count(), std::numeric_limits<double>::quiet_NaN());
  for (std::uint32_t v = 0; v < snapshot.node_count() && v < values.size(); ++v) {
    spread[snapshot.node(v).value] = values[v];
  }
  return spread;
}

MeasureValues compute_measure(const Snapshot& snapshot, Measure measure, const MeasureOptions& options) {
  MeasureValues result;
  result.measure = measure;
  const auto take = [&](CentralityResult found) {
    result.values = std::move(found.values);
    result.sampling = found.sampling;
  };
  const auto take_groups = [&](const Partition& partition) {
    result.values = as_doubles(partition.group);
    result.groups = partition.count();
  };
  switch (measure) {
    case Measure::degree:
      result.values = degree(snapshot);
      break;
    case Measure::pagerank:
      result.values = page_rank(snapshot, options.page_rank).values;
      break;
    case Measure::betweenness:
      take(betweenness(snapshot, options.centrality));
      break;
    case Measure::closeness:
      take(closeness(snapshot, options.centrality));
      break;
    case Measure::harmonic:
      take(harmonic(snapshot, options.centrality));
      break;
    case Measure::coreness:
      result.values = as_doubles(coreness(snapshot));
      break;
    case Measure::component:
      take_groups(weak_components(snapshot));
      break;
    case Measure::strong_component:
      take_groups(strong_components(snapshot));
      break;
    case Measure::community: {
      const Communities found = options.method == CommunityMethod::leiden ? leiden(snapshot, options.communities)
                                                                          : louvain(snapshot, options.communities);
      take_groups(found.partition);
      result.modularity = found.modularity;
      break;
    }
  }
  return result;
}

}  // namespace kg::analytics
