#pragma once
/// The graph elements a result holds, as a subgraph for `--export`: every node, relationship (with both its
/// endpoints) and path (its nodes and relationships) in any cell, lists and maps included, each once, in the order
/// the result first shows it.
#include "kg/graph/graph.h"
#include "kg/graph/subgraph.h"
#include "kg/query/result_table.h"

namespace kg::cypher {

graph::Subgraph result_elements(const graph::Graph& graph, const query::ResultTable& table);

}  // namespace kg::cypher
