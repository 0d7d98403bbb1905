#pragma once
/// LineReader: splits a ByteSource into lines through one reused buffer. Memory grows only with the longest line,
/// never with the input. A UTF-8 byte order mark at the start is skipped.
#include <cstddef>
#include <cstdint>
#include <vector>

#include "byte_source.h"

namespace kg::ingest::detail {

struct Line {
  char* text;  ///< the line without its '\n', followed by a '\0' written in place of it
  std::size_t size;
  std::uint32_t number;       ///< 1-based
  std::uint32_t column_base;  ///< bytes skipped before text (the byte order mark on line 1), for columns
  bool last_without_newline;
};

class LineReader {
 public:
  explicit LineReader(ByteSource& source);
  /// The next line, valid until the next call; false at the end of the input.
  bool next(Line& line);

 private:
  bool fill();

  ByteSource& source_;
  std::vector<char> buffer_;
  std::size_t start_ = 0;    // first byte of the next line
  std::size_t scanned_ = 0;  // bytes before this hold no '\n'
  std::size_t end_ = 0;      // end of the buffered bytes
  std::uint32_t number_ = 0;
  bool eof_ = false;
};

}  // namespace kg::ingest::detail
