#include "source.h"

namespace kg::cypher::detail {

graph::SourceLocation Source::location(std::uint32_t offset) const {
  if (offset > text.size()) offset = static_cast<std::uint32_t>(text.size());
  std::uint32_t line_number = line;
  std::uint32_t line_start = 0;
  for (std::uint32_t i = 0; i < offset; ++i) {
    if (text[i] == '\n') {
      ++line_number;
      line_start = i + 1;
    }
  }
  const std::uint32_t column_number = offset - line_start + (line_number == line ? column : 1);
  return {name, line_number, column_number};
}

void Source::fail(std::uint32_t offset, std::string message) const {
  throw graph::InputError(location(offset), std::move(message));
}

}  // namespace kg::cypher::detail
