#pragma once
/// LineReader: splits a ByteSource into lines through one reused buffer. Memory grows only with the longest line,
/// never with the input. A UTF-8 byte order mark at the start is skipped. Lines: the same lines, read and split
/// on a second thread where asked (ParseAhead).
#include <cstddef>
#include <cstdint>
#include <exception>
#include <memory>
#include <optional>
#include <vector>

#include "byte_source.h"
#include "parse_ahead.h"

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

/// The lines of `source` from a LineReader on this thread or, with `ahead` and a regular file, read and split on a
/// second thread a few thousand lines ahead (what it throws reaches next() after the lines before it). Progress
/// is reported from the caller's thread.
class Lines {
 public:
  Lines(ByteSource& source, bool ahead);
  /// The next line, valid (and writable, for parsing in place) until the next call; false at the end.
  bool next(Line& line);

 private:
  struct Batch {
    std::vector<char> bytes;           // each line followed by a '\0'
    std::vector<Line> lines;           // their text is set by next(), from...
    std::vector<std::size_t> offsets;  // ...where each starts in bytes
    std::uint64_t bytes_read = 0;
    std::exception_ptr error;
    bool last = false;
    void clear();
  };
  static constexpr std::size_t kLines = 4096;     // a batch's lines, at most
  static constexpr std::size_t kBytes = 1 << 20;  // a batch's bytes, about

  std::optional<LineReader> reader_;  // without `ahead`
  ByteSource& source_;
  std::unique_ptr<ParseAhead<Batch>> ahead_;
  std::size_t line_ = 0;  // the next line of the current batch
};

}  // namespace kg::ingest::detail
