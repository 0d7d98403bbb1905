// What every operator shares: plan text, reading a node from a slot, hop descriptions, SKIP/LIMIT values.
#include "operator.h"

#include <fmt/format.h>

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
