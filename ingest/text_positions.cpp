#include "text_positions.h"

#include "kg/graph/diagnostics.h"

namespace kg::ingest::detail {

void throw_input_error(TextPositions& text, std::string_view file, std::size_t offset, std::string message) {
  const LineColumn where = text.locate(offset);
  throw kg::graph::InputError({std::string(file), where.line, where.column}, std::move(message));
}

}  // namespace kg::ingest::detail
