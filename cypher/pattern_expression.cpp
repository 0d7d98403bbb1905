#include "pattern_expression.h"

#include <fmt/format.h>

#include <algorithm>

namespace kg::cypher::detail {

std::vector<std::uint32_t> PatternExpression::own_slots() const {
  std::vector<std::uint32_t> own;
  for (const BoundNode& node : match_->nodes) {
    if (!node.bound_before) own.push_back(node.slot);
  }
  for (const BoundRel& rel : match_->rels) {
    if (!rel.bound_before) own.push_back(rel.slot);
  }
  for (const BoundPath& path : match_->paths) own.push_back(path.slot);
  return own;
}

void PatternExpression::reads(std::vector<std::uint32_t>& slots) const {
  for (const BoundNode& node : match_->nodes) {
    if (node.bound_before) slots.push_back(node.slot);
  }
  for (const BoundRel& rel : match_->rels) {
    if (rel.bound_before) slots.push_back(rel.slot);
  }
  std::vector<std::uint32_t> inner;
  for (const ExpressionPtr& predicate : match_->predicates) predicate->reads(inner);
  for (const BoundRel& rel : match_->rels) {
    for (const auto& entry : rel.each_properties) entry.second->reads(inner);
  }
  for (const ExpressionPtr& child : children_) child->reads(inner);
  const std::vector<std::uint32_t> own = own_slots();
  for (std::uint32_t slot : inner) {
    if (std::find(own.begin(), own.end(), slot) == own.end()) slots.push_back(slot);
  }
}

void explain_patterns(const Expression& expression, std::string& out, int depth) {
  if (const auto* pattern = dynamic_cast<const PatternExpression*>(&expression)) {
    out += fmt::format("{:{}}{}:\n", "", depth * 2, pattern->describe());
    pattern->plan().explain(out, depth + 1);
  }
  for (const ExpressionPtr& child : expression.children()) {
    if (child) explain_patterns(*child, out, depth);
  }
}

Value PatternPredicate::eval(Row& row, ExecContext& ctx) const {
  plan_->open(row, ctx);
  return Value::boolean(plan_->next(row, ctx));
}

Value PatternComprehension::eval(Row& row, ExecContext& ctx) const {
  query::ValueList items;
  plan_->open(row, ctx);
  while (plan_->next(row, ctx)) {
    ctx.tick();
    items.push_back(children_[0]->eval(row, ctx));
  }
  return Value::list(std::move(items));
}

}  // namespace kg::cypher::detail
