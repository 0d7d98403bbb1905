#include "kg/analytics/measure.h"

#include <cmath>

#include "analytics_fixtures.h"
#include "kg/analytics/closeness.h"
#include "kg/analytics/components.h"
#include "kg/analytics/coreness.h"
#include "kg/analytics/degree.h"

namespace kg::analytics::test {

TEST_CASE("Measures are found by name in any case, and listed for help texts", "[analytics]") {
  for (const MeasureInfo& info : measures()) {
    CHECK(parse_measure(info.name) == info.measure);
    CHECK(&measure_info(info.measure) == &info);
  }
  CHECK(parse_measure("PageRank") == Measure::pagerank);
  CHECK(!parse_measure("centrality"));
  CHECK(measure_names() ==
        "degree, pagerank, betweenness, closeness, harmonic, coreness, component, strong_component or community");
}

TEST_CASE("compute_measure gives what each algorithm gives", "[analytics]") {
  std::mt19937 rng(61);
  const graph::Graph graph = random_graph(rng, 60, 200);
  const Snapshot snapshot(graph, {.filter = {.direction = query::Direction::out}, .weight = EdgeWeight::sources});
  const auto as_doubles = [](const auto& values) { return std::vector<double>(values.begin(), values.end()); };
  CHECK(compute_measure(snapshot, Measure::degree).values == degree(snapshot));
  CHECK(compute_measure(snapshot, Measure::pagerank, {.page_rank = {.damping = 0.5}}).values ==
        page_rank(snapshot, {.damping = 0.5}).values);
  CHECK(compute_measure(snapshot, Measure::betweenness).values == betweenness(snapshot).values);
  CHECK(compute_measure(snapshot, Measure::closeness).values == closeness(snapshot).values);
  const MeasureValues sampled =
      compute_measure(snapshot, Measure::harmonic, {.centrality = {.sampling = {.samples = 10}}});
  CHECK(sampled.sampling.sampled);
  CHECK(sampled.values == harmonic(snapshot, {.sampling = {.samples = 10}}).values);
  CHECK(compute_measure(snapshot, Measure::coreness).values == as_doubles(coreness(snapshot)));
  const MeasureValues components = compute_measure(snapshot, Measure::component);
  CHECK(components.values == as_doubles(weak_components(snapshot).group));
  CHECK(components.groups == weak_components(snapshot).count());
  CHECK(compute_measure(snapshot, Measure::strong_component).values == as_doubles(strong_components(snapshot).group));
  const MeasureValues groups = compute_measure(snapshot, Measure::community, {.method = CommunityMethod::louvain});
  const Communities expected = louvain(snapshot);
  CHECK(groups.values == as_doubles(expected.partition.group));
  CHECK(groups.modularity == expected.modularity);
  CHECK(compute_measure(snapshot, Measure::community).modularity == leiden(snapshot).modularity);
}

TEST_CASE("by_graph_node spreads snapshot values over the graph's nodes, NaN where the filter left one out",
          "[analytics]") {
  std::mt19937 rng(62);
  const graph::Graph graph = random_graph(rng, 20, 40);
  const Snapshot snapshot(graph, {.filter = {.avoid = {graph::NodeId{3}, graph::NodeId{11}}}});
  REQUIRE(snapshot.node_count() == 18);
  const std::vector<double> ranks = page_rank(snapshot).values;
  const std::vector<double> spread = by_graph_node(snapshot, ranks);
  REQUIRE(spread.size() == 20);
  for (std::uint32_t n = 0; n < 20; ++n) {
    const auto v = snapshot.index(graph::NodeId{n});
    INFO(n);
    if (v) {
      CHECK(spread[n] == ranks[*v]);
    } else {
      CHECK(std::isnan(spread[n]));
    }
  }
  CHECK(std::isnan(spread[3]));
  CHECK(std::isnan(spread[11]));
}

}  // namespace kg::analytics::test
