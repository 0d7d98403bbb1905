// read_json_line_objects: lines read and parsed ahead on a second thread give the trees, positions, progress and
// errors that parsing on the caller's thread gives.
#include "../../ingest/json_line_objects.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <random>
#include <stdexcept>
#include <string>
#include <vector>

#include "kg/graph/diagnostics.h"
#include "kg/ingest/read_options.h"
#include "support/test_support.h"

using kg::ingest::ReadOptions;
using kg::ingest::detail::ByteSource;
using kg::ingest::detail::JsonKind;
using kg::ingest::detail::JsonNode;
using kg::ingest::detail::JsonTree;
using kg::ingest::detail::TextPositions;

namespace {

struct Read {
  std::vector<std::string> trees;  // each node as "line:column key=value", a tree per line
  std::string error;               // what reading threw, if anything
  std::vector<std::uint64_t> progress;
};

std::string describe(const JsonTree& tree, std::uint32_t index, TextPositions& positions) {
  const JsonNode& node = tree.node(index);
  const kg::ingest::detail::LineColumn at = positions.locate(positions.skip_separators(node.offset));
  std::string text = std::to_string(at.line) + ":" + std::to_string(at.column) + " " + std::string(node.key) + "=";
  switch (node.kind) {
    case JsonKind::string:
      text += "\"" + std::string(node.text) + "\"";
      break;
    case JsonKind::integer:
      text += std::to_string(node.integer);
      break;
    case JsonKind::real:
      text += std::to_string(node.real);
      break;
    case JsonKind::object:
    case JsonKind::array:
      text += node.kind == JsonKind::object ? "{" : "[";
      for (const std::uint32_t child : tree.children(index)) text += describe(tree, child, positions) + " ";
      text += node.kind == JsonKind::object ? "}" : "]";
      break;
    default:
      text += std::string(kg::ingest::detail::kind_name(node.kind));
  }
  return text;
}

/// Reads `file`; the handler throws at its `stop_at`-th tree.
Read read_all(const std::filesystem::path& file, bool ahead, std::size_t stop_at = SIZE_MAX) {
  Read read;
  ReadOptions options;
  options.progress = [&](std::uint64_t done, std::uint64_t) { read.progress.push_back(done); };
  ByteSource source = ByteSource::open_file(file, options);
  try {
    kg::ingest::detail::read_json_line_objects(source, "t.jsonl", ahead, [&](TextPositions& positions) {
      return [&](const JsonTree& tree) {
        if (read.trees.size() == stop_at) throw std::runtime_error("handler stopped");
        read.trees.push_back(describe(tree, 0, positions));
      };
    });
  } catch (const kg::graph::InputError& error) {
    read.error = error.what();
  } catch (const std::runtime_error& error) {
    read.error = error.what();
  }
  return read;
}

/// Random objects across many batches: nested values, escapes (decoded in place), numbers, blank lines, CRLF and
/// LF line ends, now and then a line longer than a batch's bytes, a byte order mark first.
std::string random_lines(std::size_t lines) {
  std::mt19937 random(11);
  std::string text = "\xEF\xBB\xBF";
  for (std::size_t i = 0; i < lines; ++i) {
    switch (i % 997 == 0 ? 9 : random() % 6) {
      case 0:
        text += "   \t";  // blank
        break;
      case 9:
        text += "{\"long\": \"" + std::string((1 << 20) + random() % 4096, 'x') + "\"}";
        break;
      case 1:
        text += "  {\"escaped\": \"a\\\"b\\n\\u00e9\", \"list\": [1, 2.5, -3e2, null, true]}  ";
        break;
      default:
        text += "{\"line\": " + std::to_string(i) + ", \"nested\": {\"key\": \"value " + std::to_string(random()) +
                "\", \"empty\": {}}}";
    }
    text += random() % 3 == 0 ? "\r\n" : "\n";
  }
  return text + "{\"last\": \"without a newline\"}";
}

}  // namespace

TEST_CASE("JSON lines parsed ahead on a second thread are those parsed on the caller's thread", "[ingest]") {
  const kg::test::TempDir dir;
  const std::string text = random_lines(20000);
  const auto file = dir.write("lines.jsonl", text);
  const Read here = read_all(file, false);
  const Read ahead = read_all(file, true);
  CHECK(here.error.empty());
  CHECK(here.trees.size() > 15000);
  CHECK(here.trees.front().rfind("1:4 ={", 0) == 0);  // the byte order mark counts in columns
  CHECK(ahead.error.empty());
  CHECK(ahead.trees == here.trees);
  REQUIRE_FALSE(ahead.progress.empty());
  CHECK(std::is_sorted(ahead.progress.begin(), ahead.progress.end()));
  CHECK(ahead.progress.back() == text.size());
}

TEST_CASE("A malformed line parsed ahead is reported after every line before it", "[ingest]") {
  const kg::test::TempDir dir;
  std::string text;
  for (int i = 0; i < 10000; ++i) text += "{\"line\": " + std::to_string(i) + "}\n";
  text += "{\"line\": 10000,}\n";
  for (int i = 0; i < 10000; ++i) text += "{\"after\": " + std::to_string(i) + "}\n";
  const auto file = dir.write("bad.jsonl", text);
  const Read here = read_all(file, false);
  const Read ahead = read_all(file, true);
  CHECK(here.trees.size() == 10000);
  CHECK(here.error.find("t.jsonl:10001:16") != std::string::npos);
  CHECK(ahead.trees == here.trees);
  CHECK(ahead.error == here.error);
}

TEST_CASE("A handler that throws stops the lines parsed ahead", "[ingest]") {
  const kg::test::TempDir dir;
  const auto file = dir.write("lines.jsonl", random_lines(20000));
  for (const std::size_t stop_at : {std::size_t{0}, std::size_t{1}, std::size_t{5000}}) {
    const Read ahead = read_all(file, true, stop_at);
    CHECK(ahead.trees.size() == stop_at);
    CHECK(ahead.error == "handler stopped");
  }
}
