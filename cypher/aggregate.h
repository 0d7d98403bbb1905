#pragma once
// Aggregate functions (count, sum, avg, min, max, collect, stDev, stDevP, percentileCont, percentileDisc), each
// optionally DISTINCT: an Accumulator holds one aggregate's state for one group.
#include <absl/container/flat_hash_set.h>

#include <cstdint>
#include <memory>
#include <optional>
#include <string_view>
#include <vector>

#include "compare.h"
#include "expression.h"

namespace kg::cypher::detail {

enum class AggregateKind : std::uint8_t {
  count_star,
  count,
  sum,
  avg,
  min,
  max,
  collect,
  stdev,
  stdevp,
  percentile_cont,
  percentile_disc,
};

/// The aggregate called `name` (any case): count, sum, ..., or nullopt.
std::optional<AggregateKind> find_aggregate(std::string_view name);

/// One aggregate call of a projection: evaluated on every input row of a group, its result lands in `slot`.
struct AggregateCall {
  AggregateKind kind = AggregateKind::count_star;
  bool distinct = false;
  ExpressionPtr argument;    ///< null for count(*)
  ExpressionPtr percentile;  ///< percentileCont/Disc's second argument
  std::uint32_t slot = 0;
  std::uint32_t offset = 0;
  std::string text;  ///< as written, for plans
};

/// Equivalence-based set of values (DISTINCT aggregates, DISTINCT rows of one value).
using ValueSet = absl::flat_hash_set<Value, struct ValueHasher, struct ValueEquivalent>;
struct ValueHasher {
  std::size_t operator()(const Value& v) const { return hash_value(v); }
};
struct ValueEquivalent {
  bool operator()(const Value& a, const Value& b) const { return equivalent(a, b); }
};

class Accumulator {
 public:
  explicit Accumulator(const AggregateCall& call);
  /// Adds one input row's argument value (ignored when null, except by count(*), which receives none).
  void add(const Value& value, ExecContext& ctx);
  /// Adds one input row to count(*).
  void add_row() { ++count_; }
  /// The aggregate over everything added; `percentile` is the evaluated second argument, if any.
  Value result(const Value& percentile, ExecContext& ctx) const;

 private:
  /// For DISTINCT: true the first time `value` (or one equivalent to it) is added.
  bool first_time(const Value& value);

  const AggregateCall* call_;
  std::int64_t count_ = 0;
  std::int64_t integer_sum_ = 0;
  long double float_sum_ = 0;
  bool floating_ = false;
  Value best_;
  query::ValueList items_;
  std::unique_ptr<ValueSet> seen_;
  std::unique_ptr<absl::flat_hash_set<std::uint32_t>> seen_nodes_;  // DISTINCT nodes by id: no Value hashing
};

}  // namespace kg::cypher::detail
