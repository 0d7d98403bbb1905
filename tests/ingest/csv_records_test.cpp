// CsvRecords: records parsed ahead on a second thread are the records parsed on this one, and a parse error
// reaches the reader at the record it is about.
#include "../../ingest/csv_records.h"

#include <catch2/catch.hpp>
#include <random>
#include <string>
#include <vector>

#include "kg/graph/diagnostics.h"
#include "kg/ingest/read_options.h"
#include "support/test_support.h"

using kg::ingest::ReadOptions;
using kg::ingest::detail::ByteSource;
using kg::ingest::detail::CsvField;
using kg::ingest::detail::CsvRecords;

namespace {

struct Read {
  std::vector<std::string> records;  // "line|line:column=text|..." per record
  std::string error;                 // what next() threw, if anything
  std::vector<std::uint64_t> progress;
};

Read read_all(const std::filesystem::path& file, bool ahead, std::size_t stop_after = SIZE_MAX) {
  Read read;
  ReadOptions options;
  options.progress = [&](std::uint64_t done, std::uint64_t) { read.progress.push_back(done); };
  ByteSource source = ByteSource::open_file(file, options);
  CsvRecords records(source, "t.csv", ',', ahead);
  std::vector<CsvField> fields;
  try {
    while (read.records.size() < stop_after && records.next(fields)) {
      std::string record = std::to_string(records.record_line()) + "|";
      for (const CsvField& field : fields) {
        record += std::to_string(field.line) + ":" + std::to_string(field.column) + "=" + std::string(field.text) + "|";
      }
      read.records.push_back(record);
    }
  } catch (const kg::graph::InputError& error) {
    read.error = error.what();
  }
  return read;
}

/// Random records across many batches: quoted fields with separators, doubled quotes and line breaks, CRLF and LF
/// line ends, blank lines, a field now and then longer than a batch's bytes.
std::string random_csv(std::size_t records) {
  std::mt19937 random(7);
  std::string text;
  for (std::size_t r = 0; r < records; ++r) {
    const int width = 1 + static_cast<int>(random() % 5);
    for (int f = 0; f < width; ++f) {
      if (f != 0) text += ',';
      switch (random() % 6) {
        case 0:
          text += "\"a, \"\"quoted\"\"\nfield " + std::to_string(r) + "\"";
          break;
        case 1:
          break;  // empty
        case 2:
          if (random() % 500 == 0) {
            text += std::string((1 << 20) + 17, 'x');
            break;
          }
          [[fallthrough]];
        default:
          text += "v" + std::to_string(random() % 100000);
      }
    }
    text += random() % 3 == 0 ? "\r\n" : "\n";
    if (random() % 50 == 0) text += "\n";
  }
  return text;
}

}  // namespace

TEST_CASE("CSV records parsed ahead on a second thread are those parsed on the reader's thread", "[ingest]") {
  const kg::test::TempDir dir;
  const auto file = dir.write("records.csv", random_csv(20000));
  const Read here = read_all(file, false);
  const Read ahead = read_all(file, true);
  REQUIRE(here.error.empty());
  CHECK(here.records.size() > 15000);  // lines of one empty field are blank, and skipped
  CHECK(ahead.records == here.records);
  CHECK(ahead.error.empty());
  // Progress still reaches the whole file, in order, reported on the reader's thread.
  REQUIRE_FALSE(ahead.progress.empty());
  CHECK(std::is_sorted(ahead.progress.begin(), ahead.progress.end()));
  CHECK(ahead.progress.back() == std::filesystem::file_size(file));
}

TEST_CASE("A CSV parse error found ahead reaches the reader after every record before it", "[ingest]") {
  const kg::test::TempDir dir;
  std::string text = random_csv(9000);
  text += "good,\"never closed\n";
  for (int i = 0; i < 100; ++i) text += "after,the,error\n";
  const auto file = dir.write("broken.csv", text);
  const Read here = read_all(file, false);
  const Read ahead = read_all(file, true);
  REQUIRE_FALSE(here.error.empty());
  CHECK(ahead.records == here.records);
  CHECK(ahead.error == here.error);
}

TEST_CASE("A reader that stops early ends the thread parsing ahead of it", "[ingest]") {
  const kg::test::TempDir dir;
  const auto file = dir.write("records.csv", random_csv(30000));
  const Read ahead = read_all(file, true, 10);  // returns only once the parsing thread has ended
  CHECK(ahead.records.size() == 10);
  CHECK(ahead.records == read_all(file, false, 10).records);
}
