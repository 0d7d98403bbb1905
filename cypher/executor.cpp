// Running a prepared statement: parameters by index, the evidence filter, the limits, then every UNION part's
// rows into one result table.
#include <absl/container/flat_hash_set.h>
#include <fmt/format.h>

#include "compare.h"
#include "prepared.h"

namespace kg::cypher::detail {
namespace {

/// The fact conditions of `filter` only: the conditions patterns express are cleared.
query::Filter fact_conditions(query::Filter filter) {
  filter.direction = query::Direction::both;
  filter.predicates.clear();
  filter.excluded_predicates.clear();
  filter.node_types.clear();
  filter.excluded_node_types.clear();
  filter.avoid.clear();
  return filter;
}

}  // namespace

query::ResultTable execute(const Prepared& prepared, const Parameters& parameters, const RunOptions& options) {
  const BoundStatement& bound = prepared.bound;
  ExecContext ctx(*prepared.graph, prepared.source, fact_conditions(options.evidence));
  ctx.max_rows = options.max_rows;
  ctx.cancel = options.cancel;
  ctx.warn = options.warn;
  if (options.timeout.count() > 0) ctx.deadline = std::chrono::steady_clock::now() + options.timeout;
  for (std::size_t i = 0; i < bound.parameters.size(); ++i) {
    const auto found = std::find_if(parameters.begin(), parameters.end(),
                                    [&](const auto& entry) { return entry.first == bound.parameters[i]; });
    if (found == parameters.end()) {
      ctx.fail(bound.parameter_offsets[i],
               fmt::format("no value for the parameter ${0} (kg query: --param {0}=JSON; kg shell: :param {0}=JSON)",
                           bound.parameters[i]));
    }
    ctx.parameters.push_back(found->second);
  }

  query::ResultTable table(bound.columns);
  Row row(bound.slot_count);
  const bool distinct = !bound.union_all.empty() && !bound.union_all.front();
  absl::flat_hash_set<std::vector<Value>, RowHash, RowEquivalent> seen;
  for (std::size_t part = 0; part < prepared.plan.parts.size(); ++part) {
    Operator& plan = *prepared.plan.parts[part];
    const std::vector<std::uint32_t>& slots = std::get<BoundProjection>(bound.parts[part].clauses.back()).visible;
    plan.open(row, ctx);
    while (plan.next(row, ctx)) {
      std::vector<Value> values;
      values.reserve(slots.size());
      for (std::uint32_t slot : slots) values.push_back(row[slot]);
      if (distinct && !seen.insert(values).second) continue;
      if (table.row_count() >= ctx.max_rows) {
        ctx.fail(std::get<BoundProjection>(bound.parts[part].clauses.back()).offset,
                 fmt::format("the query returns more than {} rows (--max-rows): add a LIMIT or raise the limit",
                             ctx.max_rows));
      }
      table.add_row(std::move(values));
    }
  }
  return table;
}

}  // namespace kg::cypher::detail
