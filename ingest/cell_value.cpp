#include "cell_value.h"

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

}  // namespace

std::optional<double> parse_number(std::string_view text) {
  if (!looks_numeric(text)) return std::nullopt;
  double value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return value;
}

kg::graph::PropertyValue typed_cell(std::string_view text) {
  if (text == "true") return true;
  if (text == "false") return false;
  if (!looks_numeric(text)) return text;
  std::int64_t integer = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), integer);
  if (error == std::errc() && end == text.data() + text.size()) return integer;
  if (auto number = parse_number(text)) return *number;
  return text;
}

}  // namespace kg::ingest::detail
