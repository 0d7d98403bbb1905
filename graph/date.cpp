#include "kg/graph/date.h"

#include <fmt/format.h>

#include <charconv>

namespace kg::graph {
namespace {

bool is_leap(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int days_in_month(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 31;  // only reachable from a PartialDate that is_valid() refuses
  return month == 2 && is_leap(year) ? 29 : kDays[month - 1];
}

// Reads exactly `width` digits at `pos`; -1 when they are not all digits.
int read_digits(std::string_view text, std::size_t pos, std::size_t width) {
  if (text.size() < pos + width) return -1;
  int value = 0;
  const char* first = text.data() + pos;
  auto [end, error] = std::from_chars(first, first + width, value);
  return error == std::errc{} && end == first + width ? value : -1;
}

/// True for `width` digits at `pos` whose value is at most `max`.
bool digits_at_most(std::string_view text, std::size_t pos, std::size_t width, int max) {
  const int value = read_digits(text, pos, width);
  return value >= 0 && value <= max;
}

/// True when `time` is an ISO 8601 time of day: `HH:MM`, `HH:MM:SS` or `HH:MM:SS.fff`, then optionally `Z` or an
/// offset `+HH:MM`, `-HH:MM`, `+HHMM` or `+HH`.
bool is_time_of_day(std::string_view time) {
  if (!digits_at_most(time, 0, 2, 23) || time.size() < 5 || time[2] != ':' || !digits_at_most(time, 3, 2, 59)) {
    return false;
  }
  std::size_t end = 5;
  if (end < time.size() && time[end] == ':') {
    if (!digits_at_most(time, end + 1, 2, 60)) return false;  // 60: a leap second
    end += 3;
    if (end < time.size() && (time[end] == '.' || time[end] == ',')) {
      const std::size_t digits = time.find_first_not_of("0123456789", end + 1);
      const std::size_t stop = digits == std::string_view::npos ? time.size() : digits;
      if (stop == end + 1) return false;
      end = stop;
    }
  }
  const std::string_view zone = time.substr(end);
  if (zone.empty() || zone == "Z") return true;
  if (zone[0] != '+' && zone[0] != '-') return false;
  if (!digits_at_most(zone, 1, 2, 23)) return false;
  if (zone.size() == 3) return true;
  if (zone.size() == 5) return digits_at_most(zone, 3, 2, 59);
  return zone.size() == 6 && zone[3] == ':' && digits_at_most(zone, 4, 2, 59);
}

/// True for 0 and for every point date parse_partial_date can produce.
bool valid_point(std::int32_t packed) {
  if (packed == 0) return true;
  const int year = packed / 10000;
  const int month = packed / 100 % 100;
  const int day = packed % 100;
  if (packed < 0 || year < 1 || year > 9999 || month > 12) return false;
  if (month == 0) return day == 0;
  return day <= days_in_month(year, month);
}

std::int32_t point_earliest(std::int32_t packed) {
  if (packed == PartialDate::kOpen) return PartialDate::kOpenEarliest;
  const std::int32_t month = packed / 100 % 100;
  const std::int32_t day = packed % 100;
  return packed / 10000 * 10000 + (month == 0 ? 1 : month) * 100 + (day == 0 ? 1 : day);
}

std::int32_t point_latest(std::int32_t packed) {
  if (packed == PartialDate::kOpen) return PartialDate::kOpenLatest;
  const int year = packed / 10000;
  const int month = packed / 100 % 100;
  const int day = packed % 100;
  const int last_month = month == 0 ? 12 : month;
  return year * 10000 + last_month * 100 + (day == 0 ? days_in_month(year, last_month) : day);
}

std::string point_text(std::int32_t packed) {
  if (packed == PartialDate::kOpen) return "..";
  const int year = packed / 10000;
  const int month = packed / 100 % 100;
  const int day = packed % 100;
  if (month == 0) return fmt::format("{:04}", year);
  if (day == 0) return fmt::format("{:04}-{:02}", year, month);
  return fmt::format("{:04}-{:02}-{:02}", year, month, day);
}

/// One end of an interval: a point date or `..` (kOpen); nullopt for anything else.
std::optional<std::int32_t> parse_end(std::string_view text) {
  if (text == "..") return PartialDate::kOpen;
  if (const auto point = parse_partial_date(text)) return point->packed;
  return std::nullopt;
}

}  // namespace

bool PartialDate::is_valid() const {
  if (end == 0) return valid_point(packed);
  const bool start_ok = packed == kOpen || (packed != 0 && valid_point(packed));
  const bool end_ok = end == kOpen || valid_point(end);
  if (!start_ok || !end_ok || (packed == kOpen && end == kOpen)) return false;
  return point_latest(end) >= point_earliest(packed);
}

std::int32_t PartialDate::earliest() const { return dated() ? point_earliest(packed) : 0; }

std::int32_t PartialDate::latest() const { return dated() ? point_latest(is_interval() ? end : packed) : 0; }

std::string PartialDate::to_string() const {
  if (!dated()) return {};
  if (!is_interval()) return point_text(packed);
  return point_text(packed) + "/" + point_text(end);
}

ParsedDate parse_date(std::string_view text) {
  const std::size_t slash = text.find('/');
  if (slash == std::string_view::npos) {
    if (const auto point = parse_partial_date(text)) return {*point, {}};
    return {{}, "expected YYYY, YYYY-MM or YYYY-MM-DD, or an interval START/END of those"};
  }
  const auto start = parse_end(text.substr(0, slash));
  const auto end = parse_end(text.substr(slash + 1));
  if (!start || !end) return {{}, "expected an interval START/END, each end YYYY, YYYY-MM, YYYY-MM-DD or .."};
  if (*start == PartialDate::kOpen && *end == PartialDate::kOpen) {
    return {{}, "an interval needs at least one end that is a date, not \"../..\""};
  }
  const PartialDate date{*start, *end};
  if (!date.is_valid()) return {{}, "the interval ends before it starts"};
  return {date, {}};
}

std::optional<PartialDate> parse_partial_date(std::string_view text) {
  const int year = read_digits(text, 0, 4);
  if (year < 1) return std::nullopt;
  std::size_t end = 4;
  int month = 0;
  int day = 0;
  if (text.size() > end && text[end] == '-') {
    month = read_digits(text, end + 1, 2);
    if (month < 1 || month > 12) return std::nullopt;
    end += 3;
    if (text.size() > end && text[end] == '-') {
      day = read_digits(text, end + 1, 2);
      if (day < 1 || day > days_in_month(year, month)) return std::nullopt;
      end += 3;
    }
  }
  // A time of day is accepted (and ignored) only after a full date; nothing else may follow.
  if (end != text.size() &&
      !(day != 0 && (text[end] == 'T' || text[end] == ' ') && is_time_of_day(text.substr(end + 1)))) {
    return std::nullopt;
  }
  return PartialDate{year * 10000 + month * 100 + day};
}

}  // namespace kg::graph
