#include "cell_value.h"

#include <algorithm>
#include <charconv>
#include <cstdint>

namespace kg::ingest::detail {
namespace {

bool looks_numeric(std::string_view text) {
  std::string_view digits = text;
  if (!digits.empty() && digits.front() == '-') digits.remove_prefix(1);
  if (digits.empty() || !(digits.front() >= '0' && digits.front() <= '9')) return false;
  // A leading zero followed by another digit is a code (`007`), not a number.
  return !(digits.size() > 1 && digits[0] == '0' && digits[1] >= '0' && digits[1] <= '9');
}

/// For a decimal number from_chars found out of a double's range: true when it is too close to zero (so it reads
/// as zero, as JSON readers and strtod read it), false when it is too large. Compares the decimal exponent of its
/// first significant digit with zero.
bool underflows(std::string_view text) {
  const std::size_t e = text.find_first_of("eE");
  const std::string_view mantissa = text.substr(0, e);
  // A zero significand is zero whatever its exponent (0e400).
  if (mantissa.find_first_of("123456789") == std::string_view::npos) return true;
  long exponent = 0;
  if (e != std::string_view::npos) {
    std::string_view digits = text.substr(e + 1);
    const bool negative = !digits.empty() && digits.front() == '-';
    if (!digits.empty() && (digits.front() == '-' || digits.front() == '+')) digits.remove_prefix(1);
    const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), exponent);
    if (error == std::errc::result_out_of_range) return negative;  // an exponent beyond a long: its sign decides
    if (negative) exponent = -exponent;
  }
  const std::size_t point = std::min(mantissa.find('.'), mantissa.size());
  const std::size_t first = mantissa.find_first_of("123456789");
  if (first == std::string_view::npos) return true;
  const long magnitude = first < point ? static_cast<long>(point - first) - 1 : -static_cast<long>(first - point);
  return magnitude < -exponent;
}

}  // namespace

std::optional<double> parse_number(std::string_view text) {
  if (!looks_numeric(text)) return std::nullopt;
  double value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (end != text.data() + text.size()) return std::nullopt;
  if (error == std::errc::result_out_of_range && underflows(text)) return text.front() == '-' ? -0.0 : 0.0;
  if (error != std::errc()) return std::nullopt;
  return value;
}

kg::graph::PropertyValue typed_cell(std::string_view text) {
  if (text == "true") return true;
  if (text == "false") return false;
  if (!looks_numeric(text)) return text;
  std::int64_t integer = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), integer);
  if (error == std::errc() && end == text.data() + text.size()) return integer;
  // An integer beyond 64 bits (a 20-digit account or phone code) stays text rather than becoming 1e+20.
  if (error == std::errc::result_out_of_range && end == text.data() + text.size()) return text;
  if (auto number = parse_number(text)) return *number;
  return text;
}

}  // namespace kg::ingest::detail
