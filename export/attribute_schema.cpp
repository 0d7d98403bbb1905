#include "attribute_schema.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <limits>

#include "kg/graph/property.h"
#include "kg/graph/text.h"

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

// Names no property may take in any format: GraphML/igraph's `id`, Cytoscape's `source`, `target`, `value`,
// `name`, `key`, `color`.
constexpr std::array<std::string_view, 7> kReserved = {"id", "source", "target", "value", "name", "key", "color"};

bool taken(const std::vector<Column>& columns, std::string_view name) {
  return std::find(kReserved.begin(), kReserved.end(), name) != kReserved.end() ||
         std::any_of(columns.begin(), columns.end(), [&](const Column& c) { return c.name == name; });
}

// The key reduced to [A-Za-z0-9_.-] (one '_' per other character), made unique in its domain.
std::string column_name(std::string_view key, const std::vector<Column>& columns) {
  std::string name;
  for (std::size_t i = 0; i < key.size(); ++i) {
    const char c = key[i];
    const bool plain =
        (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '.' || c == '-';
    if (plain) {
      name += c;
    } else if (!graph::is_utf8_continuation(c)) {  // one '_' per UTF-8 character
      name += '_';
    }
  }
  if (name.empty()) name = "property";
  if (!taken(columns, name)) return name;
  for (int suffix = 2;; ++suffix) {
    std::string candidate = fmt::format("{}_{}", name, suffix);
    if (!taken(columns, candidate)) return candidate;
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
    Column column{std::string(key.key), column_name(key.key, domain.columns), type_of(key.kinds)};
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
                             const std::function<void(std::string)>& note) {
  AttributeSchema schema{builtins({{"entity_id", "entity_id", AttrType::text},
                                   {"label", "label", AttrType::text},
                                   {"type", "type", AttrType::text},
                                   {"aliases", "aliases", AttrType::text}}),
                         builtins({{"label", "label", AttrType::text},
                                   {"predicate", "predicate", AttrType::text},
                                   {"weight", "weight", AttrType::integer},
                                   {"confidence", "confidence", AttrType::real},
                                   {"first_date", "first_date", AttrType::text},
                                   {"last_date", "last_date", AttrType::text},
                                   {"sources", "sources", AttrType::text},
                                   {"quotes", "quotes", AttrType::text}})};
  KindCollector node_kinds;
  for (const graph::NodeId node : selection.nodes()) node_kinds.add(graph.node_properties(node));
  add_properties(schema.nodes, node_kinds.take(), "node", note);
  KindCollector edge_kinds;
  for (const graph::EdgeId edge : selection.edges()) edge_kinds.add(graph.edge_properties(edge));
  add_properties(schema.edges, edge_kinds.take(), "edge", note);
  return schema;
}

}  // namespace kg::io::detail
