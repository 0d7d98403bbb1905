#pragma once
// The properties Cypher sees on kg's elements. A node has its entity's `id`, `name` and `aliases` (these win over
// props of the same keys) and then its props. A relationship (a kg edge) has its evidence, computed from the
// statements that pass the run's evidence filter (`confidence`, `sources`, `quotes`, `first_date`, `last_date`,
// `source_count`, `statements`; these win over fact props of the same keys) and then its fact props.
#include <string_view>

#include "context.h"
#include "kg/graph/property.h"

namespace kg::cypher::detail {

Value from_property(const graph::PropertyValue& value);

/// The built-in keys: what every node, or every relationship, has.
bool is_node_builtin(std::string_view key);
bool is_relationship_builtin(std::string_view key);

/// `n.key`; null when the node has no such property.
Value node_property(const graph::Graph& graph, graph::NodeId node, std::string_view key);
/// `r.key`; null when the relationship has no such property.
Value relationship_property(const ExecContext& ctx, graph::EdgeId edge, std::string_view key);

/// properties(n), properties(r): built-in keys first, then props in stored order.
query::ValueMap node_properties(const graph::Graph& graph, graph::NodeId node);
query::ValueMap relationship_properties(const ExecContext& ctx, graph::EdgeId edge);

/// The best confidence among the relationship's passing statements, or the filter's missing confidence when none
/// states one (what credibility() multiplies).
double relationship_confidence(const ExecContext& ctx, graph::EdgeId edge);

}  // namespace kg::cypher::detail
