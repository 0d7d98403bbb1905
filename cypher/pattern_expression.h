#pragma once
// Expressions that run a pattern against the graph for each row: pattern predicates (`WHERE (a)-[:T]->()`, true
// when the pattern matches at least once) and pattern comprehensions (`[(a)-->(b) | b.name]`). The binder makes
// them with their bound pattern; the planner gives them their plan.
#include <memory>

#include "bound_query.h"
#include "expression.h"
#include "operator.h"

namespace kg::cypher::detail {

class PatternExpression : public Expression {
 public:
  PatternExpression(std::uint32_t offset, std::unique_ptr<BoundMatch> match)
      : Expression(offset), match_(std::move(match)) {}
  BoundMatch& match() { return *match_; }
  void set_plan(OperatorPtr plan) { plan_ = std::move(plan); }
  const Operator& plan() const { return *plan_; }
  /// The slots of the outer row the pattern reads: its already-bound nodes and relationships, and what its
  /// predicates read from outside.
  void reads(std::vector<std::uint32_t>& slots) const override;

 protected:
  std::vector<std::uint32_t> own_slots() const;  ///< the slots the pattern binds itself

  std::unique_ptr<BoundMatch> match_;
  OperatorPtr plan_;
};

class PatternPredicate final : public PatternExpression {
 public:
  using PatternExpression::PatternExpression;
  Value eval(Row& row, ExecContext& ctx) const override;
  std::string describe() const override { return "exists(pattern)"; }
};

class PatternComprehension final : public PatternExpression {
 public:
  PatternComprehension(std::uint32_t offset, std::unique_ptr<BoundMatch> match, ExpressionPtr projection)
      : PatternExpression(offset, std::move(match)) {
    children_.push_back(std::move(projection));
  }
  Value eval(Row& row, ExecContext& ctx) const override;
  std::string describe() const override { return "[pattern | ...]"; }
};

/// Appends to `out` the plans of the pattern expressions inside `expression`, indented by `depth` (for the
/// explain() of the operators that evaluate expressions).
void explain_patterns(const Expression& expression, std::string& out, int depth);

}  // namespace kg::cypher::detail
