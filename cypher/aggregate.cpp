#include "aggregate.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include "kg/graph/text.h"

namespace kg::cypher::detail {
namespace {

const char* name_of(AggregateKind kind) {
  switch (kind) {
    case AggregateKind::count_star:
    case AggregateKind::count:
      return "count";
    case AggregateKind::sum:
      return "sum";
    case AggregateKind::avg:
      return "avg";
    case AggregateKind::min:
      return "min";
    case AggregateKind::max:
      return "max";
    case AggregateKind::collect:
      return "collect";
    case AggregateKind::stdev:
      return "stDev";
    case AggregateKind::stdevp:
      return "stDevP";
    case AggregateKind::percentile_cont:
      return "percentileCont";
    case AggregateKind::percentile_disc:
      return "percentileDisc";
  }
  return "";
}

}  // namespace

std::optional<AggregateKind> find_aggregate(std::string_view name) {
  constexpr AggregateKind kKinds[] = {AggregateKind::count,
                                      AggregateKind::sum,
                                      AggregateKind::avg,
                                      AggregateKind::min,
                                      AggregateKind::max,
                                      AggregateKind::collect,
                                      AggregateKind::stdev,
                                      AggregateKind::stdevp,
                                      AggregateKind::percentile_cont,
                                      AggregateKind::percentile_disc};
  for (AggregateKind kind : kKinds) {
    if (graph::equals_ascii_folded(name, name_of(kind))) return kind;
  }
  return std::nullopt;
}

Accumulator::Accumulator(const AggregateCall& call) : call_(&call) {}

void Accumulator::add(const Value& value, ExecContext& ctx) {
  if (value.is_null()) return;
  if (call_->distinct && !first_time(value)) return;
  const AggregateKind kind = call_->kind;
  const auto need_number = [&] {
    if (!value.is_number()) {
      ctx.fail(call_->offset,
               fmt::format("{}() expects numbers, got {}", name_of(kind), query::kind_name(value.kind())));
    }
  };
  ++count_;
  switch (kind) {
    case AggregateKind::count_star:
    case AggregateKind::count:
      return;
    case AggregateKind::sum:
      need_number();
      if (!floating_ && value.kind() == Value::Kind::integer) {
        if (__builtin_add_overflow(integer_sum_, value.as_integer(), &integer_sum_)) {
          ctx.fail(call_->offset, "integer overflow in sum(): the total does not fit in 64 bits");
        }
        return;
      }
      if (!floating_) float_sum_ = static_cast<long double>(integer_sum_);
      floating_ = true;
      float_sum_ += value.as_number();
      return;
    case AggregateKind::avg:
      need_number();
      float_sum_ += value.as_number();
      return;
    case AggregateKind::min:
      if (best_.is_null() || order(value, best_) < 0) best_ = value;
      return;
    case AggregateKind::max:
      if (best_.is_null() || order(value, best_) > 0) best_ = value;
      return;
    case AggregateKind::collect:
      items_.push_back(value);
      return;
    case AggregateKind::stdev:
    case AggregateKind::stdevp:
    case AggregateKind::percentile_cont:
    case AggregateKind::percentile_disc:
      need_number();
      items_.push_back(value);
      return;
  }
}

bool Accumulator::first_time(const Value& value) {
  if (value.kind() == Value::Kind::node) {  // by id, without hashing a whole Value
    if (!seen_nodes_) seen_nodes_ = std::make_unique<absl::flat_hash_set<std::uint32_t>>();
    return seen_nodes_->insert(value.as_node().value).second;
  }
  if (!seen_) seen_ = std::make_unique<ValueSet>();
  return seen_->insert(value).second;
}

Value Accumulator::result(const Value& percentile, ExecContext& ctx) const {
  switch (call_->kind) {
    case AggregateKind::count_star:
    case AggregateKind::count:
      return Value::integer(count_);
    case AggregateKind::sum:
      return floating_ ? Value::real(static_cast<double>(float_sum_)) : Value::integer(integer_sum_);
    case AggregateKind::avg:
      return count_ == 0 ? Value() : Value::real(static_cast<double>(float_sum_ / count_));
    case AggregateKind::min:
    case AggregateKind::max:
      return best_;
    case AggregateKind::collect:
      return Value::list(items_);
    case AggregateKind::stdev:
    case AggregateKind::stdevp: {
      const auto n = static_cast<double>(items_.size());
      const double divisor = call_->kind == AggregateKind::stdev ? n - 1 : n;
      if (divisor <= 0) return Value::real(0);
      double mean = 0;
      for (const Value& v : items_) mean += v.as_number();
      mean /= n;
      double squares = 0;
      for (const Value& v : items_) squares += (v.as_number() - mean) * (v.as_number() - mean);
      return Value::real(std::sqrt(squares / divisor));
    }
    case AggregateKind::percentile_cont:
    case AggregateKind::percentile_disc: {
      if (!percentile.is_number() || percentile.as_number() < 0 || percentile.as_number() > 1) {
        ctx.fail(call_->offset, "the percentile must be a number between 0.0 and 1.0");
      }
      if (items_.empty()) return {};
      std::vector<double> sorted;
      for (const Value& v : items_) sorted.push_back(v.as_number());
      std::sort(sorted.begin(), sorted.end());
      const double p = percentile.as_number();
      if (call_->kind == AggregateKind::percentile_disc) {
        const auto rank =
            static_cast<std::size_t>(std::max(0.0, std::ceil(p * static_cast<double>(sorted.size())) - 1));
        const std::size_t at = std::min(rank, sorted.size() - 1);
        // Keep the kind of the chosen input (an integer stays an integer).
        for (const Value& v : items_) {
          if (v.as_number() == sorted[at]) return v;
        }
        return Value::real(sorted[at]);
      }
      const double position = p * static_cast<double>(sorted.size() - 1);
      const auto below = static_cast<std::size_t>(std::floor(position));
      const std::size_t above = std::min(below + 1, sorted.size() - 1);
      return Value::real(sorted[below] + (position - static_cast<double>(below)) * (sorted[above] - sorted[below]));
    }
  }
  return {};
}

}  // namespace kg::cypher::detail
