#include "../../ingest/line_reader.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

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
