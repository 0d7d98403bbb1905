#pragma once
/// CsvParser: RFC 4180 records (quoted fields with doubled quotes and embedded newlines, CRLF or LF line ends) from
/// a ByteSource through one reused buffer. Fields are views into the buffer, unquoted in place; each carries its
/// line and column. A UTF-8 byte order mark is skipped and every record is checked to be valid UTF-8.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "byte_source.h"

namespace kg::ingest::detail {

struct CsvField {
  std::string_view text;
  std::uint32_t line = 0;
  std::uint32_t column = 0;
};

/// The separator a header line uses: a tab if it has one, else `;` if it has more semicolons than commas outside
/// quotes (what spreadsheet software writes in locales with a decimal comma), else a comma.
char detect_separator(std::string_view header);

class CsvParser {
 public:
  /// `separator` 0 means: detect_separator of the first line.
  CsvParser(ByteSource& source, std::string_view display_name, char separator);

  /// Reads the next non-blank record into `fields` (views valid until the next call); false at the end of input.
  /// Throws kg::graph::InputError on an unterminated quote, text after a closing quote or invalid UTF-8.
  bool next(std::vector<CsvField>& fields);
  /// Where the current record starts.
  std::uint32_t record_line() const { return record_line_; }

 private:
  struct RawField {
    std::size_t begin, end;  // buffer indices, quotes included
    std::uint32_t line, column;
    bool quoted, doubled_quotes;
  };
  enum class Scan { record, need_more, end_of_input };
  Scan scan();
  bool fill();
  void check_utf8(std::size_t end) const;
  [[noreturn]] void fail(std::uint32_t line, std::uint32_t column, std::string message) const;

  ByteSource& source_;
  std::string display_name_;
  char separator_;
  std::vector<char> buffer_;
  std::size_t start_ = 0;       // start of the current record, always the start of a line
  std::size_t end_ = 0;         // end of the buffered bytes
  std::size_t next_start_ = 0;  // set by scan(): where the next record starts
  std::uint32_t line_ = 1;      // line of start_
  std::uint32_t next_line_ = 1;
  std::uint32_t record_line_ = 0;
  bool eof_ = false;
  std::vector<RawField> raw_;
};

}  // namespace kg::ingest::detail
