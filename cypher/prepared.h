#pragma once
// Prepared: everything prepare() made for one statement and run() executes: its text (errors at run time still
// cite it), the bound statement (which owns the expressions), the plans and the warnings.
#include <memory>
#include <string>
#include <vector>

#include "bound_query.h"
#include "kg/cypher/cypher.h"
#include "operator.h"
#include "planner.h"
#include "source.h"

namespace kg::cypher::detail {

struct Prepared {
  const graph::Graph* graph = nullptr;
  std::string text;
  Source source;
  BoundStatement bound;
  mutable Plan plan;  ///< operators keep per-run state: run() is const, not thread-safe
  std::vector<Warning> warnings;
};

/// Runs a prepared statement (executor.cpp).
query::ResultTable execute(const Prepared& prepared, const Parameters& parameters, const RunOptions& options);

}  // namespace kg::cypher::detail
