#include "cell_text.h"

#include <fmt/format.h>

#include <algorithm>

#include "kg/graph/text.h"

namespace kg::render::detail {

std::string one_line(std::string_view text) {
  std::string line(text);
  std::replace_if(
      line.begin(), line.end(), [](char c) { return c == '\n' || c == '\r' || c == '\t'; }, ' ');
  return graph::escape_controls(line);
}

std::string truncated(std::string_view text, std::size_t limit) {
  std::size_t seen = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (!graph::is_utf8_continuation(text[i]) && seen++ == limit) return std::string(text.substr(0, i)) + "…";
  }
  return std::string(text);
}

std::string padded(std::string_view text, std::size_t width, bool right) {
  const std::size_t length = graph::utf8_length(text);
  const std::string fill(width > length ? width - length : 0, ' ');
  return right ? fill + std::string(text) : std::string(text) + fill;
}

std::string plural(std::size_t count, std::string_view word) {
  return fmt::format("{} {}{}", count, word, count == 1 ? "" : "s");
}

}  // namespace kg::render::detail
