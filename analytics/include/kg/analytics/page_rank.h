#pragma once
/// PageRank over the directed edges of a kg Graph: who is central in a case. Boost.Graph's page_rank runs behind
/// this function through a small adapter (analytics/page_rank.cpp, over analytics/boost_adapter.h); no Boost type
/// appears here. Boost's variant: a fixed number of iterations, ranks starting at 1/n and not renormalised (dangling
/// nodes leak rank), so values differ slightly from igraph's and NetworkX's, while the order of the entities agrees.
///
///   const std::vector<double> rank = kg::analytics::page_rank(graph, {.iterations = 20});
#include <cstddef>
#include <vector>

#include "kg/graph/graph.h"

namespace kg::analytics {

struct PageRankOptions {
  std::size_t iterations = 20;
  double damping = 0.85;
};

/// One rank per node (indexed by NodeId) after `options.iterations` power iterations over the directed edges.
std::vector<double> page_rank(const kg::graph::Graph& graph, const PageRankOptions& options = {});

}  // namespace kg::analytics
