#include "kg/ingest/reader.h"

#include <fmt/format.h>
#include <rapidjson/reader.h>

#include <algorithm>
#include <array>
#include <string>

#include "byte_source.h"
#include "kg/graph/text.h"
#include "kg/ingest/csv_reader.h"
#include "kg/ingest/json_reader.h"
#include "kg/ingest/jsonl_reader.h"

namespace kg::ingest {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

/// True when `head` (the start of a file) begins with a line holding one complete JSON object and the next
/// non-blank line starts another: JSON Lines under a `.json` name. A pretty-printed document's first line is
/// never a complete object.
bool looks_like_json_lines(std::string_view head) {
  const std::size_t first = std::find_if_not(head.begin(), head.end(), is_space) - head.begin();
  if (first == head.size() || head[first] != '{') return false;
  const std::size_t newline = head.find('\n', first);
  if (newline == std::string_view::npos) return false;
  const std::string line(head.substr(first, newline - first));
  rapidjson::StringStream stream(line.c_str());
  rapidjson::BaseReaderHandler<> ignore;
  rapidjson::Reader reader;
  if (reader.Parse<rapidjson::kParseStopWhenDoneFlag | rapidjson::kParseIterativeFlag>(stream, ignore).IsError()) {
    return false;
  }
  if (!std::all_of(line.begin() + static_cast<std::ptrdiff_t>(stream.Tell()), line.end(), is_space)) return false;
  const auto next = std::find_if_not(head.begin() + static_cast<std::ptrdiff_t>(newline), head.end(), is_space);
  return next != head.end() && *next == '{';
}

std::string read_head(const std::filesystem::path& file) {
  const ReadOptions quiet;
  detail::ByteSource source = detail::ByteSource::open_file(file, quiet);
  std::string head(std::size_t{64} * 1024, '\0');
  std::size_t size = 0;
  while (std::size_t count = source.read(head.data() + size, head.size() - size)) size += count;
  head.resize(size);
  return head;
}

}  // namespace

std::string_view format_name(InputFormat format) {
  switch (format) {
    case InputFormat::json:
      return "JSON";
    case InputFormat::json_lines:
      return "JSON Lines";
    case InputFormat::csv:
      return "CSV";
    case InputFormat::tsv:
      return "TSV";
  }
  return "unknown";
}

InputFormat detect_format(const std::filesystem::path& file) {
  const std::string extension = graph::ascii_lowercase(file.extension().string());
  if (extension == ".jsonl" || extension == ".ndjson") return InputFormat::json_lines;
  if (extension == ".csv") return InputFormat::csv;
  if (extension == ".tsv") return InputFormat::tsv;
  const std::string head = read_head(file);
  if (looks_like_json_lines(head)) return InputFormat::json_lines;
  const auto first = std::find_if_not(head.begin(), head.end(), is_space);
  if (extension == ".json" || (first != head.end() && *first == '{')) return InputFormat::json;
  throw kg::graph::InputError(
      {file.string(), 0, 0},
      fmt::format("expected a .json, .jsonl, .ndjson, .csv or .tsv file, got \"{}\"", file.filename().string()));
}

void read_input(const std::filesystem::path& file, kg::graph::GraphBuilder& builder, const ReadOptions& options) {
  switch (detect_format(file)) {
    case InputFormat::json:
      return read_json_file(file, builder, options);
    case InputFormat::json_lines:
      return read_json_lines_file(file, builder, options);
    case InputFormat::csv:
      return read_csv_file(file, builder, options);
    case InputFormat::tsv:
      return read_csv_file(file, builder, options, '\t');
  }
}

}  // namespace kg::ingest
