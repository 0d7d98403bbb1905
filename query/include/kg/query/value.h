#pragma once
/// Value: one cell of a query result, as Cypher has them: null, boolean, integer, float, string, list, map, or a
/// graph element (node, relationship = a kg edge, path). Copies are cheap: lists, maps, paths and owned strings are
/// shared, immutable. Comparison and ordering are the query language's business (cypher/), not this type's.
///
///   kg::query::Value name = kg::query::Value::graph_string(graph.node_name(node));
///   kg::query::Value row = kg::query::Value::list({kg::query::Value::node(node), kg::query::Value::integer(2)});
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "kg/graph/ids.h"
#include "kg/query/result.h"

namespace kg::query {

class Value;
using ValueList = std::vector<Value>;
/// Map entries in the order they were written; keys are unique.
using ValueMap = std::vector<std::pair<std::string, Value>>;

class Value {
 public:
  enum class Kind : std::uint8_t { null, boolean, integer, real, string, list, map, node, relationship, path };

  /// Null.
  Value() = default;
  static Value boolean(bool value);
  static Value integer(std::int64_t value);
  static Value real(double value);
  /// A string that owns its text.
  static Value string(std::string text);
  /// A string that borrows its text, which must outlive the value (a graph's string pool, as long as the graph).
  static Value graph_string(std::string_view text);
  static Value list(ValueList items);
  static Value map(ValueMap entries);
  static Value node(graph::NodeId node);
  static Value relationship(graph::EdgeId edge);
  static Value path(Path path);

  Kind kind() const { return kind_; }
  bool is_null() const { return kind_ == Kind::null; }
  /// True for integers and floats.
  bool is_number() const { return kind_ == Kind::integer || kind_ == Kind::real; }

  // Accessors: each requires kind() to be the matching kind.
  bool as_boolean() const { return scalar_.boolean; }
  std::int64_t as_integer() const { return scalar_.integer; }
  double as_real() const { return scalar_.real; }
  /// An integer or a float as a double.
  double as_number() const { return kind_ == Kind::integer ? static_cast<double>(scalar_.integer) : scalar_.real; }
  std::string_view as_string() const { return text_; }
  const ValueList& as_list() const;
  const ValueMap& as_map() const;
  graph::NodeId as_node() const { return graph::NodeId{scalar_.id}; }
  graph::EdgeId as_relationship() const { return graph::EdgeId{scalar_.id}; }
  const Path& as_path() const;

  /// The entry for `key` in a map, or nullptr when there is none.
  const Value* find(std::string_view key) const;

 private:
  union Scalar {
    bool boolean;
    std::int64_t integer;
    double real;
    std::uint32_t id;
  };
  Value(Kind kind, Scalar scalar) : kind_(kind), scalar_(scalar) {}

  Kind kind_ = Kind::null;
  Scalar scalar_{.integer = 0};
  std::string_view text_;               // a string's text (owned by shared_ or borrowed)
  std::shared_ptr<const void> shared_;  // an owned string, list, map or path
};

/// The name of a kind as Cypher's type errors say it: NULL, BOOLEAN, INTEGER, FLOAT, STRING, LIST, MAP, NODE,
/// RELATIONSHIP, PATH.
std::string_view kind_name(Value::Kind kind);

}  // namespace kg::query
