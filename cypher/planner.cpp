// The clause level of the planner; MATCH patterns are planned in plan_match.cpp.
#include "planner.h"

#include "operators.h"
#include "pattern_expression.h"
#include "planner_state.h"

namespace kg::cypher::detail {

Planner::Planner(const graph::Graph& graph) : graph_(graph) {}

const std::vector<std::uint32_t>& Planner::type_counts() {
  if (!counted_) {
    type_counts_.assign(graph_.type_count(), 0);
    for (std::uint32_t n = 0; n < graph_.node_count(); ++n) ++type_counts_[graph_.node_type(graph::NodeId{n}).value];
    counted_ = true;
  }
  return type_counts_;
}

void Planner::plan_patterns(Expression& expression) {
  if (auto* pattern = dynamic_cast<PatternExpression*>(&expression)) {
    pattern->set_plan(plan_match(std::make_unique<Argument>(), pattern->match()));
  }
  for (ExpressionPtr& child : expression.children()) {
    if (child) plan_patterns(*child);
  }
}

OperatorPtr Planner::plan_query(BoundQuery& query) {
  OperatorPtr op = std::make_unique<Argument>();
  for (BoundClause& clause : query.clauses) {
    if (auto* match = std::get_if<BoundMatch>(&clause)) {
      if (match->optional) {
        OperatorPtr inner = plan_match(std::make_unique<Argument>(), *match);
        op = make_optional(std::move(op), std::move(inner), match->introduced);
      } else {
        op = plan_match(std::move(op), *match);
      }
    } else if (auto* unwind = std::get_if<BoundUnwind>(&clause)) {
      plan_patterns(*unwind->list);
      op = make_unwind(std::move(op), unwind->list.get(), unwind->slot);
    } else {
      op = plan_projection(std::move(op), std::get<BoundProjection>(clause));
    }
  }
  return op;
}

OperatorPtr Planner::plan_projection(OperatorPtr op, BoundProjection& projection) {
  std::vector<std::pair<std::uint32_t, const Expression*>> items;
  for (auto& item : projection.items) {
    plan_patterns(*item.expression);
    items.emplace_back(item.slot, item.expression.get());
  }
  if (projection.aggregating) {
    for (auto& key : projection.keys) plan_patterns(*key.expression);
    for (AggregateCall& call : projection.aggregates) {
      if (call.argument) plan_patterns(*call.argument);
    }
    op = make_aggregate(std::move(op), projection.keys, projection.aggregates);
  }
  if (!items.empty()) op = make_project(std::move(op), std::move(items));
  if (projection.distinct) op = make_distinct(std::move(op), projection.visible);
  if (!projection.order.empty()) {
    for (BoundSortKey& key : projection.order) plan_patterns(*key.expression);
    op = make_sort(std::move(op), projection.order, projection.visible, projection.skip.get(), projection.limit.get());
  }
  if (projection.skip || projection.limit) {
    op = make_skip_limit(std::move(op), projection.skip.get(), projection.skip_offset, projection.limit.get(),
                         projection.limit_offset);
  }
  if (projection.where) {
    plan_patterns(*projection.where);
    op = make_filter(std::move(op), projection.where.get());
  }
  return op;
}

Plan plan_statement(const graph::Graph& graph, BoundStatement& statement) {
  Planner planner(graph);
  Plan plan;
  for (BoundQuery& query : statement.parts) plan.parts.push_back(planner.plan_query(query));
  plan.expressions = std::move(planner.expressions);
  return plan;
}

}  // namespace kg::cypher::detail
