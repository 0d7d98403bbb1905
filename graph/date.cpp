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

}  // namespace

bool PartialDate::is_valid() const {
  if (packed == 0) return true;
  const int year = packed / 10000;
  const int month = packed / 100 % 100;
  const int day = packed % 100;
  if (packed < 0 || year < 1 || year > 9999 || month > 12) return false;
  if (month == 0) return day == 0;
  return day <= days_in_month(year, month);
}

std::int32_t PartialDate::earliest() const {
  if (!dated()) return 0;
  std::int32_t month = packed / 100 % 100;
  std::int32_t day = packed % 100;
  return packed / 10000 * 10000 + (month == 0 ? 1 : month) * 100 + (day == 0 ? 1 : day);
}

std::int32_t PartialDate::latest() const {
  if (!dated()) return 0;
  const int year = packed / 10000;
  const int month = packed / 100 % 100;
  const int day = packed % 100;
  const int last_month = month == 0 ? 12 : month;
  return year * 10000 + last_month * 100 + (day == 0 ? days_in_month(year, last_month) : day);
}

std::string PartialDate::to_string() const {
  if (!dated()) return {};
  const int year = packed / 10000;
  const int month = packed / 100 % 100;
  const int day = packed % 100;
  if (month == 0) return fmt::format("{:04}", year);
  if (day == 0) return fmt::format("{:04}-{:02}", year, month);
  return fmt::format("{:04}-{:02}-{:02}", year, month, day);
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
  // A time part is accepted only after a full date.
  if (end != text.size() && !(day != 0 && (text[end] == 'T' || text[end] == ' '))) return std::nullopt;
  return PartialDate{year * 10000 + month * 100 + day};
}

}  // namespace kg::graph
