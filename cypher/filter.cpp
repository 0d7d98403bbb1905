// Row-at-a-time operators: Filter (WHERE), Project (computes new slots), Unwind (a row per list item).
#include <fmt/format.h>

#include "operators.h"
#include "pattern_expression.h"

namespace kg::cypher::detail {
namespace {

class Filter final : public Operator {
 public:
  Filter(OperatorPtr child, const Expression* predicate) : Operator(std::move(child)), predicate_(predicate) {}
  bool next(Row& row, ExecContext& ctx) override {
    while (child_->next(row, ctx)) {
      ctx.tick();
      if (holds(*predicate_, row, ctx)) return true;
    }
    return false;
  }
  std::string describe() const override { return "Filter " + predicate_->describe(); }
  void explain(std::string& out, int depth) const override {
    out += fmt::format("{:{}}{}\n", "", depth * 2, describe());
    explain_patterns(*predicate_, out, depth + 2);
    child_->explain(out, depth + 1);
  }

 private:
  const Expression* predicate_;
};

class Project final : public Operator {
 public:
  Project(OperatorPtr child, std::vector<std::pair<std::uint32_t, const Expression*>> items)
      : Operator(std::move(child)), items_(std::move(items)) {}
  bool next(Row& row, ExecContext& ctx) override {
    if (!child_->next(row, ctx)) return false;
    // Evaluate everything first: an item may read a slot another item writes (WITH a.x AS a, a AS b).
    values_.clear();
    for (const auto& [slot, expression] : items_) values_.push_back(expression->eval(row, ctx));
    for (std::size_t i = 0; i < items_.size(); ++i) row[items_[i].first] = std::move(values_[i]);
    return true;
  }
  std::string describe() const override {
    std::vector<std::string> parts;
    for (const auto& item : items_) parts.push_back(item.second->describe());
    return fmt::format("Project {}", fmt::join(parts, ", "));
  }
  void explain(std::string& out, int depth) const override {
    out += fmt::format("{:{}}{}\n", "", depth * 2, describe());
    for (const auto& item : items_) explain_patterns(*item.second, out, depth + 2);
    child_->explain(out, depth + 1);
  }

 private:
  std::vector<std::pair<std::uint32_t, const Expression*>> items_;
  std::vector<Value> values_;
};

class Unwind final : public Operator {
 public:
  Unwind(OperatorPtr child, const Expression* list, std::uint32_t slot)
      : Operator(std::move(child)), list_(list), slot_(slot) {}
  void open(Row& row, ExecContext& ctx) override {
    Operator::open(row, ctx);
    items_ = Value();
    position_ = size_ = 0;
  }
  bool next(Row& row, ExecContext& ctx) override {
    for (;;) {
      if (position_ < size_) {
        row[slot_] = items_.as_list()[position_++];
        return true;
      }
      if (!child_->next(row, ctx)) return false;
      ctx.tick();
      Value value = list_->eval(row, ctx);
      if (value.is_null()) continue;
      if (value.kind() != Value::Kind::list) {  // UNWIND of a single value is that value
        row[slot_] = std::move(value);
        size_ = 0;
        return true;
      }
      items_ = std::move(value);
      position_ = 0;
      size_ = items_.as_list().size();
    }
  }
  std::string describe() const override { return "Unwind " + list_->describe(); }

 private:
  const Expression* list_;
  std::uint32_t slot_;
  Value items_;
  std::size_t position_ = 0, size_ = 0;
};

}  // namespace

OperatorPtr make_filter(OperatorPtr child, const Expression* predicate) {
  return std::make_unique<Filter>(std::move(child), predicate);
}

OperatorPtr make_project(OperatorPtr child, std::vector<std::pair<std::uint32_t, const Expression*>> items) {
  return std::make_unique<Project>(std::move(child), std::move(items));
}

OperatorPtr make_unwind(OperatorPtr child, const Expression* list, std::uint32_t slot) {
  return std::make_unique<Unwind>(std::move(child), list, slot);
}

}  // namespace kg::cypher::detail
