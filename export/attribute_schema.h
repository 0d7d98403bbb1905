#pragma once
// AttributeSchema: the attribute columns of one export (built-ins first, then every property key), each with one
// type for all elements and a name every format accepts.
#include <absl/container/flat_hash_map.h>

#include <cstdint>
#include <functional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "kg/export/export.h"
#include "kg/graph/graph.h"
#include "selection.h"

namespace kg::io::detail {

/// The core GraphML types kg writes: boolean, int, long, double, string (lists are written as strings).
enum class AttrType : std::uint8_t { boolean, integer, long_integer, real, text };

/// A type's name in GraphML's attr.type (`int`), GEXF's attribute type (`integer`) and a Neo4j CSV header suffix
/// (`:int`; "" for string, the default).
struct TypeNames {
  std::string_view graphml, gexf, neo4j;
};
const TypeNames& type_names(AttrType type);

struct Column {
  std::string title;  ///< the key as in the graph (`born`, `first name`), or the built-in's name
  /// What every file calls it: an XML name token, unique in its domain without regard to case, never a name a
  /// consumer reserves (reserved_names.h) unless it is the built-in that means it.
  std::string name;
  AttrType type = AttrType::text;
  bool list = false;  ///< a list of strings (aliases, sources, quotes): a Neo4j `string[]`, a JSON array
};

/// Built-in node columns, in this order at the start of AttributeSchema::nodes (kNodeBuiltins of them).
/// `name` repeats the label for Cytoscape desktop and Neo4j Browser, which show `name`. kMergedFrom ("merged from a,
/// b: reason") follows them only when a selected node was merged by same_as decisions, so other exports are unchanged.
enum NodeColumn : std::uint32_t {
  kEntityId,
  kNodeLabel,
  kNodeName,
  kNodeType,
  kAliases,
  kNodeBuiltins,
  kMergedFrom = kNodeBuiltins
};
/// Built-in edge columns, in this order at the start of AttributeSchema::edges.
enum EdgeColumn : std::uint32_t {
  kEdgeLabel,
  kPredicate,
  kWeight,
  kConfidence,
  kFirstDate,
  kLastDate,
  kSources,
  kQuotes,
  kGrades,
  kEdgeBuiltins
};

/// The columns of one domain (nodes or edges).
struct Domain {
  std::vector<Column> columns;
  absl::flat_hash_map<std::string_view, std::uint32_t> by_key;  ///< property key → column

  std::uint32_t column_of(std::string_view key) const { return by_key.at(key); }
};

struct AttributeSchema {
  Domain nodes;
  Domain edges;
  /// The caller's computed node attributes: columns computed_first, computed_first + 1, ... of `nodes`.
  std::span<const NodeAttribute> computed;
  std::uint32_t computed_first = kNodeBuiltins;
};

/// The built-in columns (merged_from when a selected node was merged), then one column per computed node attribute,
/// then the property keys of the selected nodes and edges, sorted by key, each typed by every value it takes (ints
/// that are sometimes floats become double, ints beyond 32 bits long, mixed kinds string). `note` hears about each name
/// that had to be changed. Throws std::invalid_argument when a computed attribute does not hold one value per graph
/// node.
AttributeSchema infer_schema(const graph::Graph& graph, const Selection& selection,
                             std::span<const NodeAttribute> computed, const std::function<void(std::string)>& note);

}  // namespace kg::io::detail
