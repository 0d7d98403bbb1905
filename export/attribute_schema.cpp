#include "attribute_schema.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>

#include "kg/graph/property.h"
#include "kg/graph/text.h"
#include "reserved_names.h"
#include "xml_name.h"

namespace kg::io::detail {
namespace {

// Kinds of value a key has been seen with.
enum KindBit : std::uint8_t { kText = 1, kInt32 = 2, kInt64 = 4, kReal = 8, kBool = 16 };

std::uint8_t kind_of(const graph::PropertyValue& value) {
  if (std::holds_alternative<std::string_view>(value)) return kText;
  if (const auto* number = std::get_if<std::int64_t>(&value)) {
    const bool fits =
        *number >= std::numeric_limits<std::int32_t>::min() && *number <= std::numeric_limits<std::int32_t>::max();
    return fits ? kInt32 : kInt64;
  }
  if (std::holds_alternative<double>(value)) return kReal;
  return kBool;
}

AttrType type_of(std::uint8_t kinds) {
  if (kinds == kBool) return AttrType::boolean;
  if (kinds == kInt32) return AttrType::integer;
  if ((kinds & ~(kInt32 | kInt64)) == 0) return AttrType::long_integer;
  if ((kinds & ~(kInt32 | kInt64 | kReal)) == 0) return AttrType::real;
  return AttrType::text;
}

// A name is taken when a consumer reserves it or an earlier column has it, in any case (Gephi and Kuzu match
// column names without regard to case).
bool taken(const std::vector<Column>& columns, std::string_view name, bool nodes) {
  return is_reserved(name, nodes) || std::any_of(columns.begin(), columns.end(), [&](const Column& c) {
           return graph::equals_ascii_folded(c.name, name);
         });
}

// The key as an XML name token (xml_name.h), made unique in its domain. Letters of any script stay (`год`).
std::string column_name(std::string_view key, const std::vector<Column>& columns, bool nodes) {
  std::string name = to_name_token(key);
  if (name.empty()) name = "property";
  if (!taken(columns, name, nodes)) return name;
  for (int suffix = 2;; ++suffix) {
    std::string candidate = fmt::format("{}_{}", name, suffix);
    if (!taken(columns, candidate, nodes)) return candidate;
  }
}

struct KeyKinds {
  std::string_view key;
  std::uint8_t kinds = 0;
};

void add_properties(Domain& domain, std::vector<KeyKinds> keys, std::string_view what,
                    const std::function<void(std::string)>& note) {
  std::sort(keys.begin(), keys.end(), [](const KeyKinds& a, const KeyKinds& b) { return a.key < b.key; });
  for (const KeyKinds& key : keys) {
    Column column{std::string(key.key), column_name(key.key, domain.columns, what == "node"), type_of(key.kinds)};
    if (column.name != column.title && note) {
      note(fmt::format("{} property \"{}\" is written as \"{}\"", what, column.title, column.name));
    }
    domain.by_key.emplace(key.key, static_cast<std::uint32_t>(domain.columns.size()));
    domain.columns.push_back(std::move(column));
  }
}

// Gathers each key's kinds over a sequence of property lists.
class KindCollector {
 public:
  void add(const std::vector<graph::Property>& properties) {
    for (const graph::Property& property : properties) {
      auto [it, inserted] = index_.try_emplace(property.key, keys_.size());
      if (inserted) keys_.push_back({property.key, 0});
      keys_[it->second].kinds |= kind_of(property.value);
    }
  }
  std::vector<KeyKinds> take() { return std::move(keys_); }

 private:
  absl::flat_hash_map<std::string_view, std::size_t> index_;
  std::vector<KeyKinds> keys_;
};

Domain builtins(std::initializer_list<Column> columns) {
  Domain domain;
  domain.columns.assign(columns.begin(), columns.end());
  return domain;
}

}  // namespace

const TypeNames& type_names(AttrType type) {
  static constexpr TypeNames kNames[] = {{"boolean", "boolean", ":boolean"},
                                         {"int", "integer", ":int"},
                                         {"long", "long", ":long"},
                                         {"double", "double", ":double"},
                                         {"string", "string", ""}};
  return kNames[static_cast<std::size_t>(type)];
}

AttributeSchema infer_schema(const graph::Graph& graph, const Selection& selection,
                             std::span<const NodeAttribute> computed, const std::function<void(std::string)>& note) {
  AttributeSchema schema{builtins({{"entity_id", "entity_id", AttrType::text},
                                   {"label", "label", AttrType::text},
                                   {"name", "name", AttrType::text},
                                   {"type", "type", AttrType::text},
                                   {"aliases", "aliases", AttrType::text, true}}),
                         builtins({{"label", "label", AttrType::text},
                                   {"predicate", "predicate", AttrType::text},
                                   {"weight", "weight", AttrType::integer},
                                   {"confidence", "confidence", AttrType::real},
                                   {"first_date", "first_date", AttrType::text},
                                   {"last_date", "last_date", AttrType::text},
                                   {"sources", "sources", AttrType::text, true},
                                   {"quotes", "quotes", AttrType::text, true},
                                   {"grades", "grades", AttrType::text, true}}),
                         computed, kNodeBuiltins};
  const auto merged = [&](graph::NodeId node) { return !graph.node_merged_ids(node).empty(); };
  if (std::any_of(selection.nodes().begin(), selection.nodes().end(), merged)) {
    schema.nodes.columns.push_back({"merged_from", "merged_from", AttrType::text});
    ++schema.computed_first;
  }
  for (const NodeAttribute& attribute : computed) {
    if (attribute.values.size() != graph.node_count()) {
      throw std::invalid_argument(fmt::format("node attribute \"{}\" holds {} values for {} nodes", attribute.name,
                                              attribute.values.size(), graph.node_count()));
    }
    const bool fits = std::all_of(attribute.values.begin(), attribute.values.end(), [](double v) {
      return std::isnan(v) ||
             (v >= std::numeric_limits<std::int32_t>::min() && v <= std::numeric_limits<std::int32_t>::max());
    });
    const AttrType type = attribute.type == AttributeType::real ? AttrType::real
                          : fits                                ? AttrType::integer
                                                                : AttrType::long_integer;
    Column column{attribute.name, column_name(attribute.name, schema.nodes.columns, true), type};
    if (column.name != column.title && note) {
      note(fmt::format("node attribute \"{}\" is written as \"{}\"", column.title, column.name));
    }
    schema.nodes.columns.push_back(std::move(column));
  }
  KindCollector node_kinds;
  for (const graph::NodeId node : selection.nodes()) node_kinds.add(graph.node_properties(node));
  add_properties(schema.nodes, node_kinds.take(), "node", note);
  KindCollector edge_kinds;
  for (const graph::EdgeId edge : selection.edges()) edge_kinds.add(graph.edge_properties(edge));
  add_properties(schema.edges, edge_kinds.take(), "edge", note);
  return schema;
}

}  // namespace kg::io::detail
