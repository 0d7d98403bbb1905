#include "kg/cypher/result_elements.h"

namespace kg::cypher {

ResultElements::ResultElements(const graph::Graph& graph)
    : graph_(&graph), node_seen_(graph.node_count()), edge_seen_(graph.edge_count()) {}

void ResultElements::add(const query::ResultTable& table) {
  for (std::size_t i = 0; i < table.row_count(); ++i) {
    for (const query::Value& value : table.row(i)) add(value);
  }
}

void ResultElements::add(const query::Value& value) {
  switch (value.kind()) {
    case query::Value::Kind::node:
      add_node(value.as_node());
      break;
    case query::Value::Kind::relationship:
      add_edge(value.as_relationship());
      break;
    case query::Value::Kind::path:
      for (graph::NodeId node : value.as_path().nodes) add_node(node);
      for (const query::Hop& hop : value.as_path().hops) add_edge(hop.edge);
      break;
    case query::Value::Kind::list:
      for (const query::Value& item : value.as_list()) add(item);
      break;
    case query::Value::Kind::map:
      for (const auto& entry : value.as_map()) add(entry.second);
      break;
    default:
      break;
  }
}

void ResultElements::add_node(graph::NodeId node) {
  if (node_seen_[node.value]) return;
  node_seen_[node.value] = true;
  subgraph_.nodes.push_back(node);
}

void ResultElements::add_edge(graph::EdgeId edge) {
  if (edge_seen_[edge.value]) return;
  edge_seen_[edge.value] = true;
  add_node(graph_->edge_source(edge));
  add_node(graph_->edge_target(edge));
  subgraph_.edges.push_back(edge);
}

graph::Subgraph result_elements(const graph::Graph& graph, const query::ResultTable& table) {
  ResultElements elements(graph);
  elements.add(table);
  return elements.subgraph();
}

}  // namespace kg::cypher
