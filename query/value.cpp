#include "kg/query/value.h"

#include <algorithm>

namespace kg::query {

Value Value::boolean(bool value) { return {Kind::boolean, {.boolean = value}}; }
Value Value::integer(std::int64_t value) { return {Kind::integer, {.integer = value}}; }
Value Value::real(double value) { return {Kind::real, {.real = value}}; }
Value Value::node(graph::NodeId node) { return {Kind::node, {.id = node.value}}; }
Value Value::relationship(graph::EdgeId edge) { return {Kind::relationship, {.id = edge.value}}; }

Value Value::string(std::string text) {
  Value value(Kind::string, {.integer = 0});
  auto owned = std::make_shared<const std::string>(std::move(text));
  value.text_ = *owned;
  value.shared_ = std::move(owned);
  return value;
}

Value Value::graph_string(std::string_view text) {
  Value value(Kind::string, {.integer = 0});
  value.text_ = text;
  return value;
}

Value Value::list(ValueList items) {
  Value value(Kind::list, {.integer = 0});
  value.shared_ = std::make_shared<const ValueList>(std::move(items));
  return value;
}

Value Value::map(ValueMap entries) {
  Value value(Kind::map, {.integer = 0});
  value.shared_ = std::make_shared<const ValueMap>(std::move(entries));
  return value;
}

Value Value::path(Path path) {
  Value value(Kind::path, {.integer = 0});
  value.shared_ = std::make_shared<const Path>(std::move(path));
  return value;
}

const ValueList& Value::as_list() const { return *static_cast<const ValueList*>(shared_.get()); }
const ValueMap& Value::as_map() const { return *static_cast<const ValueMap*>(shared_.get()); }
const Path& Value::as_path() const { return *static_cast<const Path*>(shared_.get()); }

const Value* Value::find(std::string_view key) const {
  const ValueMap& entries = as_map();
  const auto found =
      std::find_if(entries.begin(), entries.end(), [&](const auto& entry) { return entry.first == key; });
  return found == entries.end() ? nullptr : &found->second;
}

std::string_view kind_name(Value::Kind kind) {
  switch (kind) {
    case Value::Kind::null:
      return "NULL";
    case Value::Kind::boolean:
      return "BOOLEAN";
    case Value::Kind::integer:
      return "INTEGER";
    case Value::Kind::real:
      return "FLOAT";
    case Value::Kind::string:
      return "STRING";
    case Value::Kind::list:
      return "LIST";
    case Value::Kind::map:
      return "MAP";
    case Value::Kind::node:
      return "NODE";
    case Value::Kind::relationship:
      return "RELATIONSHIP";
    case Value::Kind::path:
      return "PATH";
  }
  return "NULL";
}

}  // namespace kg::query
