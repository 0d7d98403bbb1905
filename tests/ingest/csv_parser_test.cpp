#include "../../ingest/csv_parser.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

using kg::ingest::ReadOptions;
using kg::ingest::detail::ByteSource;
using kg::ingest::detail::CsvField;
using kg::ingest::detail::CsvParser;
using kg::ingest::detail::detect_separator;

namespace {

/// Every record as "line:column=text|..." so that fields and their positions are checked together.
std::vector<std::string> records_of(const std::string& text, char separator = ',') {
  const ReadOptions options;
  ByteSource source = ByteSource::from_memory(text, options);
  CsvParser parser(source, "t.csv", separator);
  std::vector<std::string> records;
  std::vector<CsvField> fields;
  while (parser.next(fields)) {
    std::string record;
    for (const CsvField& field : fields) {
      record += std::to_string(field.line) + ":" + std::to_string(field.column) + "=" + std::string(field.text) + "|";
    }
    records.push_back(record);
  }
  return records;
}

}  // namespace

TEST_CASE("CSV fields carry their line and column, quotes removed and doubled quotes undone", "[ingest]") {
  CHECK(records_of("a,b\r\n\"x,\"\"y\"\"\",\"two\nlines\"\n\nlast,\n") ==
        std::vector<std::string>{"1:1=a|1:3=b|", "2:1=x,\"y\"|2:11=two\nlines|", "5:1=last|5:6=|"});
  CHECK(records_of("a\tb\n\"c\"\t\n", '\t') == std::vector<std::string>{"1:1=a|1:3=b|", "2:1=c|2:5=|"});
  CHECK(records_of("a;b\n1,5;\"x;y\"\n", '\0') == std::vector<std::string>{"1:1=a|1:3=b|", "2:1=1,5|2:5=x;y|"});
  CHECK(records_of("a\tb,c\n", '\0') == std::vector<std::string>{"1:1=a|1:3=b,c|"});
  CHECK(records_of("\"\"\n\"\"\"\"\n") == std::vector<std::string>{"1:1=|", "2:1=\"|"});
}

TEST_CASE("CSV records split across buffer refills parse the same as in one piece", "[ingest]") {
  std::string text;
  std::vector<std::string> expected;
  std::uint32_t line = 1;
  for (int i = 0; i < 60000; ++i) {
    const std::string quoted = "q\"\"" + std::to_string(i) + "\n";
    text += std::to_string(i) + ",\"" + quoted + "\"\r\n";
    expected.push_back(std::to_string(line) + ":1=" + std::to_string(i) + "|" + std::to_string(line) + ":" +
                       std::to_string(std::to_string(i).size() + 2) + "=q\"" + std::to_string(i) + "\n|");
    line += 2;
  }
  CHECK(records_of(text) == expected);
}

TEST_CASE("The separator is a tab if the header has one, else a semicolon if it has more of them than commas",
          "[ingest]") {
  CHECK(detect_separator("id\tname,x;y;z") == '\t');
  CHECK(detect_separator("id;name;\"a, b, c\"") == ';');  // separators inside quotes do not count
  CHECK(detect_separator("id,name;x") == ',');
  CHECK(detect_separator("id,\"a;b;c\"") == ',');
  CHECK(detect_separator("id") == ',');
  CHECK(detect_separator("") == ',');
}

TEST_CASE("Unquoted fields of every length end at the first separator, newline or carriage return", "[ingest]") {
  // The field scan reads eight bytes at a time: fields of 0 to 20 bytes, at every alignment, each followed by each
  // kind of end, against the split the CSV rules give. Bytes one away from a separator or line end ('-' next to
  // ',', ':' to ';', 0x08 to a tab, 0x0b to '\n', 0x0e to '\r') must not end a field.
  const std::string filler = "ab-cd\x0b:ef\x0egh\x08ijklmnopqrs";
  for (const char sep : {',', ';', '\t'}) {
    for (std::size_t length = 0; length <= 20; ++length) {
      std::string text;
      std::vector<std::string> expected;
      std::uint32_t line = 1;
      for (std::size_t shift = 0; shift < 8; ++shift) {
        const std::string lead(shift, 'x');
        const std::string field = filler.substr(0, length);
        const std::string_view end = shift % 2 == 0 ? "\n" : "\r\n";
        text += lead + sep + field + sep + field + std::string(end);
        const auto column = [](std::size_t at) { return std::to_string(at + 1); };
        expected.push_back(std::to_string(line) + ":1=" + lead + "|" + std::to_string(line) + ":" + column(shift + 1) +
                           "=" + field + "|" + std::to_string(line) + ":" + column(shift + 2 + length) + "=" + field +
                           "|");
        ++line;
      }
      INFO("separator " << int(sep) << ", field length " << length);
      CHECK(records_of(text, sep) == expected);
    }
  }
}
