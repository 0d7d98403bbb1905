#include "selection.h"

#include <algorithm>

#include <fmt/format.h>

#include <limits>
#include <stdexcept>

namespace kg::io::detail {
namespace {
constexpr std::uint32_t kAbsent = std::numeric_limits<std::uint32_t>::max();
}  // namespace

Selection::Selection(const graph::Graph& graph, const graph::Subgraph* subgraph) : graph_(graph) {
  if (subgraph == nullptr) {
    nodes_.reserve(graph.node_count());
    edges_.reserve(graph.edge_count());
    sources_.reserve(graph.edge_count());
    for (std::uint32_t n = 0; n < graph.node_count(); ++n) {
      nodes_.push_back(graph::NodeId{n});
      for (const graph::Adjacent next : graph.out(graph::NodeId{n})) {
        edges_.push_back(next.edge);
        sources_.push_back(graph::NodeId{n});
      }
    }
    return;
  }
  nodes_ = subgraph->nodes;
  edges_ = subgraph->edges;
  positions_.assign(graph.node_count(), kAbsent);
  for (std::uint32_t i = 0; i < nodes_.size(); ++i) {
    const graph::NodeId node = nodes_[i];
    if (node.value >= graph.node_count())
      throw std::invalid_argument(fmt::format("no node {} in the graph", node.value));
    if (positions_[node.value] != kAbsent) {
      throw std::invalid_argument(fmt::format("node {} is selected twice", graph.node_key(node)));
    }
    positions_[node.value] = i;
  }
  sources_.reserve(edges_.size());
  for (const graph::EdgeId edge : edges_) {
    if (edge.value >= graph.edge_count())
      throw std::invalid_argument(fmt::format("no edge {} in the graph", edge.value));
    const graph::NodeId source = graph.edge_source(edge);
    if (positions_[source.value] == kAbsent || positions_[graph.edge_target(edge).value] == kAbsent) {
      throw std::invalid_argument(fmt::format("edge {} -> {} is selected without its endpoints", graph.node_key(source),
                                              graph.node_key(graph.edge_target(edge))));
    }
    sources_.push_back(source);
  }
}

std::vector<std::uint32_t> Selection::degrees() const {
  std::vector<std::uint32_t> degree(nodes_.size(), 0);
  for (std::size_t i = 0; i < edges_.size(); ++i) {
    ++degree[position(sources_[i])];
    ++degree[position(graph_.edge_target(edges_[i]))];
  }
  return degree;
}

std::size_t Selection::parallel_pairs() const {
  std::vector<std::uint64_t> pairs;
  pairs.reserve(edges_.size());
  for (std::size_t i = 0; i < edges_.size(); ++i) {
    pairs.push_back(std::uint64_t{sources_[i].value} << 32 | graph_.edge_target(edges_[i]).value);
  }
  std::sort(pairs.begin(), pairs.end());
  std::size_t count = 0;
  for (std::size_t i = 1; i < pairs.size(); ++i) {
    if (pairs[i] == pairs[i - 1] && (i == 1 || pairs[i - 1] != pairs[i - 2])) ++count;
  }
  return count;
}

}  // namespace kg::io::detail
