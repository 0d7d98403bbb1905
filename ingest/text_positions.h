#pragma once
/// TextPositions: what the JSON record collector needs from whatever it parses: the parser's byte offset, where
/// the next value starts, and an offset turned into line and column (only for records and messages).
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace kg::ingest::detail {

struct LineColumn {
  std::uint32_t line = 0;
  std::uint32_t column = 0;  ///< 0 when the line start is no longer buffered
};

class TextPositions {
 public:
  virtual ~TextPositions() = default;
  /// The parser's current byte offset.
  virtual std::size_t tell() const = 0;
  /// The first offset at or after `offset` that is not white space, ':' or ','; `offset` itself when those bytes
  /// are no longer buffered.
  virtual std::size_t skip_separators(std::size_t offset) const = 0;
  /// Line and column of `offset`, which should still be buffered (the current record always is).
  virtual LineColumn locate(std::size_t offset) = 0;
  /// The byte at `offset`, if it is buffered and not past the end.
  virtual std::optional<unsigned char> byte_at(std::size_t offset) const = 0;
};

/// Throws kg::graph::InputError at `offset` of `file`.
[[noreturn]] void throw_input_error(TextPositions& text, std::string_view file, std::size_t offset,
                                    std::string message);

}  // namespace kg::ingest::detail
