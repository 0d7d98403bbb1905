// The function table, the call expression, and the functions over graph elements, lists, maps and numbers.
#include "functions.h"

#include <absl/container/inlined_vector.h>
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <limits>

#include "arithmetic.h"
#include "element_properties.h"
#include "kg/graph/text.h"

namespace kg::cypher::detail {
namespace {

using Kind = Value::Kind;

[[noreturn]] void wrong_kind(std::string_view expected, const Value& got) {
  throw ValueError(fmt::format("expected {}, got {}", expected, query::kind_name(got.kind())));
}

Value id_of(std::span<const Value> a, ExecContext&) {
  if (a[0].kind() == Kind::node) return Value::integer(a[0].as_node().value);
  if (a[0].kind() == Kind::relationship) return Value::integer(a[0].as_relationship().value);
  if (a[0].is_null()) return {};
  wrong_kind("a node or relationship", a[0]);
}

Value type_of(std::span<const Value> a, ExecContext& ctx) {
  if (a[0].is_null()) return {};
  if (a[0].kind() != Kind::relationship) wrong_kind("a relationship", a[0]);
  return Value::graph_string(ctx.graph.predicate_name(ctx.graph.edge_predicate(a[0].as_relationship())));
}

Value labels_of(std::span<const Value> a, ExecContext& ctx) {
  if (a[0].is_null()) return {};
  if (a[0].kind() != Kind::node) wrong_kind("a node", a[0]);
  return Value::list({Value::graph_string(ctx.graph.type_name(ctx.graph.node_type(a[0].as_node())))});
}

Value length_of(std::span<const Value> a, ExecContext&) {
  if (a[0].is_null()) return {};
  if (a[0].kind() == Kind::path) return Value::integer(static_cast<std::int64_t>(a[0].as_path().length()));
  wrong_kind("a path", a[0]);
}

Value nodes_of(std::span<const Value> a, ExecContext&) {
  if (a[0].is_null()) return {};
  if (a[0].kind() != Kind::path) wrong_kind("a path", a[0]);
  query::ValueList nodes;
  for (graph::NodeId node : a[0].as_path().nodes) nodes.push_back(Value::node(node));
  return Value::list(std::move(nodes));
}

Value relationships_of(std::span<const Value> a, ExecContext&) {
  if (a[0].is_null()) return {};
  if (a[0].kind() != Kind::path) wrong_kind("a path", a[0]);
  query::ValueList edges;
  for (const query::Hop& hop : a[0].as_path().hops) edges.push_back(Value::relationship(hop.edge));
  return Value::list(std::move(edges));
}

Value start_node(std::span<const Value> a, ExecContext& ctx) {
  if (a[0].is_null()) return {};
  if (a[0].kind() != Kind::relationship) wrong_kind("a relationship", a[0]);
  return Value::node(ctx.graph.edge_source(a[0].as_relationship()));
}

Value end_node(std::span<const Value> a, ExecContext& ctx) {
  if (a[0].is_null()) return {};
  if (a[0].kind() != Kind::relationship) wrong_kind("a relationship", a[0]);
  return Value::node(ctx.graph.edge_target(a[0].as_relationship()));
}

Value size_of(std::span<const Value> a, ExecContext&) {
  if (a[0].is_null()) return {};
  if (a[0].kind() == Kind::list) return Value::integer(static_cast<std::int64_t>(a[0].as_list().size()));
  if (a[0].kind() == Kind::string)
    return Value::integer(static_cast<std::int64_t>(graph::utf8_length(a[0].as_string())));
  if (a[0].kind() == Kind::map) return Value::integer(static_cast<std::int64_t>(a[0].as_map().size()));
  wrong_kind("a list or string", a[0]);
}

const query::ValueList* list_argument(const Value& v) {
  if (v.is_null()) return nullptr;
  if (v.kind() != Kind::list) wrong_kind("a list", v);
  return &v.as_list();
}

Value head_of(std::span<const Value> a, ExecContext&) {
  const query::ValueList* list = list_argument(a[0]);
  return list == nullptr || list->empty() ? Value() : list->front();
}

Value last_of(std::span<const Value> a, ExecContext&) {
  const query::ValueList* list = list_argument(a[0]);
  return list == nullptr || list->empty() ? Value() : list->back();
}

Value tail_of(std::span<const Value> a, ExecContext&) {
  const query::ValueList* list = list_argument(a[0]);
  if (list == nullptr) return {};
  return Value::list(list->empty() ? query::ValueList{} : query::ValueList(list->begin() + 1, list->end()));
}

Value reverse_of(std::span<const Value> a, ExecContext&) {
  if (a[0].kind() == Kind::string) {
    // Reverse by code point, not by byte.
    const std::string_view text = a[0].as_string();
    std::string reversed;
    reversed.reserve(text.size());
    for (std::size_t end = text.size(); end > 0;) {
      std::size_t begin = end - 1;
      while (begin > 0 && (static_cast<unsigned char>(text[begin]) & 0xC0) == 0x80) --begin;
      reversed.append(text.substr(begin, end - begin));
      end = begin;
    }
    return Value::string(std::move(reversed));
  }
  const query::ValueList* list = list_argument(a[0]);
  if (list == nullptr) return {};
  return Value::list(query::ValueList(list->rbegin(), list->rend()));
}

query::ValueMap properties_map(const Value& v, ExecContext& ctx) {
  if (v.kind() == Kind::node) return node_properties(ctx.graph, v.as_node());
  if (v.kind() == Kind::relationship) return relationship_properties(ctx, v.as_relationship());
  if (v.kind() == Kind::map) return v.as_map();
  wrong_kind("a node, relationship or map", v);
}

Value keys_of(std::span<const Value> a, ExecContext& ctx) {
  if (a[0].is_null()) return {};
  query::ValueList keys;
  for (const auto& entry : properties_map(a[0], ctx)) keys.push_back(Value::string(entry.first));
  return Value::list(std::move(keys));
}

Value properties_of(std::span<const Value> a, ExecContext& ctx) {
  if (a[0].is_null()) return {};
  return Value::map(properties_map(a[0], ctx));
}

Value coalesce(std::span<const Value> a, ExecContext&) {
  for (const Value& v : a) {
    if (!v.is_null()) return v;
  }
  return {};
}

Value exists(std::span<const Value> a, ExecContext&) {
  if (a[0].kind() == Kind::boolean) return a[0];  // exists((a)-->()) : the pattern predicate's answer
  return Value::boolean(!a[0].is_null());
}

Value absolute(std::span<const Value> a, ExecContext&) {
  if (a[0].is_null()) return {};
  if (a[0].kind() == Kind::integer) {
    if (a[0].as_integer() == std::numeric_limits<std::int64_t>::min()) {
      throw ValueError("integer overflow: abs(-9223372036854775808) does not fit in 64 bits");
    }
    return Value::integer(std::abs(a[0].as_integer()));
  }
  if (a[0].kind() == Kind::real) return Value::real(std::fabs(a[0].as_real()));
  wrong_kind("a number", a[0]);
}

Value sign_of(std::span<const Value> a, ExecContext&) {
  if (a[0].is_null()) return {};
  if (!a[0].is_number()) wrong_kind("a number", a[0]);
  const double x = a[0].as_number();
  return Value::integer(x > 0 ? 1 : x < 0 ? -1 : 0);
}

template <double (*Fn)(double)>
Value float_function(std::span<const Value> a, ExecContext&) {
  if (a[0].is_null()) return {};
  if (!a[0].is_number()) wrong_kind("a number", a[0]);
  return Value::real(Fn(a[0].as_number()));
}

double round_half_up(double x) { return std::floor(x + 0.5); }

Value euler(std::span<const Value>, ExecContext&) { return Value::real(std::exp(1.0)); }
Value pi(std::span<const Value>, ExecContext&) { return Value::real(std::acos(-1.0)); }
Value random_unit(std::span<const Value>, ExecContext& ctx) { return Value::real(ctx.random_unit()); }

Value range_of(std::span<const Value> a, ExecContext&) {
  for (const Value& v : a) {
    if (v.kind() != Kind::integer) wrong_kind("integers", v);
  }
  const std::int64_t first = a[0].as_integer();
  const std::int64_t last = a[1].as_integer();
  const std::int64_t step = a.size() > 2 ? a[2].as_integer() : 1;
  if (step == 0) throw ValueError("the step of range() must not be 0");
  constexpr std::int64_t kMaxItems = 10'000'000;
  // floor((last - first) / step) + 1 items, none when the step points away from the end.
  const long double count = std::floor((static_cast<long double>(last) - first) / step) + 1;
  if (count > kMaxItems) throw ValueError(fmt::format("range() would make more than {} items", kMaxItems));
  query::ValueList items;
  const auto size = count > 0 ? static_cast<std::int64_t>(count) : 0;
  for (std::int64_t i = 0; i < size; ++i) items.push_back(Value::integer(first + i * step));
  return Value::list(std::move(items));
}

constexpr ScalarFunction kGraphFunctions[] = {
    {"id", 1, 1, id_of},
    {"type", 1, 1, type_of},
    {"labels", 1, 1, labels_of},
    {"length", 1, 1, length_of},
    {"nodes", 1, 1, nodes_of},
    {"relationships", 1, 1, relationships_of},
    {"startNode", 1, 1, start_node},
    {"endNode", 1, 1, end_node},
    {"size", 1, 1, size_of},
    {"head", 1, 1, head_of},
    {"last", 1, 1, last_of},
    {"tail", 1, 1, tail_of},
    {"reverse", 1, 1, reverse_of},
    {"keys", 1, 1, keys_of},
    {"properties", 1, 1, properties_of},
    {"coalesce", 1, 255, coalesce},
    {"exists", 1, 1, exists},
    {"abs", 1, 1, absolute},
    {"sign", 1, 1, sign_of},
    {"ceil", 1, 1, float_function<std::ceil>},
    {"floor", 1, 1, float_function<std::floor>},
    {"round", 1, 1, float_function<round_half_up>},
    {"sqrt", 1, 1, float_function<std::sqrt>},
    {"exp", 1, 1, float_function<std::exp>},
    {"log", 1, 1, float_function<std::log>},
    {"log10", 1, 1, float_function<std::log10>},
    {"e", 0, 0, euler},
    {"pi", 0, 0, pi},
    {"rand", 0, 0, random_unit},
    {"range", 2, 3, range_of},
};

class Call final : public Expression {
 public:
  Call(std::uint32_t offset, const ScalarFunction& function, std::vector<ExpressionPtr> arguments)
      : Expression(offset, ExpressionKind::call), function_(function) {
    children_ = std::move(arguments);
  }
  Value eval(Row& row, ExecContext& ctx) const override {
    absl::InlinedVector<Value, 4> arguments;
    for (const ExpressionPtr& child : children_) arguments.push_back(child->eval(row, ctx));
    try {
      return function_.call(arguments, ctx);
    } catch (const ValueError& error) {
      ctx.fail(offset_, fmt::format("{}(): {}", function_.name, error.what()));
    }
  }
  std::string describe() const override {
    std::vector<std::string> parts;
    for (const ExpressionPtr& child : children_) parts.push_back(child->describe());
    return fmt::format("{}({})", function_.name, fmt::join(parts, ", "));
  }
  std::string_view function_name() const override { return function_.name; }

 private:
  const ScalarFunction& function_;
};

}  // namespace

const ScalarFunction* find_function(std::string_view name) {
  for (std::span<const ScalarFunction> part :
       {std::span<const ScalarFunction>(kGraphFunctions), string_functions(), kg_functions()}) {
    for (const ScalarFunction& function : part) {
      if (graph::equals_ascii_folded(function.name, name)) return &function;
    }
  }
  return nullptr;
}

std::vector<std::string_view> function_names() {
  std::vector<std::string_view> names;
  for (std::span<const ScalarFunction> part :
       {std::span<const ScalarFunction>(kGraphFunctions), string_functions(), kg_functions()}) {
    for (const ScalarFunction& function : part) names.push_back(function.name);
  }
  return names;
}

ExpressionPtr make_call(std::uint32_t offset, const ScalarFunction& function, std::vector<ExpressionPtr> arguments) {
  return std::make_unique<Call>(offset, function, std::move(arguments));
}

}  // namespace kg::cypher::detail
