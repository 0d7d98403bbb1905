#pragma once
// Bound expressions: the executable form of the syntax tree's expressions, with variables turned into row slots,
// parameters into indexes and functions into pointers. eval() computes a value for one row.
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "ast.h"
#include "compare.h"
#include "context.h"

namespace kg::cypher::detail {

class Expression;
using ExpressionPtr = std::unique_ptr<Expression>;

/// What the planner needs to recognise in an expression; everything else is `other`.
enum class ExpressionKind : std::uint8_t { other, literal, parameter, slot, property, equals, and_, call };

class Expression {
 public:
  explicit Expression(std::uint32_t offset, ExpressionKind kind = ExpressionKind::other)
      : offset_(offset), kind_(kind) {}
  virtual ~Expression() = default;
  Expression(const Expression&) = delete;
  Expression& operator=(const Expression&) = delete;

  virtual Value eval(Row& row, ExecContext& ctx) const = 0;
  /// Adds to `slots` every slot this expression reads from its row, excluding the ones it binds itself (a list
  /// comprehension's variable).
  virtual void reads(std::vector<std::uint32_t>& slots) const;
  /// The expression as a short text, for plans.
  virtual std::string describe() const;
  /// A property access's key; null for other expressions.
  virtual const std::string* property_name() const { return nullptr; }
  /// A function call's name as documented; "" for other expressions.
  virtual std::string_view function_name() const { return {}; }

  std::uint32_t offset() const { return offset_; }
  ExpressionKind kind() const { return kind_; }
  const std::vector<ExpressionPtr>& children() const { return children_; }
  std::vector<ExpressionPtr>& children() { return children_; }
  /// True when the value depends on no row slot (literals, parameters and functions of them).
  bool row_independent() const;

 protected:
  std::uint32_t offset_;
  ExpressionKind kind_;
  std::vector<ExpressionPtr> children_;
};

/// The slots `expression` reads, sorted and unique.
std::vector<std::uint32_t> slots_read(const Expression& expression);

/// Evaluates `expression` as a predicate: true only for boolean true (null and false reject a row); any other kind is
/// an error naming `what` ("WHERE").
bool holds(const Expression& expression, Row& row, ExecContext& ctx);
Tri truth_of(const Value& value, const Expression& expression, ExecContext& ctx);

class Literal final : public Expression {
 public:
  Literal(std::uint32_t offset, Value value) : Expression(offset, ExpressionKind::literal), value_(std::move(value)) {}
  Value eval(Row&, ExecContext&) const override { return value_; }
  std::string describe() const override;
  const Value& value() const { return value_; }

 private:
  Value value_;
};

class ParameterRef final : public Expression {
 public:
  ParameterRef(std::uint32_t offset, std::uint32_t index, std::string name)
      : Expression(offset, ExpressionKind::parameter), index_(index), name_(std::move(name)) {}
  Value eval(Row&, ExecContext& ctx) const override { return ctx.parameters[index_]; }
  std::string describe() const override { return "$" + name_; }

 private:
  std::uint32_t index_;
  std::string name_;
};

class SlotRef final : public Expression {
 public:
  SlotRef(std::uint32_t offset, std::uint32_t slot, std::string name)
      : Expression(offset, ExpressionKind::slot), slot_(slot), name_(std::move(name)) {}
  Value eval(Row& row, ExecContext&) const override { return row[slot_]; }
  void reads(std::vector<std::uint32_t>& slots) const override { slots.push_back(slot_); }
  std::string describe() const override { return name_; }
  std::uint32_t slot() const { return slot_; }

 private:
  std::uint32_t slot_;
  std::string name_;
};

/// Builders for the other expression kinds (expression.cpp, expression_lists.cpp). Children are moved in.
ExpressionPtr make_property(std::uint32_t offset, ExpressionPtr object, std::string key);
ExpressionPtr make_index(std::uint32_t offset, ExpressionPtr object, ExpressionPtr index);
ExpressionPtr make_slice(std::uint32_t offset, ExpressionPtr object, ExpressionPtr from, ExpressionPtr to);
ExpressionPtr make_list(std::uint32_t offset, std::vector<ExpressionPtr> items);
ExpressionPtr make_map(std::uint32_t offset, std::vector<std::string> keys, std::vector<ExpressionPtr> values);
ExpressionPtr make_unary(std::uint32_t offset, Op op, ExpressionPtr operand);
ExpressionPtr make_binary(std::uint32_t offset, Op op, ExpressionPtr left, ExpressionPtr right);
ExpressionPtr make_comparison(std::uint32_t offset, std::vector<Op> ops, std::vector<ExpressionPtr> operands);
ExpressionPtr make_null_test(std::uint32_t offset, ExpressionPtr operand, bool negated);
/// `operand:A:B`: a node whose type is every one of `labels`, or a relationship whose predicate is.
ExpressionPtr make_label_test(std::uint32_t offset, ExpressionPtr operand, const std::vector<std::string>& labels,
                              const graph::Graph& graph);
/// CASE: `subject` may be null; `whens` and `thens` pair up; `otherwise` may be null.
ExpressionPtr make_case(std::uint32_t offset, ExpressionPtr subject, std::vector<ExpressionPtr> whens,
                        std::vector<ExpressionPtr> thens, ExpressionPtr otherwise);
/// [x IN list WHERE filter | projection] binding x in `slot`; filter and projection may be null.
ExpressionPtr make_list_comprehension(std::uint32_t offset, std::uint32_t slot, ExpressionPtr list,
                                      ExpressionPtr filter, ExpressionPtr projection);
ExpressionPtr make_quantifier(std::uint32_t offset, Op op, std::uint32_t slot, ExpressionPtr list,
                              ExpressionPtr filter);
ExpressionPtr make_reduce(std::uint32_t offset, std::uint32_t accumulator, ExpressionPtr initial, std::uint32_t slot,
                          ExpressionPtr list, ExpressionPtr step);

}  // namespace kg::cypher::detail
