// DISTINCT (a row once, by equivalence of the projected slots) and SKIP/LIMIT.
#include <absl/container/flat_hash_set.h>
#include <fmt/format.h>

#include "operators.h"

namespace kg::cypher::detail {
namespace {

class Distinct final : public Operator {
 public:
  Distinct(OperatorPtr child, std::vector<std::uint32_t> slots)
      : Operator(std::move(child)), slots_(std::move(slots)) {}
  void open(Row& row, ExecContext& ctx) override {
    Operator::open(row, ctx);
    seen_.clear();
  }
  bool next(Row& row, ExecContext& ctx) override {
    std::vector<Value> probe(slots_.size());
    while (child_->next(row, ctx)) {
      for (std::size_t i = 0; i < slots_.size(); ++i) probe[i] = row[slots_[i]];
      if (seen_.insert(std::move(probe)).second) return true;
      probe.assign(slots_.size(), Value());
    }
    return false;
  }
  std::string describe() const override { return "Distinct"; }

 private:
  std::vector<std::uint32_t> slots_;
  absl::flat_hash_set<std::vector<Value>, RowHash, RowEquivalent> seen_;
};

class SkipLimit final : public Operator {
 public:
  SkipLimit(OperatorPtr child, const Expression* skip, std::uint32_t skip_offset, const Expression* limit,
            std::uint32_t limit_offset)
      : Operator(std::move(child)),
        skip_(skip),
        limit_(limit),
        skip_offset_(skip_offset),
        limit_offset_(limit_offset) {}
  void open(Row& row, ExecContext& ctx) override {
    Operator::open(row, ctx);
    to_skip_ = skip_ != nullptr ? row_count_value(*skip_, skip_offset_, "SKIP", row, ctx) : 0;
    left_ = limit_ != nullptr ? row_count_value(*limit_, limit_offset_, "LIMIT", row, ctx) : -1;
  }
  bool next(Row& row, ExecContext& ctx) override {
    if (left_ == 0) return false;
    for (; to_skip_ > 0; --to_skip_) {
      if (!child_->next(row, ctx)) return false;
    }
    if (!child_->next(row, ctx)) return false;
    if (left_ > 0) --left_;
    return true;
  }
  std::string describe() const override {
    return fmt::format("SkipLimit{}{}", skip_ != nullptr ? " skip " + skip_->describe() : "",
                       limit_ != nullptr ? " limit " + limit_->describe() : "");
  }

 private:
  const Expression* skip_;
  const Expression* limit_;
  std::uint32_t skip_offset_, limit_offset_;
  std::int64_t to_skip_ = 0, left_ = -1;
};

}  // namespace

OperatorPtr make_distinct(OperatorPtr child, std::vector<std::uint32_t> slots) {
  return std::make_unique<Distinct>(std::move(child), std::move(slots));
}

OperatorPtr make_skip_limit(OperatorPtr child, const Expression* skip, std::uint32_t skip_offset,
                            const Expression* limit, std::uint32_t limit_offset) {
  return std::make_unique<SkipLimit>(std::move(child), skip, skip_offset, limit, limit_offset);
}

}  // namespace kg::cypher::detail
