// What every operator shares: plan text, reading a node from a slot, where a variable-length search starts, hop
// descriptions, SKIP/LIMIT values.
#include "operator.h"

#include <fmt/format.h>

#include "compare.h"
#include "element_properties.h"
#include "operators.h"

namespace kg::cypher::detail {

void Operator::explain(std::string& out, int depth) const {
  out += fmt::format("{:{}}{}\n", "", depth * 2, describe());
  if (child_) child_->explain(out, depth + 1);
}

std::optional<graph::NodeId> node_in(const Row& row, std::uint32_t slot, std::uint32_t offset, ExecContext& ctx) {
  const Value& value = row[slot];
  if (value.kind() == Value::Kind::node) return value.as_node();
  if (value.is_null()) return std::nullopt;
  ctx.fail(offset, fmt::format("expected a node in the pattern, got {}", query::kind_name(value.kind())));
}

bool SearchStart::wanted_by(const ExecContext& ctx, graph::EdgeId edge) const {
  for (const auto& [key, value] : wanted) {
    if (equal(relationship_property(ctx, edge, key), value) != Tri::true_) return false;
  }
  return true;
}

bool next_search_start(Operator& child, Row& row, ExecContext& ctx, const VarExpandSpec& spec, SearchStart& start) {
  const ExpandSpec& base = spec.base;
  while (child.next(row, ctx)) {
    const std::optional<graph::NodeId> from = node_in(row, base.from, base.offset, ctx);
    if (!from || base.target.impossible) continue;
    if (base.into) {
      start.target = node_in(row, base.to, base.offset, ctx);
      if (!start.target) continue;
    }
    start.from = *from;
    start.wanted.clear();
    for (const auto& [key, value] : spec.each_properties) start.wanted.emplace_back(key, value->eval(row, ctx));
    return true;
  }
  return false;
}

std::string HopSpec::describe(const graph::Graph& graph) const {
  std::string text = direction == query::Direction::out ? "->" : direction == query::Direction::in ? "<-" : "--";
  if (impossible) return text + " (no such type)";
  std::vector<std::string_view> names;
  for (std::size_t p = 0; p < type_allowed.size(); ++p) {
    if (type_allowed[p] != 0) names.push_back(graph.predicate_name(graph::PredicateId{static_cast<std::uint16_t>(p)}));
  }
  if (!names.empty()) text += fmt::format(" :{}", fmt::join(names, "|"));
  return text;
}

std::int64_t row_count_value(const Expression& expression, std::uint32_t offset, std::string_view clause, Row& row,
                             ExecContext& ctx) {
  const Value value = expression.eval(row, ctx);
  if (value.kind() != Value::Kind::integer || value.as_integer() < 0) {
    ctx.fail(offset, fmt::format("{} expects a non-negative integer, got {}", clause,
                                 value.kind() == Value::Kind::integer ? fmt::format("{}", value.as_integer())
                                                                      : std::string(query::kind_name(value.kind()))));
  }
  return value.as_integer();
}

}  // namespace kg::cypher::detail
