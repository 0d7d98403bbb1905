// String functions and type conversions. Positions and lengths count characters (code points), not bytes; case
// mapping is ASCII only (other letters are kept as written).
#include <fmt/format.h>

#include <cctype>
#include <charconv>
#include <cmath>

#include "arithmetic.h"
#include "functions.h"
#include "kg/graph/text.h"
#include "text.h"

namespace kg::cypher::detail {
namespace {

using Kind = Value::Kind;

[[noreturn]] void wrong_kind(std::string_view expected, const Value& got) {
  throw ValueError(fmt::format("expected {}, got {}", expected, query::kind_name(got.kind())));
}

std::string_view text_argument(const Value& v) {
  if (v.kind() != Kind::string) wrong_kind("a string", v);
  return v.as_string();
}

std::int64_t integer_argument(const Value& v) {
  if (v.kind() != Kind::integer) wrong_kind("an integer", v);
  return v.as_integer();
}

// The byte offset of code point `n` in `text` (text.size() when past the end).
std::size_t byte_offset(std::string_view text, std::int64_t n) {
  std::size_t i = 0;
  for (; i < text.size() && n > 0; --n) {
    ++i;
    while (i < text.size() && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) ++i;
  }
  return i;
}

Value to_string(std::span<const Value> a, ExecContext&) {
  const Value& v = a[0];
  if (v.is_null()) return {};
  if (v.kind() == Kind::string) return v;
  if (v.is_number() || v.kind() == Kind::boolean) return Value::string(display_text(v));
  wrong_kind("a string, number or boolean", v);
}

std::optional<std::int64_t> parse_integer(std::string_view text) {
  std::int64_t value = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error == std::errc{} && end == text.data() + text.size()) return value;
  return std::nullopt;
}

std::optional<double> parse_float(std::string_view text) {
  double value = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error == std::errc{} && end == text.data() + text.size()) return value;
  return std::nullopt;
}

Value integer_from_float(double d) {
  if (!std::isfinite(d) || d >= 9223372036854775808.0 || d < -9223372036854775808.0) return {};
  return Value::integer(static_cast<std::int64_t>(std::trunc(d)));
}

Value to_integer(std::span<const Value> a, ExecContext&) {
  const Value& v = a[0];
  switch (v.kind()) {
    case Kind::null:
      return {};
    case Kind::integer:
      return v;
    case Kind::real:
      return integer_from_float(v.as_real());
    case Kind::boolean:
      return Value::integer(v.as_boolean() ? 1 : 0);
    case Kind::string: {
      if (auto integer = parse_integer(v.as_string())) return Value::integer(*integer);
      if (auto real = parse_float(v.as_string())) return integer_from_float(*real);
      return {};
    }
    default:
      wrong_kind("a string, number or boolean", v);
  }
}

Value to_float(std::span<const Value> a, ExecContext&) {
  const Value& v = a[0];
  switch (v.kind()) {
    case Kind::null:
      return {};
    case Kind::integer:
      return Value::real(static_cast<double>(v.as_integer()));
    case Kind::real:
      return v;
    case Kind::string: {
      if (auto real = parse_float(v.as_string())) return Value::real(*real);
      return {};
    }
    default:
      wrong_kind("a string or number", v);
  }
}

Value to_boolean(std::span<const Value> a, ExecContext&) {
  const Value& v = a[0];
  switch (v.kind()) {
    case Kind::null:
      return {};
    case Kind::boolean:
      return v;
    case Kind::integer:
      return Value::boolean(v.as_integer() != 0);
    case Kind::string: {
      std::string lower(v.as_string());
      for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      if (lower == "true") return Value::boolean(true);
      if (lower == "false") return Value::boolean(false);
      return {};
    }
    default:
      wrong_kind("a string, integer or boolean", v);
  }
}

template <int (*Map)(int)>
Value map_case(std::span<const Value> a, ExecContext&) {
  if (a[0].is_null()) return {};
  std::string text(text_argument(a[0]));
  for (char& c : text) c = static_cast<char>(Map(static_cast<unsigned char>(c)));
  return Value::string(std::move(text));
}

bool is_space(char c) { return std::isspace(static_cast<unsigned char>(c)) != 0; }

template <bool Left, bool Right>
Value trim(std::span<const Value> a, ExecContext&) {
  if (a[0].is_null()) return {};
  std::string_view text = text_argument(a[0]);
  while (Left && !text.empty() && is_space(text.front())) text.remove_prefix(1);
  while (Right && !text.empty() && is_space(text.back())) text.remove_suffix(1);
  return Value::string(std::string(text));
}

Value substring(std::span<const Value> a, ExecContext&) {
  if (a[0].is_null() || a[1].is_null()) return {};
  const std::string_view text = text_argument(a[0]);
  const std::int64_t start = integer_argument(a[1]);
  if (start < 0) throw ValueError("the start must not be negative");
  const std::size_t first = byte_offset(text, start);
  if (a.size() < 3 || a[2].is_null()) return Value::string(std::string(text.substr(first)));
  const std::int64_t length = integer_argument(a[2]);
  if (length < 0) throw ValueError("the length must not be negative");
  const std::size_t last = first + byte_offset(text.substr(first), length);
  return Value::string(std::string(text.substr(first, last - first)));
}

Value left(std::span<const Value> a, ExecContext&) {
  if (a[0].is_null()) return {};
  const std::string_view text = text_argument(a[0]);
  const std::int64_t length = integer_argument(a[1]);
  if (length < 0) throw ValueError("the length must not be negative");
  return Value::string(std::string(text.substr(0, byte_offset(text, length))));
}

Value right(std::span<const Value> a, ExecContext&) {
  if (a[0].is_null()) return {};
  const std::string_view text = text_argument(a[0]);
  const std::int64_t length = integer_argument(a[1]);
  if (length < 0) throw ValueError("the length must not be negative");
  const auto total = static_cast<std::int64_t>(graph::utf8_length(text));
  return Value::string(std::string(text.substr(byte_offset(text, std::max<std::int64_t>(0, total - length)))));
}

Value split(std::span<const Value> a, ExecContext&) {
  if (a[0].is_null() || a[1].is_null()) return {};
  const std::string_view text = text_argument(a[0]);
  const std::string_view delimiter = text_argument(a[1]);
  query::ValueList parts;
  if (delimiter.empty()) {
    for (std::size_t i = 0; i < text.size();) {
      const std::size_t next = byte_offset(text.substr(i), 1) + i;
      parts.push_back(Value::string(std::string(text.substr(i, next - i))));
      i = next;
    }
    return Value::list(std::move(parts));
  }
  std::size_t from = 0;
  for (std::size_t at; (at = text.find(delimiter, from)) != std::string_view::npos; from = at + delimiter.size()) {
    parts.push_back(Value::string(std::string(text.substr(from, at - from))));
  }
  parts.push_back(Value::string(std::string(text.substr(from))));
  return Value::list(std::move(parts));
}

Value replace(std::span<const Value> a, ExecContext&) {
  if (a[0].is_null() || a[1].is_null() || a[2].is_null()) return {};
  const std::string_view text = text_argument(a[0]);
  const std::string_view search = text_argument(a[1]);
  const std::string_view replacement = text_argument(a[2]);
  std::string result;
  if (search.empty()) {  // as Java does: the replacement between every two characters and at both ends
    for (std::size_t i = 0; i < text.size();) {
      result += replacement;
      const std::size_t next = byte_offset(text.substr(i), 1) + i;
      result += text.substr(i, next - i);
      i = next;
    }
    result += replacement;
    return Value::string(std::move(result));
  }
  std::size_t from = 0;
  for (std::size_t at; (at = text.find(search, from)) != std::string_view::npos; from = at + search.size()) {
    result += text.substr(from, at - from);
    result += replacement;
  }
  result += text.substr(from);
  return Value::string(std::move(result));
}

constexpr ScalarFunction kStringFunctions[] = {
    {"toString", 1, 1, to_string},
    {"toInteger", 1, 1, to_integer},
    {"toFloat", 1, 1, to_float},
    {"toBoolean", 1, 1, to_boolean},
    {"toLower", 1, 1, map_case<std::tolower>},
    {"toUpper", 1, 1, map_case<std::toupper>},
    {"trim", 1, 1, trim<true, true>},
    {"ltrim", 1, 1, trim<true, false>},
    {"rtrim", 1, 1, trim<false, true>},
    {"substring", 2, 3, substring},
    {"left", 2, 2, left},
    {"right", 2, 2, right},
    {"split", 2, 2, split},
    {"replace", 3, 3, replace},
};

}  // namespace

std::span<const ScalarFunction> string_functions() { return kStringFunctions; }

}  // namespace kg::cypher::detail
