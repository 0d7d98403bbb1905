#include "kg/analytics/page_rank.h"

#include <boost/graph/page_rank.hpp>

#include "boost_adapter.h"

namespace kg::analytics {

std::vector<double> page_rank(const kg::graph::Graph& graph, const PageRankOptions& options) {
  const detail::GraphView view{&graph};
  std::vector<double> ranks(graph.node_count()), scratch(graph.node_count());
  if (graph.node_count() == 0) return ranks;
  boost::graph::page_rank(view, ranks.data(), boost::graph::n_iterations(options.iterations), options.damping,
                          graph.node_count(), scratch.data());
  return ranks;
}

}  // namespace kg::analytics
