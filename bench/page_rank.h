#pragma once
/// PageRank for the benchmark: Boost.Graph's page_rank run directly on a kg Graph through a small adapter (the
/// query layer has no PageRank). Boost's variant: fixed iteration count, damping 0.85, ranks start at 1/n and are
/// not renormalised (dangling nodes leak rank), so values differ slightly from igraph's and NetworkX's.
#include <cstddef>
#include <vector>

#include "kg/graph/graph.h"

namespace kg::bench {

/// One rank per node after `iterations` power iterations over the directed edges.
std::vector<double> page_rank(const kg::graph::Graph& graph, std::size_t iterations);

}  // namespace kg::bench
