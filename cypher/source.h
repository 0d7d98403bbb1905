#pragma once
// Source: the text of one statement and where it sits in what the user wrote, so that byte offsets (kept by the
// lexer and every AST node) become `query:LINE:COL` only when a message is made.
#include <cstdint>
#include <string>
#include <string_view>

#include "kg/graph/diagnostics.h"

namespace kg::cypher::detail {

struct Source {
  std::string_view text;
  std::string name = "query";
  std::uint32_t line = 1;    ///< line of text[0] in the named source
  std::uint32_t column = 1;  ///< column of text[0] in that line

  /// The line and column (in bytes, from 1) of byte `offset` of `text`.
  graph::SourceLocation location(std::uint32_t offset) const;
  /// Throws graph::InputError at `offset`.
  [[noreturn]] void fail(std::uint32_t offset, std::string message) const;
};

}  // namespace kg::cypher::detail
