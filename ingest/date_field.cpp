#include "date_field.h"

#include <fmt/format.h>

namespace kg::ingest::detail {

std::string date_expected(std::string_view key, std::string_view point_of) {
  if (!point_of.empty())
    return fmt::format("\"{}\" must be an ISO 8601 date string (YYYY, YYYY-MM or YYYY-MM-DD)", key);
  return fmt::format(
      "\"{}\" must be an ISO 8601 date or interval string (YYYY, YYYY-MM, YYYY-MM-DD, or START/END of those with .. "
      "for an open end)",
      key);
}

FieldDate read_date_field(std::string_view text, std::string_view key, std::string_view point_of) {
  const kg::graph::ParsedDate parsed = kg::graph::parse_date(text);
  if (parsed && parsed.date.is_interval() && !point_of.empty()) {
    return {{}, fmt::format("{}'s date is a single date, not an interval", point_of)};
  }
  if (parsed) return {parsed.date, {}};
  if (text.find('/') != std::string_view::npos && point_of.empty()) {
    return {{}, fmt::format("\"{}\" is not an ISO 8601 interval: {}", key, parsed.error)};
  }
  return {{}, date_expected(key, point_of)};
}

}  // namespace kg::ingest::detail
