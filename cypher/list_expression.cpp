// Expressions that bind a variable of their own while walking a list: list comprehensions, the quantifiers
// all/any/none/single, and reduce.
#include <fmt/format.h>

#include <algorithm>
#include <span>

#include "expression.h"

namespace kg::cypher::detail {
namespace {

const query::ValueList* list_or_fail(const Value& value, const Expression& where, ExecContext& ctx) {
  if (value.is_null()) return nullptr;
  if (value.kind() != Value::Kind::list) {
    ctx.fail(where.offset(), fmt::format("expected a list, got {}", query::kind_name(value.kind())));
  }
  return &value.as_list();
}

// Reads of the children, less the variable the expression binds itself.
void reads_without(std::span<const ExpressionPtr> children, std::initializer_list<std::uint32_t> own,
                   std::vector<std::uint32_t>& slots) {
  std::vector<std::uint32_t> inner;
  for (const ExpressionPtr& child : children) {
    if (child) child->reads(inner);
  }
  for (std::uint32_t slot : inner) {
    if (std::find(own.begin(), own.end(), slot) == own.end()) slots.push_back(slot);
  }
}

class ListComprehension final : public Expression {
 public:
  ListComprehension(std::uint32_t offset, std::uint32_t slot, ExpressionPtr list, ExpressionPtr filter,
                    ExpressionPtr projection)
      : Expression(offset), slot_(slot) {
    children_.push_back(std::move(list));
    children_.push_back(std::move(filter));
    children_.push_back(std::move(projection));
  }
  Value eval(Row& row, ExecContext& ctx) const override {
    const Value list = children_[0]->eval(row, ctx);
    const query::ValueList* items = list_or_fail(list, *children_[0], ctx);
    if (items == nullptr) return {};
    query::ValueList result;
    for (const Value& item : *items) {
      row[slot_] = item;
      if (children_[1] && !holds(*children_[1], row, ctx)) continue;
      result.push_back(children_[2] ? children_[2]->eval(row, ctx) : item);
    }
    return Value::list(std::move(result));
  }
  void reads(std::vector<std::uint32_t>& slots) const override {
    children_[0]->reads(slots);
    reads_without(std::span(children_).subspan(1), {slot_}, slots);
  }
  std::string describe() const override { return "[... IN " + children_[0]->describe() + " ...]"; }

 private:
  std::uint32_t slot_;
};

class Quantifier final : public Expression {
 public:
  Quantifier(std::uint32_t offset, Op op, std::uint32_t slot, ExpressionPtr list, ExpressionPtr filter)
      : Expression(offset), op_(op), slot_(slot) {
    children_.push_back(std::move(list));
    children_.push_back(std::move(filter));
  }
  Value eval(Row& row, ExecContext& ctx) const override {
    const Value list = children_[0]->eval(row, ctx);
    const query::ValueList* items = list_or_fail(list, *children_[0], ctx);
    if (items == nullptr) return {};
    std::size_t trues = 0, nulls = 0;
    for (const Value& item : *items) {
      row[slot_] = item;
      const Tri t = children_[1] ? truth_of(children_[1]->eval(row, ctx), *children_[1], ctx) : Tri::true_;
      if (t == Tri::true_) ++trues;
      if (t == Tri::null) ++nulls;
    }
    const std::size_t falses = items->size() - trues - nulls;
    switch (op_) {
      case Op::all:
        if (falses > 0) return Value::boolean(false);
        return nulls > 0 ? Value() : Value::boolean(true);
      case Op::any:
        if (trues > 0) return Value::boolean(true);
        return nulls > 0 ? Value() : Value::boolean(false);
      case Op::none_of:
        if (trues > 0) return Value::boolean(false);
        return nulls > 0 ? Value() : Value::boolean(true);
      default:
        if (trues > 1) return Value::boolean(false);
        if (nulls > 0) return {};
        return Value::boolean(trues == 1);
    }
  }
  void reads(std::vector<std::uint32_t>& slots) const override {
    children_[0]->reads(slots);
    reads_without(std::span(children_).subspan(1), {slot_}, slots);
  }
  std::string describe() const override { return fmt::format("{}(... IN {})", op_text(op_), children_[0]->describe()); }

 private:
  Op op_;
  std::uint32_t slot_;
};

class Reduce final : public Expression {
 public:
  Reduce(std::uint32_t offset, std::uint32_t accumulator, ExpressionPtr initial, std::uint32_t slot, ExpressionPtr list,
         ExpressionPtr step)
      : Expression(offset), accumulator_(accumulator), slot_(slot) {
    children_.push_back(std::move(initial));
    children_.push_back(std::move(list));
    children_.push_back(std::move(step));
  }
  Value eval(Row& row, ExecContext& ctx) const override {
    Value accumulated = children_[0]->eval(row, ctx);
    const Value list = children_[1]->eval(row, ctx);
    const query::ValueList* items = list_or_fail(list, *children_[1], ctx);
    if (items == nullptr) return {};
    for (const Value& item : *items) {
      row[accumulator_] = accumulated;
      row[slot_] = item;
      accumulated = children_[2]->eval(row, ctx);
    }
    return accumulated;
  }
  void reads(std::vector<std::uint32_t>& slots) const override {
    children_[0]->reads(slots);
    children_[1]->reads(slots);
    reads_without(std::span(children_).subspan(2), {slot_, accumulator_}, slots);
  }
  std::string describe() const override { return "reduce(...)"; }

 private:
  std::uint32_t accumulator_;
  std::uint32_t slot_;
};

}  // namespace

ExpressionPtr make_list_comprehension(std::uint32_t offset, std::uint32_t slot, ExpressionPtr list,
                                      ExpressionPtr filter, ExpressionPtr projection) {
  return std::make_unique<ListComprehension>(offset, slot, std::move(list), std::move(filter), std::move(projection));
}

ExpressionPtr make_quantifier(std::uint32_t offset, Op op, std::uint32_t slot, ExpressionPtr list,
                              ExpressionPtr filter) {
  return std::make_unique<Quantifier>(offset, op, slot, std::move(list), std::move(filter));
}

ExpressionPtr make_reduce(std::uint32_t offset, std::uint32_t accumulator, ExpressionPtr initial, std::uint32_t slot,
                          ExpressionPtr list, ExpressionPtr step) {
  return std::make_unique<Reduce>(offset, accumulator, std::move(initial), slot, std::move(list), std::move(step));
}

}  // namespace kg::cypher::detail
