#pragma once
// Binder: the syntax tree to the bound statement. Resolves variables to slots (and checks their kinds), labels
// and types to graph ids (an unknown one is a warning with the closest names), functions to the library, finds
// aggregates and grouping keys, and names result columns. Semantic errors are graph::InputError at the word.
#include <cstdint>
#include <string>
#include <vector>

#include "ast.h"
#include "bound_query.h"
#include "kg/graph/graph.h"
#include "source.h"

namespace kg::cypher::detail {

/// A warning at a byte offset of the statement.
struct BindWarning {
  std::uint32_t offset = 0;
  std::string message;
};

class Binder {
 public:
  Binder(const graph::Graph& graph, const Source& source, std::uint32_t max_hops);
  BoundStatement bind(const Statement& statement);
  const std::vector<BindWarning>& warnings() const { return warnings_; }

 private:
  /// `value`: unknown until run time; `scalar`: known to be no graph element (a map, or null); `plain`: known to
  /// have no properties either (a literal number, string or boolean, or a list).
  enum class Kind : std::uint8_t { value, scalar, plain, node, relationship, relationship_list, path };
  static bool is_scalar(Kind kind) { return kind == Kind::scalar || kind == Kind::plain; }
  struct Variable {
    std::string name;
    std::uint32_t slot = 0;
    Kind kind = Kind::value;
  };
  /// Where an expression is bound: whether aggregates may appear, and where they go.
  struct ExprContext {
    std::string_view clause;                           ///< for messages: "WHERE", "ORDER BY", ...
    std::vector<AggregateCall>* aggregates = nullptr;  ///< null: aggregates are not allowed here
    bool inside_aggregate = false;
  };

  // Clauses (binder.cpp).
  BoundQuery bind_query(const SingleQuery& query);
  BoundUnwind bind_unwind(const UnwindClause& unwind);
  BoundProjection bind_projection(const ProjectionClause& clause);
  void bind_order(const ProjectionClause& clause, BoundProjection& bound, const std::vector<Variable>& input_scope);
  ExpressionPtr bind_constant(const Expr& expr, std::string_view clause);
  void mark_endpoints_only(BoundQuery& query);

  // Patterns (bind_pattern.cpp).
  BoundMatch bind_match(const MatchClause& match);
  /// Binds `path` into `match`; `introduce` says whether new named variables may appear (false in a pattern
  /// predicate).
  void bind_path(const PathPattern& path, BoundMatch& match, bool introduce);
  std::size_t bind_node(const NodePattern& node, BoundMatch& match, bool introduce);
  void bind_rel(const RelPattern& rel, const PathPattern& path, std::size_t left, std::size_t right, BoundMatch& match,
                bool introduce);
  void bind_node_labels(const NodePattern& node, BoundNode& bound);
  void bind_properties(const Expr& properties, std::uint32_t slot, const std::string& name, Kind kind,
                       BoundMatch& match);
  std::unique_ptr<BoundMatch> bind_pattern_expression(const PathPattern& path, bool introduce);

  // Expressions (bind_expression.cpp).
  ExpressionPtr bind_expression(const Expr& expr, const ExprContext& context);
  ExpressionPtr bind_call(const Expr& expr, const ExprContext& context);
  ExpressionPtr bind_aggregate(const Expr& expr, AggregateKind kind, const ExprContext& context);
  ExpressionPtr bind_variable(const Expr& expr);
  ExpressionPtr bind_local(const Expr& expr, const ExprContext& context);
  void check_property_key(const Expr& object, const std::string& key, std::uint32_t offset);
  void check_labels(const std::vector<std::string>& labels, std::uint32_t offset);

  // Scope and names (binder.cpp).
  const Variable* find(std::string_view name) const;
  std::uint32_t new_slot() { return slot_count_++; }
  void declare(const std::string& name, std::uint32_t slot, Kind kind, std::uint32_t offset);
  std::uint32_t parameter_index(const std::string& name, std::uint32_t offset);
  void warn(std::uint32_t offset, std::string message) { warnings_.push_back({offset, std::move(message)}); }
  /// ", did you mean ...?" naming the candidates closest to `name`, or "".
  static std::string suggest(std::string_view name, const std::vector<std::string>& candidates);
  std::optional<graph::TypeId> find_type(std::string_view name) const;
  std::optional<graph::PredicateId> find_predicate(std::string_view name) const;
  std::vector<std::string> type_names() const;
  std::vector<std::string> predicate_names() const;
  const std::vector<std::string>& node_keys();
  const std::vector<std::string>& relationship_keys();

  const graph::Graph& graph_;
  const Source& source_;
  std::uint32_t max_hops_;
  std::vector<Variable> scope_;
  std::uint32_t slot_count_ = 0;
  std::vector<std::string> parameters_;
  std::vector<std::uint32_t> parameter_offsets_;
  std::vector<BindWarning> warnings_;
  std::vector<std::string> node_keys_, relationship_keys_;
  const std::vector<Variable>* hidden_ = nullptr;  ///< variables ORDER BY cannot see after DISTINCT/aggregation
};

}  // namespace kg::cypher::detail
