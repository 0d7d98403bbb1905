#include "arithmetic.h"

#include <fmt/format.h>

#include <cmath>
#include <limits>

#include "text.h"

namespace kg::cypher::detail {
namespace {

using query::Value;
using Kind = Value::Kind;

[[noreturn]] void mismatch(std::string_view op, const Value& a, const Value& b) {
  throw ValueError(
      fmt::format("cannot apply {} to {} and {}", op, query::kind_name(a.kind()), query::kind_name(b.kind())));
}

[[noreturn]] void overflow(std::string_view op, std::int64_t a, std::int64_t b) {
  throw ValueError(fmt::format("integer overflow: {} {} {} does not fit in 64 bits", a, op, b));
}

bool both_integers(const Value& a, const Value& b) { return a.kind() == Kind::integer && b.kind() == Kind::integer; }

}  // namespace

Value add(const Value& a, const Value& b) {
  if (a.is_null() || b.is_null()) return {};
  if (both_integers(a, b)) {
    std::int64_t result = 0;
    if (__builtin_add_overflow(a.as_integer(), b.as_integer(), &result)) overflow("+", a.as_integer(), b.as_integer());
    return Value::integer(result);
  }
  if (a.is_number() && b.is_number()) return Value::real(a.as_number() + b.as_number());
  if (a.kind() == Kind::list || b.kind() == Kind::list) {
    query::ValueList items;
    for (const Value* side : {&a, &b}) {
      if (side->kind() == Kind::list) {
        items.insert(items.end(), side->as_list().begin(), side->as_list().end());
      } else {
        items.push_back(*side);
      }
    }
    return Value::list(std::move(items));
  }
  const auto concatenable = [](const Value& v) {
    return v.kind() == Kind::string || v.is_number() || v.kind() == Kind::boolean;
  };
  if ((a.kind() == Kind::string || b.kind() == Kind::string) && concatenable(a) && concatenable(b)) {
    return Value::string(display_text(a) + display_text(b));
  }
  mismatch("+", a, b);
}

Value subtract(const Value& a, const Value& b) {
  if (a.is_null() || b.is_null()) return {};
  if (both_integers(a, b)) {
    std::int64_t result = 0;
    if (__builtin_sub_overflow(a.as_integer(), b.as_integer(), &result)) overflow("-", a.as_integer(), b.as_integer());
    return Value::integer(result);
  }
  if (a.is_number() && b.is_number()) return Value::real(a.as_number() - b.as_number());
  mismatch("-", a, b);
}

Value multiply(const Value& a, const Value& b) {
  if (a.is_null() || b.is_null()) return {};
  if (both_integers(a, b)) {
    std::int64_t result = 0;
    if (__builtin_mul_overflow(a.as_integer(), b.as_integer(), &result)) overflow("*", a.as_integer(), b.as_integer());
    return Value::integer(result);
  }
  if (a.is_number() && b.is_number()) return Value::real(a.as_number() * b.as_number());
  mismatch("*", a, b);
}

Value divide(const Value& a, const Value& b) {
  if (a.is_null() || b.is_null()) return {};
  if (both_integers(a, b)) {
    if (b.as_integer() == 0) throw ValueError("division by zero");
    if (a.as_integer() == std::numeric_limits<std::int64_t>::min() && b.as_integer() == -1) {
      overflow("/", a.as_integer(), b.as_integer());
    }
    return Value::integer(a.as_integer() / b.as_integer());
  }
  if (a.is_number() && b.is_number()) return Value::real(a.as_number() / b.as_number());
  mismatch("/", a, b);
}

Value modulo(const Value& a, const Value& b) {
  if (a.is_null() || b.is_null()) return {};
  if (both_integers(a, b)) {
    if (b.as_integer() == 0) throw ValueError("division by zero in %");
    if (b.as_integer() == -1) return Value::integer(0);
    return Value::integer(a.as_integer() % b.as_integer());
  }
  if (a.is_number() && b.is_number()) return Value::real(std::fmod(a.as_number(), b.as_number()));
  mismatch("%", a, b);
}

Value power(const Value& a, const Value& b) {
  if (a.is_null() || b.is_null()) return {};
  if (a.is_number() && b.is_number()) return Value::real(std::pow(a.as_number(), b.as_number()));
  mismatch("^", a, b);
}

Value negate(const Value& a) {
  if (a.is_null()) return {};
  if (a.kind() == Kind::integer) {
    if (a.as_integer() == std::numeric_limits<std::int64_t>::min()) {
      throw ValueError(fmt::format("integer overflow: -({}) does not fit in 64 bits", a.as_integer()));
    }
    return Value::integer(-a.as_integer());
  }
  if (a.kind() == Kind::real) return Value::real(-a.as_real());
  throw ValueError(fmt::format("cannot negate {}", query::kind_name(a.kind())));
}

}  // namespace kg::cypher::detail
