#pragma once
/// CsvRecords: the records of a CSV/TSV input, parsed by a CsvParser on this thread or, with `ahead`, on a second
/// thread a few thousand records ahead of the reader (ParseAhead: parse on one core, build on the other). Either
/// way the reader sees the same records in the same order, and a parse error is raised when the reader reaches
/// the record it is about, never earlier: what the reader does with the records before it (and the errors that
/// raises) happens first, as on one thread. Progress is reported from the reader's thread.
#include <cstdint>
#include <exception>
#include <memory>
#include <optional>
#include <string_view>
#include <vector>

#include "byte_source.h"
#include "csv_parser.h"
#include "parse_ahead.h"

namespace kg::ingest::detail {

class CsvRecords {
 public:
  /// `separator` 0 means: detect it from the first line. `ahead` parses on a second thread, for a regular file
  /// only (SourceLines reads a regular file again for a diagnostic's line; a pipe's window could have moved on).
  CsvRecords(ByteSource& source, std::string_view display_name, char separator, bool ahead);

  /// The next non-blank record (views valid until the next call); false at the end. Throws what the parser throws.
  bool next(std::vector<CsvField>& fields);
  /// Where the current record starts.
  std::uint32_t record_line() const { return record_line_; }

 private:
  /// Records parsed ahead, owned: their fields' bytes one after another.
  struct Batch {
    struct Field {
      std::size_t offset, size;
      std::uint32_t line, column;
    };
    std::vector<char> bytes;
    std::vector<Field> fields;
    std::vector<std::size_t> record_end;  // each record's end in fields
    std::vector<std::uint32_t> record_line;
    std::uint64_t bytes_read = 0;  // of the input, once the batch was full
    std::exception_ptr error;
    bool last = false;
    void clear();
  };
  static constexpr std::size_t kRecords = 4096;   // a batch's records, at most
  static constexpr std::size_t kBytes = 1 << 20;  // a batch's field bytes, about

  std::optional<CsvParser> parser_;  // without `ahead`
  ByteSource& source_;
  std::unique_ptr<ParseAhead<Batch>> ahead_;
  std::size_t record_ = 0;  // the next record of the current batch
  std::uint32_t record_line_ = 0;
};

}  // namespace kg::ingest::detail
