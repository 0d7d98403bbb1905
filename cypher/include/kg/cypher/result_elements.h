#pragma once
/// The graph elements results hold, as a subgraph for `--export`: every node, relationship (with both its
/// endpoints) and path (its nodes and relationships) in any cell, lists and maps included, each once, in the order
/// the results first show it.
///
///   kg::cypher::ResultElements elements(graph);
///   for (const auto& table : tables) elements.add(table);   // a script's statements, in turn
///   kg::io::export_graph(graph, &elements.subgraph(), path, options);
#include <vector>

#include "kg/graph/graph.h"
#include "kg/graph/subgraph.h"
#include "kg/query/result_table.h"

namespace kg::cypher {

class ResultElements {
 public:
  /// `graph` must outlive this and be the graph the results come from.
  explicit ResultElements(const graph::Graph& graph);
  /// Adds the elements of `table` not seen before. O(cells + elements).
  void add(const query::ResultTable& table);
  const graph::Subgraph& subgraph() const { return subgraph_; }

 private:
  void add(const query::Value& value);
  void add_node(graph::NodeId node);
  void add_edge(graph::EdgeId edge);

  const graph::Graph* graph_;
  graph::Subgraph subgraph_;
  std::vector<bool> node_seen_, edge_seen_;
};

/// The elements of one result.
graph::Subgraph result_elements(const graph::Graph& graph, const query::ResultTable& table);

}  // namespace kg::cypher
