#include "kg/ingest/source_lines.h"

#include <sys/stat.h>

#include <catch2/catch.hpp>
#include <fstream>
#include <string>

#include "kg/graph/diagnostics.h"
#include "support/test_support.h"

using kg::ingest::SourceLines;

namespace {

/// Lines of every length, from empty to several strides long, ending with CRLF or LF; the last one unterminated.
std::string varied_lines(std::size_t count) {
  std::string text;
  for (std::size_t i = 0; i < count; ++i) {
    text += "line " + std::to_string(i + 1) + ":" + std::string((i * 37) % 9000, 'a' + static_cast<char>(i % 26));
    if (i + 1 < count) text += i % 3 == 0 ? "\r\n" : "\n";
  }
  return text;
}

/// Passes `text` to `lines` in chunks of `chunk` bytes, as a byte source would.
void pass_in_chunks(SourceLines& lines, std::string_view text, std::size_t chunk) {
  for (std::size_t at = 0; at < text.size(); at += chunk) lines.pass(text.substr(at, chunk));
}

}  // namespace

TEST_CASE("A source line is read back from a regular file, without its line break", "[ingest]") {
  kg::test::TempDir dir;
  const auto file = dir.write("facts.csv", "subject,predicate,object\r\nA,knows,B\n");
  CHECK(kg::ingest::read_source_line(file, 1) == "subject,predicate,object");
  CHECK(kg::ingest::read_source_line(file, 2) == "A,knows,B");
  CHECK_FALSE(kg::ingest::read_source_line(file, 3).has_value());
}

TEST_CASE("A file that is gone, or not a regular file, gives no source line", "[ingest]") {
  CHECK_FALSE(kg::ingest::read_source_line("gone.json", 1).has_value());
  CHECK_FALSE(kg::ingest::read_source_line("/dev/null", 1).has_value());
}

TEST_CASE("Every line of a regular file comes back from the index its reader filled, in any order", "[ingest]") {
  kg::test::TempDir dir;
  const std::string text = varied_lines(700);
  const auto file = dir.write("facts.jsonl", text);
  for (const std::size_t chunk : {std::size_t{1} << 16, std::size_t{1000}, std::size_t{7}}) {
    SourceLines lines(file);
    pass_in_chunks(lines, text, chunk);
    for (std::uint32_t n : {700u, 1u, 350u, 2u, 699u, 351u}) {
      INFO("chunk " << chunk << ", line " << n);
      CHECK(lines.line(n) == std::string(*kg::graph::line_of(text, n)));
    }
    for (std::uint32_t n = 1; n <= 700; ++n) REQUIRE(lines.line(n) == std::string(*kg::graph::line_of(text, n)));
    CHECK_FALSE(lines.line(701).has_value());
    CHECK_FALSE(lines.line(0).has_value());
  }
}

TEST_CASE("A line is read from the nearest line start the reader recorded, not from the file's start", "[ingest]") {
  kg::test::TempDir dir;
  const std::string text = varied_lines(400);
  const auto file = dir.write("facts.jsonl", text);
  SourceLines lines(file);
  lines.pass(text);
  {  // another program overwrites the first 64 KiB (newlines included) once the reader is done
    std::fstream overwrite(file, std::ios::in | std::ios::out | std::ios::binary);
    overwrite.write(std::string(64 * 1024, 'x').data(), 64 * 1024);
  }
  CHECK(lines.line(400) == std::string(*kg::graph::line_of(text, 400)));  // a count from the start would be off
}

TEST_CASE("An input that cannot be read again quotes only the lines still in the window", "[ingest]") {
  const std::string text = varied_lines(800);  // about 3.6 MB: more than the window
  REQUIRE(text.size() > 3 * SourceLines::kWindow);
  kg::test::TempDir dir;
  const auto fifo = dir / "pipe";
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  SourceLines lines(fifo);  // never opened again
  pass_in_chunks(lines, text, 1 << 16);
  CHECK(lines.line(800) == std::string(*kg::graph::line_of(text, 800)));
  CHECK(lines.line(790) == std::string(*kg::graph::line_of(text, 790)));
  CHECK_FALSE(lines.line(1).has_value());
  CHECK_FALSE(lines.line(801).has_value());
}
