#include "kg/graph/diagnostics.h"

#include <fmt/format.h>

#include <algorithm>

#include "kg/graph/text.h"

namespace kg::graph {

std::string SourceLocation::to_string() const {
  if (line == 0) return file;
  if (column == 0) return fmt::format("{}:{}", file, line);
  return fmt::format("{}:{}:{}", file, line, column);
}

InputError::InputError(SourceLocation where, std::string message)
    : std::runtime_error(fmt::format("{}: {}", where.to_string(), message)),
      where_(std::move(where)),
      message_(std::move(message)) {}

std::optional<std::string_view> line_of(std::string_view text, std::uint32_t number) {
  if (number == 0) return std::nullopt;
  std::size_t begin = 0;
  for (std::uint32_t i = 1; i < number; ++i) {
    const std::size_t newline = text.find('\n', begin);
    if (newline == std::string_view::npos) return std::nullopt;
    begin = newline + 1;
  }
  if (begin == text.size() && number > 1) return std::nullopt;
  std::string_view line = text.substr(begin, text.find('\n', begin) - begin);
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  return line;
}

std::string render_diagnostic(std::string_view severity, const SourceLocation& where, std::string_view message,
                              std::optional<std::string_view> line) {
  // Names and lines come from the input: shown with their control characters escaped, never sent to the terminal.
  std::string out =
      fmt::format("{}: {}: {}\n", escape_controls(where.to_string()), severity, escape_controls(message, true));
  if (where.line == 0 || where.column == 0) return out;
  constexpr std::size_t kMaxShown = 160;
  if (!line || line->size() > 4 * kMaxShown) return out;
  // Show a window of the line around the column so long JSON lines stay readable.
  std::size_t column = where.column - 1;
  std::size_t first = column > kMaxShown / 2 ? column - kMaxShown / 2 : 0;
  // A reader that counts lines differently (a lone CR ends a CSV record) may cite a column past this line's end:
  // then the line is not the one meant, and is not shown.
  if (column > line->size()) return out;
  std::string window(line->substr(first, kMaxShown));
  std::replace(window.begin(), window.end(), '\t', ' ');
  const std::string prefix = first > 0 ? "..." : "";
  // The caret sits under the column's character: count the characters shown before it, escapes included.
  const std::string before = escape_controls(std::string_view(window).substr(0, column - first));
  const std::size_t caret = prefix.size() + utf8_length(before);
  out += fmt::format("{}{}\n{}^\n", prefix, escape_controls(window), std::string(caret, ' '));
  return out;
}

}  // namespace kg::graph
