#pragma once
// The planner's state, shared by planner.cpp (clauses) and plan_match.cpp (patterns).
#include <cstdint>
#include <vector>

#include "bound_query.h"
#include "kg/graph/graph.h"
#include "operator.h"

namespace kg::cypher::detail {

class Planner {
 public:
  explicit Planner(const graph::Graph& graph);
  OperatorPtr plan_query(BoundQuery& query);
  /// Plans `match` on top of `op` (an Argument for OPTIONAL MATCH and pattern expressions).
  OperatorPtr plan_match(OperatorPtr op, BoundMatch& match);

  std::vector<ExpressionPtr> expressions;

 private:
  OperatorPtr plan_projection(OperatorPtr op, BoundProjection& projection);
  /// Gives every pattern predicate or comprehension inside `expression` its plan.
  void plan_patterns(Expression& expression);

  /// Nodes of each type, counted on first use (a plan that starts at a seek needs none).
  const std::vector<std::uint32_t>& type_counts();

  const graph::Graph& graph_;
  std::vector<std::uint32_t> type_counts_;
  bool counted_ = false;
};

}  // namespace kg::cypher::detail
