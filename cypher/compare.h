#pragma once
// How Cypher compares values, in one place: equality (`=`, three-valued), comparison (`<`, null when the values
// are not comparable), the total order of ORDER BY (across kinds), and equivalence with its hash (DISTINCT,
// grouping keys, `collect(DISTINCT ...)`).
#include <cstddef>
#include <cstdint>
#include <span>

#include "kg/query/value.h"

namespace kg::cypher::detail {

using query::Value;

/// A three-valued truth: Cypher's true, false and null.
enum class Tri : std::uint8_t { false_, true_, null };

inline Tri tri(bool b) { return b ? Tri::true_ : Tri::false_; }
inline Tri tri_not(Tri t) { return t == Tri::null ? Tri::null : t == Tri::true_ ? Tri::false_ : Tri::true_; }
Value tri_value(Tri t);

/// `a = b`: null when either side is (or holds, in a list or map, where it decides) null; 1 = 1.0.
Tri equal(const Value& a, const Value& b);

/// The outcome of `a < b` style comparisons: an order, `unordered` (NaN: every comparison is false) or
/// `incomparable` (different kinds, nulls, maps, nodes...: the comparison is null).
enum class Comparison : std::uint8_t { less, equal, greater, unordered, incomparable };
Comparison compare(const Value& a, const Value& b);

/// ORDER BY's total order: MAP < NODE < RELATIONSHIP < LIST < PATH < STRING < BOOLEAN < NUMBER < NULL; NaN after
/// every other number; integers and floats by value. Returns <0, 0 or >0.
int order(const Value& a, const Value& b);

/// Equivalence: order(a, b) == 0 (null is equivalent to null, NaN to NaN, 1 to 1.0).
inline bool equivalent(const Value& a, const Value& b) { return order(a, b) == 0; }
/// A hash consistent with equivalent().
std::size_t hash_value(const Value& v);

/// Hashing and equivalence of rows (grouping keys, DISTINCT rows) for absl containers, with lookup by span.
struct RowHash {
  using is_transparent = void;
  std::size_t operator()(std::span<const Value> row) const;
};
struct RowEquivalent {
  using is_transparent = void;
  bool operator()(std::span<const Value> a, std::span<const Value> b) const;
};

}  // namespace kg::cypher::detail
