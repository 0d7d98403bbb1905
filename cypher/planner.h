#pragma once
// Planner: the bound statement to operator trees, one per UNION part. A MATCH is planned greedily: start at the
// most selective node (a seek by entity(), id() or name through the name index, else the rarest label), then
// follow relationships from bound nodes (closing cycles first), applying each WHERE conjunct as soon as the
// variables it reads are bound.
#include <vector>

#include "bound_query.h"
#include "kg/graph/graph.h"
#include "operator.h"

namespace kg::cypher::detail {

struct Plan {
  std::vector<OperatorPtr> parts;
  std::vector<ExpressionPtr> expressions;  ///< expressions the planner made (path values), borrowed by operators
};

Plan plan_statement(const graph::Graph& graph, BoundStatement& statement);

}  // namespace kg::cypher::detail
