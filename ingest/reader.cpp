#include "kg/ingest/reader.h"

#include <fmt/format.h>
#include <rapidjson/reader.h>

#include <algorithm>
#include <array>
#include <string>
#include <vector>

#include "byte_source.h"
#include "kg/graph/text.h"
#include "source_readers.h"

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

/// Collects the keys of a JSON object's top level.
struct TopLevelKeys : rapidjson::BaseReaderHandler<rapidjson::UTF8<>, TopLevelKeys> {
  int depth = 0;
  std::vector<std::string> keys;
  bool StartObject() { return ++depth, true; }
  bool EndObject(rapidjson::SizeType) { return --depth, true; }
  bool StartArray() { return ++depth, true; }
  bool EndArray(rapidjson::SizeType) { return --depth, true; }
  bool Key(const char* text, rapidjson::SizeType size, bool) {
    if (depth == 1) keys.emplace_back(text, size);
    return true;
  }
};

/// True when `head` starts with a line holding a FollowTheMoney entity: an object with "schema" and "properties".
bool looks_like_ftm(std::string_view head) {
  const std::size_t first = std::find_if_not(head.begin(), head.end(), is_space) - head.begin();
  if (first == head.size() || head[first] != '{') return false;
  const std::string line(head.substr(first, head.find('\n', first) - first));
  rapidjson::StringStream stream(line.c_str());
  TopLevelKeys keys;
  rapidjson::Reader reader;
  if (reader.Parse<rapidjson::kParseStopWhenDoneFlag | rapidjson::kParseIterativeFlag>(stream, keys).IsError()) {
    return false;
  }
  const auto has = [&](std::string_view key) {
    return std::find(keys.keys.begin(), keys.keys.end(), key) != keys.keys.end();
  };
  return has("schema") && has("properties");
}

constexpr std::size_t kHeadSize = std::size_t{64} * 1024;  // what format detection looks at

/// What the start of a file plainly is, when it is plain: a name for messages, and whether it is binary (no line
/// to quote).
struct Apparent {
  std::string_view name;
  bool binary = false;
};

Apparent apparent_content(std::string_view head) {
  if (head.rfind("\xEF\xBB\xBF", 0) == 0) head.remove_prefix(3);
  if (head.rfind("KGRAPH\n", 0) == 0)
    return {"a kg graph file (kg build's output, read by kg info, path, export)", true};
  if (head.rfind("PK\x03\x04", 0) == 0) return {"a ZIP archive (a spreadsheet workbook? save it as CSV)", true};
  if (head.rfind("\x1F\x8B", 0) == 0) return {"gzip-compressed data (decompress it first)", true};
  const auto first = std::find_if_not(head.begin(), head.end(), is_space);
  if (first == head.end()) return {};
  if (*first == '<') {
    const std::size_t graphml = head.find("<graphml"), gexf = head.find("<gexf");
    if (graphml < gexf) return {"GraphML"};
    if (gexf < graphml) return {"GEXF"};
    return {"XML"};
  }
  if (*first == '{' || *first == '[') return {"JSON"};
  return {};
}

/// Whether content that looks like `apparent` (empty: nothing plain) can be read as `format`.
bool content_fits(InputFormat format, std::string_view apparent) {
  switch (format) {
    case InputFormat::json:
    case InputFormat::json_lines:
    case InputFormat::ftm:
      return apparent.empty() || apparent == "JSON";
    case InputFormat::csv:
    case InputFormat::tsv:
      return apparent.empty();
    case InputFormat::graphml:
      return apparent == "GraphML" || apparent == "XML";
    case InputFormat::gexf:
      return apparent == "GEXF" || apparent == "XML";
  }
  return true;
}

/// Refuses `source` when its first bytes plainly are not `format` (a GEXF named .graphml, JSON named .csv, a
/// workbook or a graph file given as facts). The bytes looked at are served to the reader again.
void check_content(const std::filesystem::path& file, detail::ByteSource& source, InputFormat format,
                   std::string_view told_by) {
  const std::string_view head = source.head(kHeadSize);
  if (head.empty()) return;
  const Apparent apparent = apparent_content(head);
  if (content_fits(format, apparent.name)) return;
  const std::uint32_t at = apparent.binary ? 0 : 1;
  throw kg::graph::InputError(
      {file.string(), at, at},
      fmt::format("expected {} ({}), but the file holds {}; name it by its format's extension or give "
                  "--input-format",
                  format_name(format), told_by,
                  apparent.name.empty() ? std::string_view("no XML (it does not start with '<')") : apparent.name));
}

/// The format of `file` from its extension and, when that does not settle it, its first bytes.
InputFormat detect_format(const std::filesystem::path& file, detail::ByteSource& source) {
  const std::string extension = graph::ascii_lowercase(file.extension().string());
  const std::string stem_extension = graph::ascii_lowercase(file.stem().extension().string());
  const bool json_extension = extension == ".json" || extension == ".jsonl" || extension == ".ndjson";
  if (json_extension && stem_extension == ".ftm") return InputFormat::ftm;  // entities.ftm.json
  if (json_extension && looks_like_ftm(source.head(kHeadSize))) return InputFormat::ftm;
  if (extension == ".jsonl" || extension == ".ndjson") return InputFormat::json_lines;
  if (extension == ".csv") return InputFormat::csv;
  if (extension == ".tsv") return InputFormat::tsv;
  if (extension == ".graphml") return InputFormat::graphml;
  if (extension == ".gexf") return InputFormat::gexf;
  const std::string_view head = source.head(kHeadSize);
  if (looks_like_json_lines(head)) return InputFormat::json_lines;
  const auto first = std::find_if_not(head.begin(), head.end(), is_space);
  if (extension == ".json" || (first != head.end() && *first == '{')) return InputFormat::json;
  throw kg::graph::InputError(
      {file.string(), 0, 0},
      fmt::format("expected a .json, .jsonl, .ndjson, .csv, .tsv, .graphml or .gexf file, got \"{}\"",
                  file.filename().string()));
}

/// Reads `source` (opened from `file`) with `format`'s reader.
void read_source_as(const std::filesystem::path& file, detail::ByteSource& source, InputFormat format,
                    kg::graph::GraphBuilder& builder, const ReadOptions& options) {
  const std::string display_name = file.string();
  switch (format) {
    case InputFormat::json:
      return detail::read_json_source(source, display_name, builder, options);
    case InputFormat::json_lines:
      return detail::read_json_lines_source(source, display_name, builder, options);
    case InputFormat::csv:
      return detail::read_csv_source(source, display_name, builder, options, std::nullopt);
    case InputFormat::tsv:
      return detail::read_csv_source(source, display_name, builder, options, '\t');
    case InputFormat::graphml:
      return detail::read_graphml_source(source, display_name, builder, options);
    case InputFormat::gexf:
      return detail::read_gexf_source(source, display_name, builder, options);
    case InputFormat::ftm:
      return detail::read_ftm_source(source, display_name, builder, options);
  }
}

}  // namespace

std::optional<InputFormat> parse_format_name(std::string_view name) {
  const std::string lower = graph::ascii_lowercase(std::string(name));
  if (lower == "json") return InputFormat::json;
  if (lower == "jsonl" || lower == "ndjson") return InputFormat::json_lines;
  if (lower == "csv") return InputFormat::csv;
  if (lower == "tsv") return InputFormat::tsv;
  if (lower == "graphml") return InputFormat::graphml;
  if (lower == "gexf") return InputFormat::gexf;
  if (lower == "ftm") return InputFormat::ftm;
  return std::nullopt;
}

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
    case InputFormat::graphml:
      return "GraphML";
    case InputFormat::gexf:
      return "GEXF";
    case InputFormat::ftm:
      return "FollowTheMoney";
  }
  return "unknown";
}

InputFormat detect_format(const std::filesystem::path& file) {
  const ReadOptions quiet;
  detail::ByteSource source = detail::ByteSource::open_file(file, quiet);
  return detect_format(file, source);
}

void read_input(const std::filesystem::path& file, kg::graph::GraphBuilder& builder, const ReadOptions& options) {
  detail::ByteSource source = detail::ByteSource::open_file(file, options);  // opened and read once: pipes too
  const InputFormat format = detect_format(file, source);
  const std::string extension = file.extension().string();
  check_content(file, source, format,
                extension.empty() ? std::string("by its content") : fmt::format("by its extension {}", extension));
  read_source_as(file, source, format, builder, options);
}

void read_input(const std::filesystem::path& file, InputFormat format, kg::graph::GraphBuilder& builder,
                const ReadOptions& options) {
  detail::ByteSource source = detail::ByteSource::open_file(file, options);
  check_content(file, source, format, "as asked");
  read_source_as(file, source, format, builder, options);
}

}  // namespace kg::ingest
