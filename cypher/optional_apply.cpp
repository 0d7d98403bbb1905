// OPTIONAL MATCH: for each input row, the rows of the inner plan, or the input row once with the pattern's new
// variables null when the inner plan has none.
#include <fmt/format.h>

#include "operators.h"

namespace kg::cypher::detail {
namespace {

class OptionalApply final : public Operator {
 public:
  OptionalApply(OperatorPtr child, OperatorPtr inner, std::vector<std::uint32_t> nulls)
      : Operator(std::move(child)), inner_(std::move(inner)), nulls_(std::move(nulls)) {}
  void open(Row& row, ExecContext& ctx) override {
    Operator::open(row, ctx);
    active_ = false;
  }
  bool next(Row& row, ExecContext& ctx) override {
    for (;;) {
      if (!active_) {
        if (!child_->next(row, ctx)) return false;
        inner_->open(row, ctx);
        active_ = true;
        matched_ = false;
      }
      if (inner_->next(row, ctx)) {
        matched_ = true;
        return true;
      }
      active_ = false;
      if (!matched_) {
        for (std::uint32_t slot : nulls_) row[slot] = Value();
        return true;
      }
    }
  }
  std::string describe() const override { return "OptionalApply"; }
  void explain(std::string& out, int depth) const override {
    out += fmt::format("{:{}}{}\n", "", depth * 2, describe());
    inner_->explain(out, depth + 2);
    child_->explain(out, depth + 1);
  }

 private:
  OperatorPtr inner_;
  std::vector<std::uint32_t> nulls_;
  bool active_ = false, matched_ = false;
};

}  // namespace

OperatorPtr make_optional(OperatorPtr child, OperatorPtr inner, std::vector<std::uint32_t> nulls) {
  return std::make_unique<OptionalApply>(std::move(child), std::move(inner), std::move(nulls));
}

}  // namespace kg::cypher::detail
