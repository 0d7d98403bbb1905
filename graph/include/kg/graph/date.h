#pragma once
/// ISO 8601 calendar dates, possibly partial (`2009`, `2010-08`, `2010-08-23`), and intervals of them (`1992/1997`,
/// `2010-08/2010-09-15`, open ends `2009/..` and `../2010`), packed into two integers.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace kg::graph {

/// A partial date or an interval of two. Each end is packed as yyyymmdd with 00 for a missing month or day.
/// `packed` is the date (an interval's start), 0 meaning "undated"; `end` is 0 for a point date, else the interval's
/// end. Either end of an interval may be kOpen (`..`), not both. Sources' and decisions' dates are points.
struct PartialDate {
  static constexpr std::int32_t kOpen = -1;  ///< an open end, written `..`
  /// The span an open end stands for: the first and last day a date can name (0001-01-01, 9999-12-31), so an open
  /// interval overlaps every window on its open side and lies within none that is bounded there.
  static constexpr std::int32_t kOpenEarliest = 1'01'01;
  static constexpr std::int32_t kOpenLatest = 9999'12'31;

  std::int32_t packed = 0;
  std::int32_t end = 0;

  bool dated() const { return packed != 0; }
  bool is_interval() const { return end != 0; }
  /// True for undated and for every value parse_date can produce (a graph file is checked with it).
  bool is_valid() const;
  /// First and last day the date may denote, as yyyymmdd: `2010-08` spans 20100801..20100831, `1992/1997`
  /// 19920101..19971231, `2009/..` 20090101..kOpenLatest. 0 and 0 when undated.
  std::int32_t earliest() const;
  std::int32_t latest() const;
  /// The date as written in ISO form (`2010`, `2010-08-23`, `1992/1997`, `2009/..`); "" when undated.
  std::string to_string() const;
  friend bool operator==(PartialDate, PartialDate) = default;
};

/// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; a full date may be followed by `T` or a space and an ISO 8601 time
/// of day (`14:30`, `14:30:05.25Z`, `14:30+05:00`), which is checked and ignored. Returns nullopt on any other text
/// (`2010-08-23 extra`, an interval) or an impossible date (month 13, February 30).
std::optional<PartialDate> parse_partial_date(std::string_view text);

/// What parse_date found: the date, or why the text is none.
struct ParsedDate {
  PartialDate date{};
  std::string_view error{};  ///< empty on success, else a phrase such as "the interval ends before it starts"
  explicit operator bool() const { return error.empty(); }
};

/// Parses a point date as parse_partial_date does, or an interval `START/END` whose ends are point dates or `..`
/// (not both): `parse_date("1992/1997").date.to_string() == "1992/1997"`. END may not end before START begins
/// (`2010-08/2010-08-15` is fine, `2010/2009` is not).
ParsedDate parse_date(std::string_view text);

}  // namespace kg::graph
