// Scalar expressions: logic, arithmetic, comparison, string and list predicates, null and label tests, CASE.
#include "expression.h"

#include <fmt/format.h>
#include <re2/re2.h>

#include <algorithm>

#include "arithmetic.h"
#include "text.h"

namespace kg::cypher::detail {

void Expression::reads(std::vector<std::uint32_t>& slots) const {
  for (const ExpressionPtr& child : children_) {
    if (child) child->reads(slots);
  }
}

std::string Expression::describe() const {
  std::vector<std::string> parts;
  for (const ExpressionPtr& child : children_) parts.push_back(child ? child->describe() : "null");
  return fmt::format("expr({})", fmt::join(parts, ", "));
}

bool Expression::row_independent() const {
  std::vector<std::uint32_t> slots;
  reads(slots);
  return slots.empty();
}

std::vector<std::uint32_t> slots_read(const Expression& expression) {
  std::vector<std::uint32_t> slots;
  expression.reads(slots);
  std::sort(slots.begin(), slots.end());
  slots.erase(std::unique(slots.begin(), slots.end()), slots.end());
  return slots;
}

Tri truth_of(const Value& value, const Expression& expression, ExecContext& ctx) {
  if (value.is_null()) return Tri::null;
  if (value.kind() != Value::Kind::boolean) {
    ctx.fail(expression.offset(), fmt::format("expected a boolean, got {}", query::kind_name(value.kind())));
  }
  return tri(value.as_boolean());
}

bool holds(const Expression& expression, Row& row, ExecContext& ctx) {
  return truth_of(expression.eval(row, ctx), expression, ctx) == Tri::true_;
}

std::string Literal::describe() const {
  if (value_.kind() == Value::Kind::string) return fmt::format("'{}'", value_.as_string());
  if (value_.is_null() || value_.is_number() || value_.kind() == Value::Kind::boolean) return display_text(value_);
  if (value_.kind() == Value::Kind::node) return fmt::format("node(#{})", value_.as_node().value);
  return std::string(query::kind_name(value_.kind()));
}

namespace {

class Unary final : public Expression {
 public:
  Unary(std::uint32_t offset, Op op, ExpressionPtr operand) : Expression(offset), op_(op) {
    children_.push_back(std::move(operand));
  }
  Value eval(Row& row, ExecContext& ctx) const override {
    Value value = children_[0]->eval(row, ctx);
    if (op_ == Op::not_) return tri_value(tri_not(truth_of(value, *children_[0], ctx)));
    if (op_ == Op::plus) {
      if (!value.is_null() && !value.is_number()) {
        ctx.fail(offset_, fmt::format("cannot apply unary + to {}", query::kind_name(value.kind())));
      }
      return value;
    }
    try {
      return negate(value);
    } catch (const ValueError& error) {
      ctx.fail(offset_, error.what());
    }
  }
  std::string describe() const override { return std::string(op_text(op_)) + " " + children_[0]->describe(); }

 private:
  Op op_;
};

class Logical final : public Expression {
 public:
  Logical(std::uint32_t offset, Op op, ExpressionPtr left, ExpressionPtr right)
      : Expression(offset, op == Op::and_ ? ExpressionKind::and_ : ExpressionKind::other), op_(op) {
    children_.push_back(std::move(left));
    children_.push_back(std::move(right));
  }
  Value eval(Row& row, ExecContext& ctx) const override {
    const Tri left = truth_of(children_[0]->eval(row, ctx), *children_[0], ctx);
    if (op_ == Op::and_ && left == Tri::false_) return Value::boolean(false);
    if (op_ == Op::or_ && left == Tri::true_) return Value::boolean(true);
    const Tri right = truth_of(children_[1]->eval(row, ctx), *children_[1], ctx);
    if (op_ == Op::xor_) {
      if (left == Tri::null || right == Tri::null) return {};
      return Value::boolean(left != right);
    }
    if (op_ == Op::and_) {
      if (right == Tri::false_) return Value::boolean(false);
      return left == Tri::null || right == Tri::null ? Value() : Value::boolean(true);
    }
    if (right == Tri::true_) return Value::boolean(true);
    return left == Tri::null || right == Tri::null ? Value() : Value::boolean(false);
  }
  std::string describe() const override {
    return fmt::format("({} {} {})", children_[0]->describe(), op_text(op_), children_[1]->describe());
  }

 private:
  Op op_;
};

class Arithmetic final : public Expression {
 public:
  Arithmetic(std::uint32_t offset, Op op, ExpressionPtr left, ExpressionPtr right) : Expression(offset), op_(op) {
    children_.push_back(std::move(left));
    children_.push_back(std::move(right));
  }
  Value eval(Row& row, ExecContext& ctx) const override {
    const Value a = children_[0]->eval(row, ctx);
    const Value b = children_[1]->eval(row, ctx);
    try {
      switch (op_) {
        case Op::add:
          return add(a, b);
        case Op::subtract:
          return subtract(a, b);
        case Op::multiply:
          return multiply(a, b);
        case Op::divide:
          return divide(a, b);
        case Op::modulo:
          return modulo(a, b);
        default:
          return power(a, b);
      }
    } catch (const ValueError& error) {
      ctx.fail(offset_, error.what());
    }
  }
  std::string describe() const override {
    return fmt::format("({} {} {})", children_[0]->describe(), op_text(op_), children_[1]->describe());
  }

 private:
  Op op_;
};

Tri compare_with(Op op, const Value& a, const Value& b) {
  if (op == Op::eq) return equal(a, b);
  if (op == Op::ne) return tri_not(equal(a, b));
  const Comparison c = compare(a, b);
  if (c == Comparison::incomparable) return Tri::null;
  if (c == Comparison::unordered) return Tri::false_;
  switch (op) {
    case Op::lt:
      return tri(c == Comparison::less);
    case Op::gt:
      return tri(c == Comparison::greater);
    case Op::le:
      return tri(c != Comparison::greater);
    default:
      return tri(c != Comparison::less);
  }
}

class ComparisonChain final : public Expression {
 public:
  ComparisonChain(std::uint32_t offset, std::vector<Op> ops, std::vector<ExpressionPtr> operands)
      : Expression(offset, ops.size() == 1 && ops[0] == Op::eq ? ExpressionKind::equals : ExpressionKind::other),
        ops_(std::move(ops)) {
    children_ = std::move(operands);
  }
  Value eval(Row& row, ExecContext& ctx) const override {
    Value left = children_[0]->eval(row, ctx);
    Tri result = Tri::true_;
    for (std::size_t i = 0; i < ops_.size(); ++i) {
      Value right = children_[i + 1]->eval(row, ctx);
      const Tri step = compare_with(ops_[i], left, right);
      if (step == Tri::false_) return Value::boolean(false);
      if (step == Tri::null) result = Tri::null;
      left = std::move(right);
    }
    return tri_value(result);
  }
  std::string describe() const override {
    std::string text = children_[0]->describe();
    for (std::size_t i = 0; i < ops_.size(); ++i) {
      text += fmt::format(" {} {}", op_text(ops_[i]), children_[i + 1]->describe());
    }
    return text;
  }

 private:
  std::vector<Op> ops_;
};

class InList final : public Expression {
 public:
  InList(std::uint32_t offset, ExpressionPtr item, ExpressionPtr list) : Expression(offset) {
    children_.push_back(std::move(item));
    children_.push_back(std::move(list));
  }
  Value eval(Row& row, ExecContext& ctx) const override {
    const Value item = children_[0]->eval(row, ctx);
    const Value list = children_[1]->eval(row, ctx);
    if (list.is_null()) return {};
    if (list.kind() != Value::Kind::list) {
      ctx.fail(children_[1]->offset(), fmt::format("IN expects a list, got {}", query::kind_name(list.kind())));
    }
    bool unknown = false;
    for (const Value& candidate : list.as_list()) {
      const Tri same = equal(item, candidate);
      if (same == Tri::true_) return Value::boolean(true);
      unknown = unknown || same == Tri::null;
    }
    return unknown ? Value() : Value::boolean(false);
  }
  std::string describe() const override {
    return fmt::format("{} IN {}", children_[0]->describe(), children_[1]->describe());
  }
};

class StringPredicate final : public Expression {
 public:
  StringPredicate(std::uint32_t offset, Op op, ExpressionPtr left, ExpressionPtr right) : Expression(offset), op_(op) {
    children_.push_back(std::move(left));
    children_.push_back(std::move(right));
  }
  Value eval(Row& row, ExecContext& ctx) const override {
    const Value a = children_[0]->eval(row, ctx);
    const Value b = children_[1]->eval(row, ctx);
    if (a.kind() != Value::Kind::string || b.kind() != Value::Kind::string) return {};
    const std::string_view text = a.as_string();
    const std::string_view part = b.as_string();
    if (op_ == Op::starts_with) return Value::boolean(text.substr(0, part.size()) == part);
    if (op_ == Op::ends_with) {
      return Value::boolean(text.size() >= part.size() && text.substr(text.size() - part.size()) == part);
    }
    return Value::boolean(text.find(part) != std::string_view::npos);
  }
  std::string describe() const override {
    return fmt::format("{} {} {}", children_[0]->describe(), op_text(op_), children_[1]->describe());
  }

 private:
  Op op_;
};

/// `text =~ pattern`: a full match with RE2, whose run time is linear in the text whatever the pattern.
class RegexMatch final : public Expression {
 public:
  RegexMatch(std::uint32_t offset, ExpressionPtr text, ExpressionPtr pattern) : Expression(offset) {
    children_.push_back(std::move(text));
    children_.push_back(std::move(pattern));
  }
  Value eval(Row& row, ExecContext& ctx) const override {
    const Value text = children_[0]->eval(row, ctx);
    const Value pattern = children_[1]->eval(row, ctx);
    if (text.kind() != Value::Kind::string || pattern.kind() != Value::Kind::string) return {};
    if (!compiled_ || compiled_->pattern() != pattern.as_string()) {
      RE2::Options options;
      options.set_log_errors(false);
      options.set_max_mem(8 << 20);
      compiled_ = std::make_unique<RE2>(pattern.as_string(), options);
      if (!compiled_->ok()) {
        const std::string error = compiled_->error();
        compiled_.reset();
        ctx.fail(children_[1]->offset(), fmt::format("invalid regular expression: {}", error));
      }
    }
    return Value::boolean(RE2::FullMatch(text.as_string(), *compiled_));
  }
  std::string describe() const override {
    return fmt::format("{} =~ {}", children_[0]->describe(), children_[1]->describe());
  }

 private:
  mutable std::unique_ptr<RE2> compiled_;  // the last pattern, reused while it stays the same
};

class NullTest final : public Expression {
 public:
  NullTest(std::uint32_t offset, ExpressionPtr operand, bool negated) : Expression(offset), negated_(negated) {
    children_.push_back(std::move(operand));
  }
  Value eval(Row& row, ExecContext& ctx) const override {
    return Value::boolean(children_[0]->eval(row, ctx).is_null() != negated_);
  }
  std::string describe() const override { return children_[0]->describe() + (negated_ ? " IS NOT NULL" : " IS NULL"); }

 private:
  bool negated_;
};

class LabelTest final : public Expression {
 public:
  LabelTest(std::uint32_t offset, ExpressionPtr operand, const std::vector<std::string>& labels,
            const graph::Graph& graph)
      : Expression(offset), labels_(labels) {
    children_.push_back(std::move(operand));
    for (const std::string& label : labels) {
      std::optional<graph::TypeId> type;
      for (std::uint32_t t = 0; t < graph.type_count(); ++t) {
        if (graph.type_name(graph::TypeId{static_cast<std::uint16_t>(t)}) == label)
          type = graph::TypeId{static_cast<std::uint16_t>(t)};
      }
      types_.push_back(type);
      std::optional<graph::PredicateId> predicate;
      for (std::uint32_t p = 0; p < graph.predicate_count(); ++p) {
        if (graph.predicate_name(graph::PredicateId{static_cast<std::uint16_t>(p)}) == label)
          predicate = graph::PredicateId{static_cast<std::uint16_t>(p)};
      }
      predicates_.push_back(predicate);
    }
  }
  Value eval(Row& row, ExecContext& ctx) const override {
    const Value value = children_[0]->eval(row, ctx);
    if (value.is_null()) return {};
    if (value.kind() == Value::Kind::node) {
      const graph::TypeId type = ctx.graph.node_type(value.as_node());
      return Value::boolean(std::all_of(types_.begin(), types_.end(), [&](const auto& t) { return t == type; }));
    }
    if (value.kind() == Value::Kind::relationship) {
      const graph::PredicateId predicate = ctx.graph.edge_predicate(value.as_relationship());
      return Value::boolean(
          std::all_of(predicates_.begin(), predicates_.end(), [&](const auto& p) { return p == predicate; }));
    }
    ctx.fail(offset_, fmt::format("a label test needs a node or relationship, got {}", query::kind_name(value.kind())));
  }
  std::string describe() const override {
    return fmt::format("{}:{}", children_[0]->describe(), fmt::join(labels_, ":"));
  }

 private:
  std::vector<std::string> labels_;
  std::vector<std::optional<graph::TypeId>> types_;
  std::vector<std::optional<graph::PredicateId>> predicates_;
};

class CaseWhen final : public Expression {
 public:
  CaseWhen(std::uint32_t offset, ExpressionPtr subject, std::vector<ExpressionPtr> whens,
           std::vector<ExpressionPtr> thens, ExpressionPtr otherwise)
      : Expression(offset), has_subject_(subject != nullptr), pairs_(whens.size()), has_else_(otherwise != nullptr) {
    if (subject) children_.push_back(std::move(subject));
    for (std::size_t i = 0; i < whens.size(); ++i) {
      children_.push_back(std::move(whens[i]));
      children_.push_back(std::move(thens[i]));
    }
    if (otherwise) children_.push_back(std::move(otherwise));
  }
  Value eval(Row& row, ExecContext& ctx) const override {
    const std::size_t first = has_subject_ ? 1 : 0;
    const Value subject = has_subject_ ? children_[0]->eval(row, ctx) : Value();
    for (std::size_t i = 0; i < pairs_; ++i) {
      const Expression& when = *children_[first + 2 * i];
      const Value test = when.eval(row, ctx);
      const bool taken = has_subject_ ? equal(subject, test) == Tri::true_ : truth_of(test, when, ctx) == Tri::true_;
      if (taken) return children_[first + 2 * i + 1]->eval(row, ctx);
    }
    return has_else_ ? children_.back()->eval(row, ctx) : Value();
  }
  std::string describe() const override { return "CASE"; }

 private:
  bool has_subject_;
  std::size_t pairs_;
  bool has_else_;
};

}  // namespace

ExpressionPtr make_unary(std::uint32_t offset, Op op, ExpressionPtr operand) {
  return std::make_unique<Unary>(offset, op, std::move(operand));
}
ExpressionPtr make_binary(std::uint32_t offset, Op op, ExpressionPtr left, ExpressionPtr right) {
  switch (op) {
    case Op::and_:
    case Op::or_:
    case Op::xor_:
      return std::make_unique<Logical>(offset, op, std::move(left), std::move(right));
    case Op::in:
      return std::make_unique<InList>(offset, std::move(left), std::move(right));
    case Op::starts_with:
    case Op::ends_with:
    case Op::contains:
      return std::make_unique<StringPredicate>(offset, op, std::move(left), std::move(right));
    case Op::regex:
      return std::make_unique<RegexMatch>(offset, std::move(left), std::move(right));
    case Op::eq:
    case Op::ne:
    case Op::lt:
    case Op::gt:
    case Op::le:
    case Op::ge: {
      std::vector<ExpressionPtr> operands;
      operands.push_back(std::move(left));
      operands.push_back(std::move(right));
      return std::make_unique<ComparisonChain>(offset, std::vector<Op>{op}, std::move(operands));
    }
    default:
      return std::make_unique<Arithmetic>(offset, op, std::move(left), std::move(right));
  }
}
ExpressionPtr make_comparison(std::uint32_t offset, std::vector<Op> ops, std::vector<ExpressionPtr> operands) {
  return std::make_unique<ComparisonChain>(offset, std::move(ops), std::move(operands));
}
ExpressionPtr make_null_test(std::uint32_t offset, ExpressionPtr operand, bool negated) {
  return std::make_unique<NullTest>(offset, std::move(operand), negated);
}
ExpressionPtr make_label_test(std::uint32_t offset, ExpressionPtr operand, const std::vector<std::string>& labels,
                              const graph::Graph& graph) {
  return std::make_unique<LabelTest>(offset, std::move(operand), labels, graph);
}
ExpressionPtr make_case(std::uint32_t offset, ExpressionPtr subject, std::vector<ExpressionPtr> whens,
                        std::vector<ExpressionPtr> thens, ExpressionPtr otherwise) {
  return std::make_unique<CaseWhen>(offset, std::move(subject), std::move(whens), std::move(thens),
                                    std::move(otherwise));
}

}  // namespace kg::cypher::detail
