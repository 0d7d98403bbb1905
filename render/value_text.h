#pragma once
// The text of a query value in a table cell or a CSV field.
#include <string>

#include "kg/graph/graph.h"
#include "kg/query/value.h"

namespace kg::render::detail {

/// A float as Cypher prints it: shortest round-trip digits, always with a '.' or an exponent (1.0, 0.5, 1e+20),
/// and NaN, Infinity, -Infinity.
std::string float_text(double value);

/// `value` as text: null, true/false, numbers, a string as it is (quoted with "" and \ escapes when nested in a
/// list or map), `[a, b]`, `{key: value}`, a node as `Name (Type)`, a relationship as `Subject —predicate→ Object`,
/// a path as its chain `A —p→ B ←q— C`.
std::string value_text(const graph::Graph& graph, const query::Value& value);

}  // namespace kg::render::detail
