// Aggregation with implicit grouping: reads all input rows when opened, groups them by the key values
// (equivalence: null with null, 1 with 1.0), then produces one row per group. Without keys there is exactly one
// group, even for no input rows (count(*) is then 0).
#include <absl/container/flat_hash_map.h>
#include <fmt/format.h>

#include "operators.h"

namespace kg::cypher::detail {
namespace {

class Aggregate final : public Operator {
 public:
  Aggregate(OperatorPtr child, const std::vector<BoundProjection::Item>& keys,
            const std::vector<AggregateCall>& aggregates)
      : Operator(std::move(child)), keys_(keys), aggregates_(aggregates) {
    for (const AggregateCall& call : aggregates) percentiles_ = percentiles_ || call.percentile != nullptr;
  }

  void open(Row& row, ExecContext& ctx) override {
    Operator::open(row, ctx);
    group_keys_.clear();
    accumulators_.clear();
    percentile_values_.clear();
    index_.clear();
    single_.clear();
    groups_ = 0;
    position_ = 0;
    if (keys_.empty()) add_group(row, ctx);
    probe_.resize(keys_.size());
    while (child_->next(row, ctx)) {
      ctx.tick();
      for (std::size_t i = 0; i < keys_.size(); ++i) probe_[i] = keys_[i].expression->eval(row, ctx);
      const std::size_t group = keys_.empty() ? 0 : find_or_add(row, ctx);
      Accumulator* target = &accumulators_[group * aggregates_.size()];
      for (std::size_t a = 0; a < aggregates_.size(); ++a) {
        const AggregateCall& call = aggregates_[a];
        if (call.kind == AggregateKind::count_star) {
          target[a].add_row();
        } else {
          target[a].add(call.argument->eval(row, ctx), ctx);
        }
      }
    }
  }

  bool next(Row& row, ExecContext& ctx) override {
    if (position_ >= groups_) return false;
    const std::size_t group = position_++;
    for (std::size_t i = 0; i < keys_.size(); ++i) {
      const Value& key = group_keys_[group * keys_.size() + i];
      row[keys_[i].slot] = key;
      if (keys_[i].input_slot) row[*keys_[i].input_slot] = key;
    }
    for (std::size_t a = 0; a < aggregates_.size(); ++a) {
      const std::size_t at = group * aggregates_.size() + a;
      row[aggregates_[a].slot] = accumulators_[at].result(percentiles_ ? percentile_values_[at] : Value(), ctx);
    }
    return true;
  }

  std::string describe() const override {
    std::vector<std::string> keys, aggregates;
    for (const auto& key : keys_) keys.push_back(key.expression->describe());
    for (const AggregateCall& call : aggregates_) aggregates.push_back(call.text);
    return fmt::format("Aggregate keys [{}] aggregates [{}]", fmt::join(keys, ", "), fmt::join(aggregates, ", "));
  }

 private:
  // The group of probe_'s key values, added when new. One key (the usual case) is looked up by itself.
  std::size_t find_or_add(Row& row, ExecContext& ctx) {
    if (keys_.size() == 1) {
      const auto [it, added] = single_.try_emplace(probe_[0], groups_);
      if (added) add_group(row, ctx);
      return it->second;
    }
    const auto found = index_.find(std::span<const Value>(probe_));
    if (found != index_.end()) return found->second;
    index_.emplace(probe_, groups_);
    add_group(row, ctx);
    return groups_ - 1;
  }

  void add_group(Row& row, ExecContext& ctx) {
    group_keys_.insert(group_keys_.end(), probe_.begin(), probe_.end());
    for (const AggregateCall& call : aggregates_) {
      accumulators_.emplace_back(call);
      if (percentiles_) percentile_values_.push_back(call.percentile ? call.percentile->eval(row, ctx) : Value());
    }
    ++groups_;
  }

  const std::vector<BoundProjection::Item>& keys_;
  const std::vector<AggregateCall>& aggregates_;
  bool percentiles_ = false;
  std::vector<Value> probe_;
  std::vector<Value> group_keys_;          // groups × keys, row-major
  std::vector<Accumulator> accumulators_;  // groups × aggregates
  std::vector<Value> percentile_values_;   // groups × aggregates, when an aggregate is a percentile
  absl::flat_hash_map<std::vector<Value>, std::size_t, RowHash, RowEquivalent> index_;
  absl::flat_hash_map<Value, std::size_t, ValueHasher, ValueEquivalent> single_;
  std::size_t groups_ = 0;
  std::size_t position_ = 0;
};

}  // namespace

OperatorPtr make_aggregate(OperatorPtr child, const std::vector<BoundProjection::Item>& keys,
                           const std::vector<AggregateCall>& aggregates) {
  return std::make_unique<Aggregate>(std::move(child), keys, aggregates);
}

}  // namespace kg::cypher::detail
