#include "kg/analytics/closeness.h"

#include "analytics_fixtures.h"

namespace kg::analytics::test {
namespace {

using Measure = CentralityResult (*)(const Snapshot&, const CentralityOptions&);

double error_against_networkx(const std::string& name, Measure measure, const graph::Graph& graph,
                              const query::Filter& filter, unsigned threads = 0) {
  // NetworkX's harmonic centrality is not normalised.
  const CentralityResult actual =
      measure(Snapshot(graph, {.filter = filter}), {.normalised = false, .threads = threads});
  CHECK(!actual.sampling.sampled);
  const std::vector<double> expected = numbers(run_oracle(
      name, oracle_edges(Reference(graph, filter, {}), EdgeWeight::none), direction_option(filter.direction)));
  return relative_error(actual.values, expected);
}

}  // namespace

TEST_CASE("Closeness and harmonic centrality equal NetworkX's on the classic networks", "[analytics]") {
  for (const std::string& name : kClassics) {
    const graph::Graph graph = kg::test::classic_graph(name);
    for (query::Direction direction : {query::Direction::both, query::Direction::out, query::Direction::in}) {
      INFO(name << " " << direction_option(direction));
      CHECK(error_against_networkx("closeness", closeness, graph, {.direction = direction}) < 1e-9);
      CHECK(error_against_networkx("harmonic", harmonic, graph, {.direction = direction}) < 1e-9);
    }
  }
}

TEST_CASE("Closeness and harmonic centrality equal NetworkX's on random filtered multigraphs", "[analytics]") {
  std::mt19937 rng(31);
  for (int round = 0; round < 20; ++round) {
    const graph::Graph graph = random_graph(rng, 10 + round * 3, 10 + round * 6);
    const query::Filter filter = round % 3 == 0 ? query::Filter{} : random_filter(rng, graph);
    INFO("round " << round << " " << direction_option(filter.direction));
    CHECK(error_against_networkx("closeness", closeness, graph, filter, 1 + round % 2) < 1e-9);
    CHECK(error_against_networkx("harmonic", harmonic, graph, filter, 1 + round % 2) < 1e-9);
  }
}

TEST_CASE("Normalised harmonic centrality divides by n - 1, sampled, it stays within its error bound", "[analytics]") {
  std::mt19937 rng(37);
  const graph::Graph graph = random_graph(rng, 1200, 3000);
  const Snapshot snapshot(graph, {.filter = {.direction = query::Direction::out}});
  const std::vector<double> raw = harmonic(snapshot, {.normalised = false}).values;
  const CentralityResult exact = harmonic(snapshot);
  for (std::size_t v = 0; v < raw.size(); ++v) CHECK(exact.values[v] == Approx(raw[v] / (raw.size() - 1)));
  const CentralityResult sampled = harmonic(snapshot, {.sampling = {.samples = 300, .seed = 9}});
  REQUIRE(sampled.sampling.sampled);
  double worst = 0;
  for (std::size_t v = 0; v < raw.size(); ++v) worst = std::max(worst, std::abs(sampled.values[v] - exact.values[v]));
  CHECK(worst <= sampled.sampling.error_bound);
  // Sampled closeness estimates the same quantity: close to exact on this graph.
  const std::vector<double> close = closeness(snapshot).values;
  const std::vector<double> estimate = closeness(snapshot, {.sampling = {.samples = 300, .seed = 9}}).values;
  double mean_error = 0;
  for (std::size_t v = 0; v < close.size(); ++v) mean_error += std::abs(estimate[v] - close[v]) / close.size();
  CHECK(mean_error < 0.02);
}

}  // namespace kg::analytics::test
