#include "kg/graph/diagnostics.h"

#include <fmt/format.h>

#include <fstream>
#include <optional>

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

namespace {

// The text of line `number` (1-based) of `file`, or nullopt when it cannot be read.
std::optional<std::string> read_line(const std::string& file, std::uint32_t number) {
  std::ifstream in(file, std::ios::binary);
  std::string text;
  for (std::uint32_t i = 1; in && i <= number; ++i) {
    if (!std::getline(in, text)) return std::nullopt;
  }
  if (!in && !in.eof()) return std::nullopt;
  if (!text.empty() && text.back() == '\r') text.pop_back();
  return text;
}

}  // namespace

std::string render_diagnostic(std::string_view severity, const SourceLocation& where, std::string_view message) {
  std::string out = fmt::format("{}: {}: {}\n", where.to_string(), severity, message);
  if (where.line == 0 || where.column == 0) return out;
  const auto line = read_line(where.file, where.line);
  constexpr std::size_t kMaxShown = 160;
  if (!line || line->size() > 4 * kMaxShown) return out;
  // Show a window of the line around the column so long JSON lines stay readable.
  std::size_t column = where.column - 1;
  std::size_t first = column > kMaxShown / 2 ? column - kMaxShown / 2 : 0;
  // A reader that counts lines differently (a lone CR ends a CSV record) may cite a column past this line's end:
  // then the line is not the one meant, and is not shown.
  if (column > line->size()) return out;
  std::string shown = line->substr(first, kMaxShown);
  for (char& c : shown) {
    if (c == '\t') c = ' ';
  }
  const std::string prefix = first > 0 ? "..." : "";
  // The caret sits under the column's character: count characters, not UTF-8 continuation bytes.
  std::size_t caret = prefix.size();
  for (std::size_t i = 0; i < column - first && i < shown.size(); ++i) {
    if ((static_cast<unsigned char>(shown[i]) & 0xC0) != 0x80) ++caret;
  }
  out += fmt::format("{}{}\n{}^\n", prefix, shown, std::string(caret, ' '));
  return out;
}

}  // namespace kg::graph
