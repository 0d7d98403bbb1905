#include "kg/cypher/result_elements.h"

#include <absl/container/flat_hash_set.h>

namespace kg::cypher {
namespace {

class Collector {
 public:
  explicit Collector(const graph::Graph& graph) : graph_(graph) {}

  void add(const query::Value& value) {
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
  graph::Subgraph take() { return std::move(subgraph_); }

 private:
  void add_node(graph::NodeId node) {
    if (nodes_.insert(node.value).second) subgraph_.nodes.push_back(node);
  }
  void add_edge(graph::EdgeId edge) {
    if (!edges_.insert(edge.value).second) return;
    add_node(graph_.edge_source(edge));
    add_node(graph_.edge_target(edge));
    subgraph_.edges.push_back(edge);
  }

  const graph::Graph& graph_;
  graph::Subgraph subgraph_;
  absl::flat_hash_set<std::uint32_t> nodes_, edges_;
};

}  // namespace

graph::Subgraph result_elements(const graph::Graph& graph, const query::ResultTable& table) {
  Collector collector(graph);
  for (std::size_t i = 0; i < table.row_count(); ++i) {
    for (const query::Value& value : table.row(i)) collector.add(value);
  }
  return collector.take();
}

}  // namespace kg::cypher
