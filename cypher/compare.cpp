#include "compare.h"

#include <absl/hash/hash.h>
#include <xxhash.h>

#include <algorithm>
#include <bit>
#include <cmath>
#include <limits>
#include <string_view>
#include <vector>

namespace kg::cypher::detail {
namespace {

using Kind = Value::Kind;

// Compares an integer with a float exactly (no rounding of large integers); the float is not NaN.
int compare_mixed(std::int64_t i, double d) {
  constexpr double kTwo63 = 9223372036854775808.0;
  if (d >= kTwo63) return -1;
  if (d < -kTwo63) return 1;
  const double whole = std::trunc(d);
  const auto truncated = static_cast<std::int64_t>(whole);
  if (i != truncated) return i < truncated ? -1 : 1;
  if (d == whole) return 0;
  return d > whole ? -1 : 1;
}

// Numbers by value; NaN is greater than every number and equal to itself (for the total order only).
int order_numbers(const Value& a, const Value& b) {
  if (a.kind() == Kind::integer && b.kind() == Kind::integer) {
    return a.as_integer() < b.as_integer() ? -1 : a.as_integer() > b.as_integer() ? 1 : 0;
  }
  const bool a_nan = a.kind() == Kind::real && std::isnan(a.as_real());
  const bool b_nan = b.kind() == Kind::real && std::isnan(b.as_real());
  if (a_nan || b_nan) return a_nan == b_nan ? 0 : a_nan ? 1 : -1;
  if (a.kind() == Kind::integer) return compare_mixed(a.as_integer(), b.as_real());
  if (b.kind() == Kind::integer) return -compare_mixed(b.as_integer(), a.as_real());
  return a.as_real() < b.as_real() ? -1 : a.as_real() > b.as_real() ? 1 : 0;
}

int three_way(std::string_view a, std::string_view b) {
  const int c = a.compare(b);
  return c < 0 ? -1 : c > 0 ? 1 : 0;
}

int kind_rank(Kind kind) {
  switch (kind) {
    case Kind::map:
      return 0;
    case Kind::node:
      return 1;
    case Kind::relationship:
      return 2;
    case Kind::list:
      return 3;
    case Kind::path:
      return 4;
    case Kind::string:
      return 5;
    case Kind::boolean:
      return 6;
    case Kind::integer:
    case Kind::real:
      return 7;
    case Kind::null:
      return 8;
  }
  return 8;
}

std::vector<const std::pair<std::string, Value>*> sorted_entries(const query::ValueMap& map) {
  std::vector<const std::pair<std::string, Value>*> entries;
  for (const auto& entry : map) entries.push_back(&entry);
  std::sort(entries.begin(), entries.end(), [](auto* x, auto* y) { return x->first < y->first; });
  return entries;
}

int order_paths(const query::Path& a, const query::Path& b) {
  // As the alternating sequence node, relationship, node, ...
  const std::size_t length = std::min(a.nodes.size(), b.nodes.size());
  for (std::size_t i = 0; i < length; ++i) {
    if (a.nodes[i] != b.nodes[i]) return a.nodes[i] < b.nodes[i] ? -1 : 1;
    if (i < a.hops.size() && i < b.hops.size() && a.hops[i].edge != b.hops[i].edge) {
      return a.hops[i].edge < b.hops[i].edge ? -1 : 1;
    }
  }
  return a.nodes.size() < b.nodes.size() ? -1 : a.nodes.size() > b.nodes.size() ? 1 : 0;
}

Tri and_all(Tri acc, Tri next) {
  if (acc == Tri::false_ || next == Tri::false_) return Tri::false_;
  if (acc == Tri::null || next == Tri::null) return Tri::null;
  return Tri::true_;
}

}  // namespace

Value tri_value(Tri t) { return t == Tri::null ? Value() : Value::boolean(t == Tri::true_); }

Tri equal(const Value& a, const Value& b) {
  if (a.is_null() || b.is_null()) return Tri::null;
  if (a.is_number() && b.is_number()) {
    if ((a.kind() == Kind::real && std::isnan(a.as_real())) || (b.kind() == Kind::real && std::isnan(b.as_real())))
      return Tri::false_;
    return tri(order_numbers(a, b) == 0);
  }
  if (a.kind() != b.kind()) return Tri::false_;
  switch (a.kind()) {
    case Kind::boolean:
      return tri(a.as_boolean() == b.as_boolean());
    case Kind::string:
      return tri(a.as_string() == b.as_string());
    case Kind::node:
      return tri(a.as_node() == b.as_node());
    case Kind::relationship:
      return tri(a.as_relationship() == b.as_relationship());
    case Kind::path:
      return tri(a.as_path() == b.as_path());
    case Kind::list: {
      const auto& x = a.as_list();
      const auto& y = b.as_list();
      if (x.size() != y.size()) return Tri::false_;
      Tri result = Tri::true_;
      for (std::size_t i = 0; i < x.size() && result != Tri::false_; ++i) result = and_all(result, equal(x[i], y[i]));
      return result;
    }
    case Kind::map: {
      const auto& x = a.as_map();
      const auto& y = b.as_map();
      if (x.size() != y.size()) return Tri::false_;
      Tri result = Tri::true_;
      for (const auto& [key, value] : x) {
        const Value* other = b.find(key);
        if (other == nullptr) return Tri::false_;
        result = and_all(result, equal(value, *other));
      }
      return result;
    }
    default:
      return Tri::false_;
  }
}

Comparison compare(const Value& a, const Value& b) {
  const auto from = [](int c) { return c < 0 ? Comparison::less : c > 0 ? Comparison::greater : Comparison::equal; };
  if (a.is_number() && b.is_number()) {
    if ((a.kind() == Kind::real && std::isnan(a.as_real())) || (b.kind() == Kind::real && std::isnan(b.as_real())))
      return Comparison::unordered;
    return from(order_numbers(a, b));
  }
  if (a.kind() != b.kind() || a.is_null()) return Comparison::incomparable;
  switch (a.kind()) {
    case Kind::string:
      return from(three_way(a.as_string(), b.as_string()));
    case Kind::boolean:
      return from(static_cast<int>(a.as_boolean()) - static_cast<int>(b.as_boolean()));
    case Kind::list: {
      const auto& x = a.as_list();
      const auto& y = b.as_list();
      for (std::size_t i = 0; i < x.size() && i < y.size(); ++i) {
        const Comparison c = compare(x[i], y[i]);
        if (c != Comparison::equal) return c;
      }
      return from(x.size() < y.size() ? -1 : x.size() > y.size() ? 1 : 0);
    }
    default:
      return Comparison::incomparable;
  }
}

int order(const Value& a, const Value& b) {
  const int rank_a = kind_rank(a.kind());
  const int rank_b = kind_rank(b.kind());
  if (rank_a != rank_b) return rank_a < rank_b ? -1 : 1;
  switch (a.kind()) {
    case Kind::null:
      return 0;
    case Kind::integer:
    case Kind::real:
      return order_numbers(a, b);
    case Kind::boolean:
      return static_cast<int>(a.as_boolean()) - static_cast<int>(b.as_boolean());
    case Kind::string:
      return three_way(a.as_string(), b.as_string());
    case Kind::node:
      return a.as_node() < b.as_node() ? -1 : a.as_node() > b.as_node() ? 1 : 0;
    case Kind::relationship:
      return a.as_relationship() < b.as_relationship() ? -1 : a.as_relationship() > b.as_relationship() ? 1 : 0;
    case Kind::path:
      return order_paths(a.as_path(), b.as_path());
    case Kind::list: {
      const auto& x = a.as_list();
      const auto& y = b.as_list();
      for (std::size_t i = 0; i < x.size() && i < y.size(); ++i) {
        if (const int c = order(x[i], y[i]); c != 0) return c;
      }
      return x.size() < y.size() ? -1 : x.size() > y.size() ? 1 : 0;
    }
    case Kind::map: {
      const auto x = sorted_entries(a.as_map());
      const auto y = sorted_entries(b.as_map());
      for (std::size_t i = 0; i < x.size() && i < y.size(); ++i) {
        if (const int c = three_way(x[i]->first, y[i]->first); c != 0) return c;
        if (const int c = order(x[i]->second, y[i]->second); c != 0) return c;
      }
      return x.size() < y.size() ? -1 : x.size() > y.size() ? 1 : 0;
    }
  }
  return 0;
}

std::size_t hash_value(const Value& v) {
  switch (v.kind()) {
    case Kind::null:
      return 0x9e3779b97f4a7c15ULL;
    case Kind::boolean:
      return absl::HashOf(1, v.as_boolean());
    case Kind::integer:
      return absl::HashOf(2, v.as_integer());
    case Kind::real: {
      const double d = v.as_real();
      if (std::isnan(d)) return 0x7ff8dead;
      // An integral float hashes as the integer it equals, so that 1 and 1.0 (equivalent) collide.
      if (d == std::trunc(d) && d >= -9223372036854775808.0 && d < 9223372036854775808.0) {
        return absl::HashOf(2, static_cast<std::int64_t>(d));
      }
      return absl::HashOf(3, std::bit_cast<std::uint64_t>(d));
    }
    case Kind::string:  // XXH3: this absl hashes strings through std::hash, several times slower
      return XXH3_64bits(v.as_string().data(), v.as_string().size()) ^ 4;
    case Kind::node:
      return absl::HashOf(5, v.as_node().value);
    case Kind::relationship:
      return absl::HashOf(6, v.as_relationship().value);
    case Kind::path: {
      std::size_t h = 7;
      for (graph::NodeId node : v.as_path().nodes) h = absl::HashOf(h, node.value);
      for (const query::Hop& hop : v.as_path().hops) h = absl::HashOf(h, hop.edge.value);
      return h;
    }
    case Kind::list: {
      std::size_t h = 8;
      for (const Value& item : v.as_list()) h = absl::HashOf(h, hash_value(item));
      return h;
    }
    case Kind::map: {
      std::size_t h = 9;  // order-independent: maps with the same entries in another order are equivalent
      for (const auto& [key, value] : v.as_map()) h += absl::HashOf(key, hash_value(value));
      return h;
    }
  }
  return 0;
}

std::size_t RowHash::operator()(std::span<const Value> row) const {
  std::size_t h = row.size();
  for (const Value& v : row) h = absl::HashOf(h, hash_value(v));
  return h;
}

bool RowEquivalent::operator()(std::span<const Value> a, std::span<const Value> b) const {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (!equivalent(a[i], b[i])) return false;
  }
  return true;
}

}  // namespace kg::cypher::detail
