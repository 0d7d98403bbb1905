// WorkLimits (query/work_meter.cpp): every path query stops with WorkLimitExceeded once its budget is spent.
#include <catch2/catch.hpp>

#include "kg/query/paths.h"
#include "query_fixtures.h"

using namespace kg::query;
using kg::graph::NodeId;

TEST_CASE("A path search that spends its work limit stops with WorkLimitExceeded, saying how far it got", "[query]") {
  const kg::graph::Graph graph = test::complete_graph(14);
  Workspace workspace;
  const PathOptions options{.max_hops = 13, .limit = 1'000'000'000, .work = {.max_steps = 100'000}};
  try {
    simple_paths(graph, NodeId{0}, NodeId{1}, options, workspace);
    FAIL("the search finished");
  } catch (const WorkLimitExceeded& stopped) {
    CHECK(stopped.limit() == WorkLimitExceeded::Limit::steps);
    CHECK(stopped.steps() == 100'000);
    CHECK(stopped.paths() > 0);
    CHECK_THAT(stopped.what(), Catch::Matches("the path search stopped at its work limit of 100000 steps, after "
                                              "[0-9.]+ s \\([0-9]+ paths found so far\\)"));
  }
  CHECK_THROWS_AS(all_shortest_paths(graph, NodeId{0}, NodeId{1}, {.work = {.max_steps = 5}}, workspace),
                  WorkLimitExceeded);
  CHECK_THROWS_AS(k_shortest_paths(graph, NodeId{0}, NodeId{1}, 1'000'000, Weight::hops, options, workspace),
                  WorkLimitExceeded);
  CHECK_THROWS_AS(k_shortest_paths(graph, NodeId{0}, NodeId{1}, 1'000'000, Weight::credibility, options, workspace),
                  WorkLimitExceeded);
}

TEST_CASE("A path search under a time limit stops once the time is spent, and reports progress meanwhile", "[query]") {
  const kg::graph::Graph graph = test::complete_graph(16);
  Workspace workspace;
  std::uint64_t reports = 0, last_steps = 0;
  PathOptions options{.max_hops = 15, .limit = 1'000'000'000};
  options.work = {.max_steps = UINT64_MAX,
                  .max_time = std::chrono::milliseconds(50),
                  .progress = [&](std::uint64_t steps, std::size_t) {
                    CHECK(steps > last_steps);
                    last_steps = steps;
                    ++reports;
                  }};
  try {
    simple_paths(graph, NodeId{0}, NodeId{1}, options, workspace);
    FAIL("the search finished");
  } catch (const WorkLimitExceeded& stopped) {
    CHECK(stopped.limit() == WorkLimitExceeded::Limit::time);
    CHECK_THAT(stopped.what(), Catch::StartsWith("the path search stopped at its time limit, after "));
  }
  CHECK(reports > 0);
}
