// ORDER BY: materialises the rows (only the slots the next clauses see) with their sort keys and sorts them in
// Cypher's total order. With a LIMIT it keeps only the best SKIP + LIMIT rows in a heap, so memory follows the
// result rather than the input.
#include <fmt/format.h>

#include <algorithm>

#include "operators.h"

namespace kg::cypher::detail {
namespace {

class Sort final : public Operator {
 public:
  Sort(OperatorPtr child, const std::vector<BoundSortKey>& keys, std::vector<std::uint32_t> kept,
       const Expression* skip, const Expression* limit)
      : Operator(std::move(child)), keys_(keys), kept_(std::move(kept)), skip_(skip), limit_(limit) {}

  void open(Row& row, ExecContext& ctx) override {
    Operator::open(row, ctx);
    entries_.clear();
    position_ = 0;
    std::size_t top = SIZE_MAX;
    if (limit_ != nullptr) {
      const auto limit = static_cast<std::size_t>(row_count_value(*limit_, limit_->offset(), "LIMIT", row, ctx));
      const auto skip =
          skip_ != nullptr ? static_cast<std::size_t>(row_count_value(*skip_, skip_->offset(), "SKIP", row, ctx)) : 0;
      top = skip + limit < skip ? SIZE_MAX : skip + limit;
    }
    const auto before = [this](const Entry& a, const Entry& b) { return less(a, b); };
    std::uint64_t sequence = 0;
    Entry candidate;
    while (child_->next(row, ctx)) {
      ctx.tick();
      candidate.sequence = sequence++;
      candidate.keys.resize(keys_.size());
      for (std::size_t k = 0; k < keys_.size(); ++k) candidate.keys[k] = keys_[k].expression->eval(row, ctx);
      if (top != SIZE_MAX && entries_.size() == top) {
        if (top == 0 || !less(candidate, entries_.front())) continue;  // not among the best: nothing kept
        std::pop_heap(entries_.begin(), entries_.end(), before);
        entries_.pop_back();
      }
      candidate.values.clear();
      for (std::uint32_t slot : kept_) candidate.values.push_back(row[slot]);
      entries_.push_back(std::move(candidate));
      candidate = Entry();
      if (top != SIZE_MAX) std::push_heap(entries_.begin(), entries_.end(), before);
      if (entries_.size() > ctx.max_rows && top == SIZE_MAX) {
        ctx.fail(keys_.front().expression->offset(),
                 fmt::format("ORDER BY would sort more than {} rows (--max-rows): add a LIMIT", ctx.max_rows));
      }
    }
    std::sort(entries_.begin(), entries_.end(), before);
  }

  bool next(Row& row, ExecContext&) override {
    if (position_ >= entries_.size()) return false;
    const Entry& entry = entries_[position_++];
    for (std::size_t i = 0; i < kept_.size(); ++i) row[kept_[i]] = entry.values[i];
    return true;
  }

  std::string describe() const override {
    std::vector<std::string> parts;
    for (const BoundSortKey& key : keys_) parts.push_back(key.expression->describe() + (key.descending ? " DESC" : ""));
    return fmt::format("Sort{} {}", limit_ != nullptr ? " (top)" : "", fmt::join(parts, ", "));
  }

 private:
  struct Entry {
    std::vector<Value> keys, values;
    std::uint64_t sequence = 0;
  };

  // Strict weak order: by each key in turn, then by arrival, so that equal keys keep their input order.
  bool less(const Entry& a, const Entry& b) const {
    for (std::size_t i = 0; i < keys_.size(); ++i) {
      const int c = order(a.keys[i], b.keys[i]);
      if (c != 0) return keys_[i].descending ? c > 0 : c < 0;
    }
    return a.sequence < b.sequence;
  }

  const std::vector<BoundSortKey>& keys_;
  std::vector<std::uint32_t> kept_;
  const Expression* skip_;
  const Expression* limit_;
  std::vector<Entry> entries_;
  std::size_t position_ = 0;
};

}  // namespace

OperatorPtr make_sort(OperatorPtr child, const std::vector<BoundSortKey>& keys, std::vector<std::uint32_t> kept,
                      const Expression* skip, const Expression* limit) {
  return std::make_unique<Sort>(std::move(child), keys, std::move(kept), skip, limit);
}

}  // namespace kg::cypher::detail
