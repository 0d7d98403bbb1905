#pragma once
// The bound form of a statement: clauses whose variables are row slots, whose labels and types are graph ids and
// whose expressions are executable. The binder builds it; the planner turns it into operators.
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "aggregate.h"
#include "ast.h"
#include "expression.h"
#include "kg/graph/ids.h"

namespace kg::cypher::detail {

struct BoundNode {
  std::uint32_t slot = 0;
  std::string name;  ///< "" for an anonymous node
  std::uint32_t offset = 0;
  bool bound_before = false;          ///< bound by an earlier clause (or the outer query of a pattern predicate)
  std::optional<graph::TypeId> type;  ///< every label names this type
  bool impossible = false;            ///< no node can match (an unknown label, or two different labels)
};

struct BoundRel {
  std::uint32_t slot = 0;  ///< a relationship, or (variable length) the list of relationships
  std::string name;
  std::uint32_t offset = 0;
  bool bound_before = false;
  std::size_t left = 0, right = 0;  ///< indexes into BoundMatch::nodes, in pattern order
  PatternDirection direction = PatternDirection::both;
  std::vector<graph::PredicateId> types;  ///< empty: any type
  bool impossible = false;                ///< every type named is unknown
  bool variable_length = false;
  std::uint32_t min_hops = 1, max_hops = 1;
  bool implicit_max = false;  ///< no upper bound was written: max_hops is the default bound
  /// Variable length: {key, value} every relationship of the path must have.
  std::vector<std::pair<std::string, ExpressionPtr>> each_properties;
  PathKind shortest = PathKind::plain;
  bool anonymous_list = false;  ///< variable length whose list no expression reads
};

struct BoundPath {
  std::uint32_t slot = 0;
  std::uint32_t offset = 0;
  std::vector<std::size_t> nodes, rels;  ///< indexes into BoundMatch::nodes and rels
};

struct BoundMatch {
  std::uint32_t offset = 0;
  bool optional = false;
  std::vector<BoundNode> nodes;
  std::vector<BoundRel> rels;
  std::vector<BoundPath> paths;
  std::vector<ExpressionPtr> predicates;  ///< WHERE's conjuncts and the pattern's property maps
  std::vector<std::uint32_t> introduced;  ///< slots first bound here (OPTIONAL MATCH nulls them)
  /// The rows' multiplicity does not matter downstream (DISTINCT, count(DISTINCT), min, max, a pattern
  /// predicate): a variable-length relationship may then find distinct endpoints instead of every path.
  bool endpoints_only = false;
};

struct BoundUnwind {
  std::uint32_t offset = 0;
  ExpressionPtr list;
  std::uint32_t slot = 0;
};

struct BoundSortKey {
  ExpressionPtr expression;
  bool descending = false;
};

/// WITH or RETURN. Without aggregation, `items` are evaluated per input row; with it, `keys` (the items without
/// aggregates) and `aggregates` are computed per group, then `items` (those with aggregates) from them.
struct BoundProjection {
  std::uint32_t offset = 0;
  bool is_return = false;
  bool aggregating = false;
  bool distinct = false;
  struct Item {
    std::uint32_t slot = 0;
    ExpressionPtr expression;
    std::optional<std::uint32_t> input_slot;  ///< a grouping key that is a bare variable: its slot before
  };
  std::vector<Item> keys;
  std::vector<AggregateCall> aggregates;
  std::vector<Item> items;
  std::vector<BoundSortKey> order;
  ExpressionPtr skip, limit;
  std::uint32_t skip_offset = 0, limit_offset = 0;
  ExpressionPtr where;
  std::vector<std::uint32_t> visible;  ///< the slots in scope after this clause, in column order
  std::vector<std::string> columns;    ///< their names
};

using BoundClause = std::variant<BoundMatch, BoundUnwind, BoundProjection>;

struct BoundQuery {
  std::vector<BoundClause> clauses;
};

struct BoundStatement {
  std::vector<BoundQuery> parts;
  std::vector<bool> union_all;
  std::vector<std::string> columns;
  std::uint32_t slot_count = 0;
  std::vector<std::string> parameters;           ///< names, by ParameterRef index
  std::vector<std::uint32_t> parameter_offsets;  ///< where each is first used
};

}  // namespace kg::cypher::detail
