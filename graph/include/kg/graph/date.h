#pragma once
/// ISO 8601 calendar dates, possibly partial (`2009`, `2010-08`, `2010-08-23`), packed into one integer.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace kg::graph {

/// A partial date packed as yyyymmdd with 00 for a missing month or day; 0 means "undated".
struct PartialDate {
  std::int32_t packed = 0;

  bool dated() const { return packed != 0; }
  /// True for 0 and for every value parse_partial_date can produce (a graph file is checked with it).
  bool is_valid() const;
  /// First and last day the date may denote, as yyyymmdd (`2010-08` spans 20100801..20100831).
  std::int32_t earliest() const;
  std::int32_t latest() const;
  /// The date as written in ISO form (`2010`, `2010-08` or `2010-08-23`); "" when undated.
  std::string to_string() const;
  friend bool operator==(PartialDate, PartialDate) = default;
};

/// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (a `T...` time part is accepted and ignored). Returns nullopt on any
/// other text or an impossible date (month 13, February 30).
std::optional<PartialDate> parse_partial_date(std::string_view text);

}  // namespace kg::graph
