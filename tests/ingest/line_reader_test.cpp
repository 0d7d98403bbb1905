#include "../../ingest/line_reader.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "support/test_support.h"

using kg::ingest::ReadOptions;
using kg::ingest::detail::ByteSource;
using kg::ingest::detail::Line;
using kg::ingest::detail::LineReader;

namespace {

std::vector<std::string> lines_of(const std::string& text) {
  const ReadOptions options;
  ByteSource source = ByteSource::from_memory(text, options);
  LineReader reader(source);
  std::vector<std::string> lines;
  Line line{};
  while (reader.next(line)) {
    CHECK(line.number == lines.size() + 1);
    CHECK(line.text[line.size] == '\0');
    lines.emplace_back(line.text, line.size);
  }
  return lines;
}

}  // namespace

TEST_CASE("Lines are split at newlines, with or without a final one", "[ingest]") {
  CHECK(lines_of("").empty());
  CHECK(lines_of("a\n\nb c\r\n") == std::vector<std::string>{"a", "", "b c\r"});
  CHECK(lines_of("a\nlast") == std::vector<std::string>{"a", "last"});
  CHECK(lines_of("\xEF\xBB\xBF{}\n{}") == std::vector<std::string>{"{}", "{}"});
}

TEST_CASE("Lines longer than the buffer grow it, and many lines reuse it", "[ingest]") {
  std::string text;
  std::vector<std::string> expected;
  for (int i = 0; i < 5; ++i) {
    expected.push_back(std::string(static_cast<std::size_t>(700000 * i), 'x') + std::to_string(i));
    text += expected.back() + "\n";
  }
  for (int i = 0; i < 100000; ++i) {
    expected.push_back(std::to_string(i));
    text += expected.back() + "\n";
  }
  CHECK(lines_of(text) == expected);
}

namespace {

/// Every line of `file` as "number:column_base:last_without_newline:text", read by Lines with or without `ahead`.
std::vector<std::string> described_lines(const std::filesystem::path& file, bool ahead,
                                         std::vector<std::uint64_t>& progress) {
  ReadOptions options;
  options.progress = [&](std::uint64_t done, std::uint64_t) { progress.push_back(done); };
  ByteSource source = ByteSource::open_file(file, options);
  kg::ingest::detail::Lines lines(source, ahead);
  std::vector<std::string> described;
  Line line{};
  while (lines.next(line)) {
    CHECK(line.text[line.size] == '\0');
    line.text[0] = line.size == 0 ? '\0' : line.text[0];  // writable, as parsing in place needs
    described.push_back(std::to_string(line.number) + ":" + std::to_string(line.column_base) + ":" +
                        (line.last_without_newline ? "1" : "0") + ":" + std::string(line.text, line.size));
  }
  return described;
}

}  // namespace

TEST_CASE("Lines read ahead on a second thread are those read on the caller's thread", "[ingest]") {
  const kg::test::TempDir dir;
  std::string text = "\xEF\xBB\xBF{\"first\": 1}\r\n\n";
  for (int i = 0; i < 30000; ++i) {
    text += i % 997 == 0 ? std::string((1 << 20) + i, 'x') : "{\"line\": " + std::to_string(i) + "}";
    text += i % 3 == 0 ? "\r\n" : "\n";
  }
  text += "last line without a newline";
  const auto file = dir.write("lines.jsonl", text);
  std::vector<std::uint64_t> progress_here, progress_ahead;
  const auto here = described_lines(file, false, progress_here);
  const auto ahead = described_lines(file, true, progress_ahead);
  CHECK(here.size() == 30003);
  CHECK(ahead == here);
  REQUIRE_FALSE(progress_ahead.empty());
  CHECK(std::is_sorted(progress_ahead.begin(), progress_ahead.end()));
  CHECK(progress_ahead.back() == text.size());
}
