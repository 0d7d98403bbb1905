#pragma once
// AttributeSchema: the attribute columns of one export (built-ins first, then every property key), each with one
// type for all elements and a name every format accepts.
#include <absl/container/flat_hash_map.h>

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

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
  std::string name;   ///< an NMTOKEN of [A-Za-z0-9_.-], unique in its domain, never `id`: the key files use
  AttrType type = AttrType::text;
};

/// Built-in node columns, in this order at the start of AttributeSchema::nodes.
enum NodeColumn : std::uint32_t { kEntityId, kNodeLabel, kNodeType, kAliases, kNodeBuiltins };
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
};

/// Collects the property keys of the selected nodes and edges, sorted by key, each typed by every value it takes
/// (ints that are sometimes floats become double, ints beyond 32 bits long, mixed kinds string). `note` hears
/// about each key that had to be renamed.
AttributeSchema infer_schema(const graph::Graph& graph, const Selection& selection,
                             const std::function<void(std::string)>& note);

}  // namespace kg::io::detail
