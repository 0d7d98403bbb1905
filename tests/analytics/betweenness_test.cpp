#include "kg/analytics/betweenness.h"

#include "analytics_fixtures.h"

namespace kg::analytics::test {
namespace {

double error_against_networkx(const graph::Graph& graph, const query::Filter& filter, bool normalised,
                              unsigned threads = 0) {
  const CentralityResult actual =
      betweenness(Snapshot(graph, {.filter = filter}), {.normalised = normalised, .threads = threads});
  CHECK(!actual.sampling.sampled);
  const std::vector<double> expected =
      numbers(run_oracle("betweenness", oracle_edges(Reference(graph, filter, {}), EdgeWeight::none),
                         direction_option(filter.direction) + (normalised ? " --normalized" : "")));
  return relative_error(actual.values, expected);
}

}  // namespace

TEST_CASE("Betweenness equals NetworkX's on the classic networks, both ways and along the arrows", "[analytics]") {
  for (const std::string& name : kClassics) {
    const graph::Graph graph = kg::test::classic_graph(name);
    for (query::Direction direction : {query::Direction::both, query::Direction::out, query::Direction::in}) {
      for (bool normalised : {true, false}) {
        INFO(name << " " << direction_option(direction) << (normalised ? " normalised" : ""));
        CHECK(error_against_networkx(graph, {.direction = direction}, normalised) < 1e-9);
      }
    }
  }
}

TEST_CASE("Betweenness equals NetworkX's on random filtered multigraphs, on one thread and on two", "[analytics]") {
  std::mt19937 rng(23);
  for (int round = 0; round < 24; ++round) {
    const graph::Graph graph = random_graph(rng, 10 + round * 3, 15 + round * 8);
    const query::Filter filter = round % 3 == 0 ? query::Filter{} : random_filter(rng, graph);
    INFO("round " << round << " " << direction_option(filter.direction));
    CHECK(error_against_networkx(graph, filter, round % 2 == 0, 1 + round % 2) < 1e-9);
  }
}

TEST_CASE("Sampled betweenness stays within its stated error bound and is exact with every node a pivot",
          "[analytics]") {
  std::mt19937 rng(29);
  const graph::Graph graph = random_graph(rng, 1500, 4000);
  const Snapshot snapshot(graph);
  const CentralityResult exact = betweenness(snapshot);
  CHECK(!exact.sampling.sampled);
  CHECK(exact.sampling.pivots == snapshot.node_count());

  // Above the exact limit the measure samples by itself, with the minimum number of pivots.
  const CentralityResult automatic = betweenness(snapshot, {.sampling = {.exact_limit = 1000}});
  CHECK(automatic.sampling.sampled);
  CHECK(automatic.sampling.pivots == Sampling::kMinimumSamples);
  CHECK(automatic.sampling.error_bound == Approx(0.1358).margin(1e-4));

  for (std::uint32_t samples : {200U, 600U}) {
    const CentralityResult sampled = betweenness(snapshot, {.sampling = {.samples = samples, .seed = 3}});
    CHECK(sampled.sampling.sampled);
    CHECK(sampled.sampling.pivots == samples);
    double worst = 0;
    for (std::size_t v = 0; v < exact.values.size(); ++v) {
      worst = std::max(worst, std::abs(sampled.values[v] - exact.values[v]));
    }
    INFO(samples << " pivots: worst error " << worst << ", bound " << sampled.sampling.error_bound);
    CHECK(worst <= sampled.sampling.error_bound);
    // The same seed draws the same pivots.
    CHECK(betweenness(snapshot, {.sampling = {.samples = samples, .seed = 3}}).values == sampled.values);
  }
  const CentralityResult all = betweenness(snapshot, {.sampling = {.samples = snapshot.node_count()}});
  CHECK(!all.sampling.sampled);
  CHECK(relative_error(all.values, exact.values) < 1e-12);
}

TEST_CASE("Florentine families: the Medici broker more than anyone (Padgett and Ansell)", "[analytics]") {
  const graph::Graph graph = kg::test::classic_graph("florentine_families");
  const Snapshot snapshot(graph);
  const std::vector<double> values = betweenness(snapshot).values;
  const std::uint32_t medici = *snapshot.index(graph.find_nodes("Medici").at(0));
  CHECK(std::max_element(values.begin(), values.end()) - values.begin() == medici);
  CHECK(values[medici] == Approx(0.521978).epsilon(1e-5));
}

}  // namespace kg::analytics::test
