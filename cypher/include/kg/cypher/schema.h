#pragma once
/// What a query can name in a graph: labels (node types), relationship types (predicates) and property keys,
/// with how many nodes or relationships have each; the built-in keys (id, name, aliases; the evidence keys) are
/// listed too. `kg shell`'s :schema.
#include "kg/graph/graph.h"
#include "kg/query/result_table.h"

namespace kg::cypher {

/// Columns `kind` ("label", "relationship type", "node property", "relationship property"), `name`, `count`;
/// rows by kind, then by count (largest first), then name.
query::ResultTable schema(const graph::Graph& graph);

}  // namespace kg::cypher
