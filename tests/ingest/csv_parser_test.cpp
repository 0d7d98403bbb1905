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
