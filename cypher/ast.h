#pragma once
// The syntax tree of one statement, as the parser builds it and the binder reads it. Every node keeps the byte
// offset of its first character, so that later errors point at the word the user typed.
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "kg/query/value.h"

namespace kg::cypher::detail {

struct PathPattern;

enum class ExprKind : std::uint8_t {
  literal,                ///< `literal`
  parameter,              ///< $`name`
  variable,               ///< `name`
  property,               ///< children[0].`name`
  index,                  ///< children[0][children[1]]
  slice,                  ///< children[0][children[1]..children[2]]; a missing bound is a null child
  list,                   ///< [children...]
  map,                    ///< {names[i]: children[i]}
  unary,                  ///< `op` children[0]
  binary,                 ///< children[0] `op` children[1]
  comparison,             ///< children[0] ops[0] children[1] ops[1] children[2] ... (chained)
  is_null,                ///< children[0] IS NULL
  is_not_null,            ///< children[0] IS NOT NULL
  has_labels,             ///< children[0]:names[0]:names[1]...
  call,                   ///< `name`(`distinct` children...), or count(*) when `star`
  case_when,              ///< CASE [children[0] when `has_subject`] WHEN/THEN pairs [ELSE last when `has_else`]
  list_comprehension,     ///< [`name` IN children[0] WHERE children[1] | children[2]] (missing parts are null)
  quantifier,             ///< `op`(`name` IN children[0] WHERE children[1]): all, any, none, single
  reduce,                 ///< reduce(names[0] = children[0], `name` IN children[1] | children[2])
  pattern,                ///< a pattern predicate: `pattern`
  pattern_comprehension,  ///< [`pattern` WHERE children[0] | children[1]]
};

enum class Op : std::uint8_t {
  none,
  // unary
  not_,
  negate,
  plus,
  // binary
  or_,
  xor_,
  and_,
  add,
  subtract,
  multiply,
  divide,
  modulo,
  power,
  in,
  starts_with,
  ends_with,
  contains,
  regex,
  // comparison
  eq,
  ne,
  lt,
  gt,
  le,
  ge,
  // quantifiers
  all,
  any,
  none_of,
  single,
};

/// The operator as written (`AND`, `+`, `<=`, `STARTS WITH`), for messages and plans.
std::string_view op_text(Op op);

struct Expr;
using ExprPtr = std::unique_ptr<Expr>;

struct Expr {
  ExprKind kind = ExprKind::literal;
  Op op = Op::none;
  bool distinct = false;
  bool star = false;
  bool has_subject = false;
  bool has_else = false;
  std::uint32_t begin = 0;  ///< offset of the first byte
  std::uint32_t end = 0;    ///< offset after the last byte
  std::string name;
  std::vector<std::string> names;
  std::vector<Op> ops;
  query::Value value;
  std::vector<ExprPtr> children;
  std::shared_ptr<PathPattern> pattern;
};

/// Structural equality (`ORDER BY count(*)` names the projected `count(*)`): same kinds, names, values, children.
bool same_expression(const Expr& a, const Expr& b);

enum class PatternDirection : std::uint8_t { right, left, both };  ///< ->, <-, -

struct NodePattern {
  std::uint32_t offset = 0;
  std::optional<std::string> variable;
  std::vector<std::string> labels;
  std::vector<std::uint32_t> label_offsets;
  ExprPtr properties;  ///< a map literal or a parameter, or null
};

struct RelPattern {
  std::uint32_t offset = 0;
  std::optional<std::string> variable;
  std::vector<std::string> types;
  std::vector<std::uint32_t> type_offsets;
  PatternDirection direction = PatternDirection::both;
  bool variable_length = false;
  std::optional<std::uint32_t> min_hops, max_hops;  ///< as written; unset when omitted
  std::uint32_t range_offset = 0;                   ///< the `*`
  ExprPtr properties;
};

enum class PathKind : std::uint8_t { plain, shortest, all_shortest };

/// `p = (a)-[r]->(b)...`: nodes.size() == rels.size() + 1.
struct PathPattern {
  std::uint32_t offset = 0;
  std::optional<std::string> variable;
  std::uint32_t variable_offset = 0;
  PathKind kind = PathKind::plain;
  std::vector<NodePattern> nodes;
  std::vector<RelPattern> rels;
};

struct MatchClause {
  std::uint32_t offset = 0;
  bool optional = false;
  std::vector<PathPattern> paths;
  ExprPtr where;
};

struct UnwindClause {
  std::uint32_t offset = 0;
  ExprPtr list;
  std::string variable;
  std::uint32_t variable_offset = 0;
};

struct ProjectionItem {
  ExprPtr expr;
  std::optional<std::string> alias;
  std::string text;  ///< the expression as written: the column name when there is no alias
};

struct SortItem {
  ExprPtr expr;
  bool descending = false;
};

/// WITH or RETURN.
struct ProjectionClause {
  std::uint32_t offset = 0;
  bool is_return = false;
  bool distinct = false;
  bool star = false;  ///< `*` (then `items` holds any further items)
  std::vector<ProjectionItem> items;
  std::vector<SortItem> order;
  ExprPtr skip, limit;
  ExprPtr where;  ///< WITH ... WHERE
};

using Clause = std::variant<MatchClause, UnwindClause, ProjectionClause>;

struct SingleQuery {
  std::uint32_t offset = 0;
  std::vector<Clause> clauses;
};

/// Single queries joined by UNION (union_all[i] joins parts[i] and parts[i + 1]).
struct Statement {
  std::vector<SingleQuery> parts;
  std::vector<bool> union_all;
  std::vector<std::uint32_t> union_offsets;
};

}  // namespace kg::cypher::detail
