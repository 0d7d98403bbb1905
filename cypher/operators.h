#pragma once
// The physical operators, one file each, made through these factories by the planner. Expressions are borrowed
// from the bound statement, which outlives the plan.
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "aggregate.h"
#include "bound_query.h"
#include "expression.h"
#include "kg/query/filter.h"
#include "operator.h"

namespace kg::cypher::detail {

/// Which nodes a pattern node accepts: its type (all labels name it), or none at all.
struct NodeSpec {
  std::optional<graph::TypeId> type;
  bool impossible = false;
  bool accepts(const graph::Graph& graph, graph::NodeId node) const {
    return !impossible && (!type || graph.node_type(node) == *type);
  }
};

/// Which edges one hop of a relationship pattern may use, and which way, seen from the node it leaves.
struct HopSpec {
  query::Direction direction = query::Direction::both;
  std::vector<std::uint8_t> type_allowed;  ///< by predicate id; empty: every predicate
  bool impossible = false;  ///< every type named is unknown: no edge is usable (a *0.. pattern still matches)
  /// Also the run's evidence conditions.
  bool allows(const ExecContext& ctx, graph::EdgeId edge) const {
    if (impossible) return false;
    if (!type_allowed.empty() && type_allowed[ctx.graph.edge_predicate(edge).value] == 0) return false;
    return ctx.edge_passes(edge);
  }
  std::string describe(const graph::Graph& graph) const;
};

/// The node a hop leaves from: a node in `slot` (null: no rows; another kind: an error at `offset`).
std::optional<graph::NodeId> node_in(const Row& row, std::uint32_t slot, std::uint32_t offset, ExecContext& ctx);

/// For each input row, every node that `spec` accepts, into `slot`. `name` is the node as plans show it (`n:Person`).
OperatorPtr make_node_scan(OperatorPtr child, std::uint32_t slot, NodeSpec spec, std::string name);

/// How a seek finds its candidates from a value: the node itself, its id(), or its name or key (through the name
/// index; the predicate that asked for it still checks the exact value).
enum class SeekKind : std::uint8_t { node, id, name };
OperatorPtr make_node_seek(OperatorPtr child, std::uint32_t slot, NodeSpec spec, SeekKind kind, const Expression* value,
                           std::string name);

/// Keeps the rows whose node in `slot` `spec` accepts (a pattern node bound by an earlier clause).
OperatorPtr make_node_check(OperatorPtr child, std::uint32_t slot, NodeSpec spec, std::uint32_t offset);

/// One hop of a relationship pattern.
struct ExpandSpec {
  std::uint32_t from = 0, rel = 0, to = 0;  ///< slots
  HopSpec hop;
  NodeSpec target;
  bool into = false;                               ///< `to` is bound: keep the hops that reach it
  bool rel_bound = false;                          ///< `rel` is bound: check that relationship instead of walking
  std::vector<std::uint32_t> distinct_from;        ///< relationship slots of the same MATCH
  std::vector<std::uint32_t> distinct_from_lists;  ///< relationship-list slots of the same MATCH
  std::uint32_t offset = 0;
  std::string text;  ///< for plans
};
OperatorPtr make_expand(OperatorPtr child, ExpandSpec spec);

/// A variable-length relationship: every trail (no relationship twice) of min..max hops.
struct VarExpandSpec {
  ExpandSpec base;         ///< `rel` is the list slot
  bool write_list = true;  ///< false when nothing reads the list
  bool reverse = false;    ///< walking right to left: the list is written in pattern order
  std::uint32_t min_hops = 1, max_hops = 1;
  bool implicit_max = false;
  std::vector<std::pair<std::string, const Expression*>> each_properties;
};
OperatorPtr make_var_expand(OperatorPtr child, VarExpandSpec spec);

/// Where a variable-length search starts for one input row: the start node, the node it must end at (when `to` is
/// bound) and the values the pattern's property map asks of every relationship it walks.
struct SearchStart {
  graph::NodeId from;
  std::optional<graph::NodeId> target;
  std::vector<std::pair<std::string, Value>> wanted;
  /// True when `edge` has every wanted property value.
  bool wanted_by(const ExecContext& ctx, graph::EdgeId edge) const;
};
/// Pulls rows from `child` until one where a search under `spec` can start, into `start`; false at the end.
bool next_search_start(Operator& child, Row& row, ExecContext& ctx, const VarExpandSpec& spec, SearchStart& start);

/// A variable-length relationship whose paths nobody reads and whose rows' multiplicity does not matter: every
/// distinct node reachable by a trail of min..max hops (min 0 or 1), found by one breadth-first search.
OperatorPtr make_reach_expand(OperatorPtr child, VarExpandSpec spec);

/// shortestPath / allShortestPaths between two bound nodes.
struct ShortestSpec {
  std::uint32_t from = 0, to = 0;
  std::optional<std::uint32_t> path_slot, list_slot;
  HopSpec hop;
  std::vector<graph::PredicateId> predicates;
  std::uint32_t min_hops = 1, max_hops = 0;
  bool all = false;
  std::uint32_t offset = 0;
};
OperatorPtr make_shortest_path(OperatorPtr child, ShortestSpec spec);

OperatorPtr make_filter(OperatorPtr child, const Expression* predicate);
OperatorPtr make_project(OperatorPtr child, std::vector<std::pair<std::uint32_t, const Expression*>> items);
OperatorPtr make_unwind(OperatorPtr child, const Expression* list, std::uint32_t slot);
/// For each input row, the rows of `inner` (planned over an Argument); one row with `nulls` set to null when it
/// has none.
OperatorPtr make_optional(OperatorPtr child, OperatorPtr inner, std::vector<std::uint32_t> nulls);

/// Groups by `keys` and computes `aggregates` per group; writes each key's value into its slot (and into its
/// input slot when it is a bare variable), each aggregate into its slot.
OperatorPtr make_aggregate(OperatorPtr child, const std::vector<BoundProjection::Item>& keys,
                           const std::vector<AggregateCall>& aggregates);
OperatorPtr make_distinct(OperatorPtr child, std::vector<std::uint32_t> slots);
/// Sorts by `keys`, keeping `kept` slots; with `top` (SKIP + LIMIT, evaluated when opened) only that many rows.
OperatorPtr make_sort(OperatorPtr child, const std::vector<BoundSortKey>& keys, std::vector<std::uint32_t> kept,
                      const Expression* skip, const Expression* limit);
OperatorPtr make_skip_limit(OperatorPtr child, const Expression* skip, std::uint32_t skip_offset,
                            const Expression* limit, std::uint32_t limit_offset);

/// The value of SKIP or LIMIT: a non-negative integer (an error at `offset` otherwise).
std::int64_t row_count_value(const Expression& expression, std::uint32_t offset, std::string_view clause, Row& row,
                             ExecContext& ctx);

}  // namespace kg::cypher::detail
