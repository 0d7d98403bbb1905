#include "../../ingest/chunked_stream.h"

#include <catch2/catch.hpp>
#include <string>

using kg::ingest::ReadOptions;
using kg::ingest::detail::ByteSource;
using kg::ingest::detail::ChunkedStream;

namespace {

/// Line and column of `offset` by counting from the start of `text`.
std::pair<std::uint32_t, std::uint32_t> brute_force(const std::string& text, std::size_t offset) {
  std::uint32_t line = 1;
  std::size_t line_start = 0;
  for (std::size_t i = 0; i < offset; ++i) {
    if (text[i] == '\n') {
      ++line;
      line_start = i + 1;
    }
  }
  return {line, static_cast<std::uint32_t>(offset - line_start + 1)};
}

}  // namespace

TEST_CASE("The chunked stream yields every byte and then NUL at the end", "[ingest]") {
  std::string text;
  for (int i = 0; i < 300000; ++i) text += static_cast<char>('a' + i % 26);
  const ReadOptions options;
  ByteSource source = ByteSource::from_memory(text, options);
  ChunkedStream stream(source);
  std::size_t mismatches = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    mismatches += (stream.Tell() != i || stream.Peek() != text[i] || stream.Take() != text[i]) ? 1 : 0;
  }
  CHECK(mismatches == 0);
  CHECK(stream.at_end());
  CHECK(stream.Peek() == '\0');
  CHECK(stream.Take() == '\0');
  CHECK(stream.Tell() == text.size());
}

TEST_CASE("Offsets behind and ahead of the anchor map to the same line and column as counting from the start",
          "[ingest]") {
  std::string text;
  std::uint32_t state = 7;
  for (int i = 0; i < 400000; ++i) {
    state = state * 1103515245U + 12345U;
    text += (state >> 16) % 17 == 0 ? '\n' : 'x';
  }
  const ReadOptions options;
  ByteSource source = ByteSource::from_memory(text, options);
  ChunkedStream stream(source);
  std::size_t checked = 0;
  while (!stream.at_end()) {
    stream.Take();
    const std::size_t here = stream.Tell();
    if (here % 997 != 0) continue;
    // Ahead of the anchor, then a little behind it (still buffered).
    for (std::size_t offset : {here, here - std::min<std::size_t>(here, 300), here}) {
      const auto [line, column] = brute_force(text, offset);
      const auto found = stream.locate(offset);
      REQUIRE(found.line == line);
      REQUIRE(found.column == column);
      ++checked;
    }
  }
  CHECK(checked > 1000);
}

TEST_CASE("Separators are skipped to find where a value starts, a byte order mark is skipped", "[ingest]") {
  const std::string text = "\xEF\xBB\xBF{\"a\" :\n , 5}";
  const ReadOptions options;
  ByteSource source = ByteSource::from_memory(text, options);
  ChunkedStream stream(source);
  CHECK(stream.Tell() == 3);
  CHECK(stream.Peek() == '{');
  CHECK(stream.locate(3).column == 1);
  CHECK(stream.skip_separators(7) == 13);
  CHECK(stream.byte_at(13) == static_cast<unsigned char>('5'));
  CHECK_FALSE(stream.byte_at(text.size()));
  CHECK(stream.locate(13).line == 2);
  CHECK(stream.locate(13).column == 4);
}
