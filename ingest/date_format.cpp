#include "date_format.h"

#include <array>
#include <charconv>
#include <cstdio>

#include "kg/graph/text.h"

namespace kg::ingest::detail {
namespace {

constexpr std::array<std::string_view, 12> kMonths = {"january",   "february", "march",    "april",
                                                      "may",       "june",     "july",     "august",
                                                      "september", "october",  "november", "december"};

/// Reads `min`..`max` digits at the start of `text` into `value`; false when there are fewer than `min`.
bool digits(std::string_view& text, std::size_t min, std::size_t max, int& value) {
  std::size_t count = 0;
  while (count < max && count < text.size() && text[count] >= '0' && text[count] <= '9') ++count;
  if (count < min) return false;
  std::from_chars(text.data(), text.data() + count, value);
  text.remove_prefix(count);
  return true;
}

/// A month name (`full`) or its first three letters at the start of `text`, in any case.
bool month_name(std::string_view& text, bool full, int& month) {
  for (std::size_t m = 0; m < kMonths.size(); ++m) {
    const std::string_view name = full ? kMonths[m] : kMonths[m].substr(0, 3);
    if (text.size() >= name.size() && kg::graph::equals_ascii_folded(text.substr(0, name.size()), name)) {
      month = static_cast<int>(m) + 1;
      text.remove_prefix(name.size());
      return true;
    }
  }
  return false;
}

}  // namespace

std::optional<kg::graph::PartialDate> parse_date_with_format(std::string_view text, std::string_view format) {
  int year = -1, month = 0, day = 0;
  for (std::size_t i = 0; i < format.size(); ++i) {
    if (format[i] != '%' || i + 1 == format.size()) {
      if (text.empty() || kg::graph::ascii_lower(text.front()) != kg::graph::ascii_lower(format[i]))
        return std::nullopt;
      text.remove_prefix(1);
      continue;
    }
    bool ok = false;
    switch (format[++i]) {
      case 'Y':
        ok = digits(text, 4, 4, year);
        break;
      case 'm':
        ok = digits(text, 1, 2, month);
        break;
      case 'd':
        ok = digits(text, 1, 2, day);
        break;
      case 'b':
        ok = month_name(text, false, month);
        break;
      case 'B':
        ok = month_name(text, true, month);
        break;
      case '%':
        ok = !text.empty() && text.front() == '%';
        if (ok) text.remove_prefix(1);
        break;
      default:
        break;
    }
    if (!ok) return std::nullopt;
  }
  if (!text.empty() || year < 0 || (day != 0 && month == 0)) return std::nullopt;
  char iso[11];
  const int length = month == 0 ? std::snprintf(iso, sizeof iso, "%04d", year)
                     : day == 0 ? std::snprintf(iso, sizeof iso, "%04d-%02d", year, month)
                                : std::snprintf(iso, sizeof iso, "%04d-%02d-%02d", year, month, day);
  return kg::graph::parse_partial_date(std::string_view(iso, static_cast<std::size_t>(length)));  // checks the calendar
}

}  // namespace kg::ingest::detail
