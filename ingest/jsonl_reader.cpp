#include "kg/ingest/jsonl_reader.h"

#include <fmt/format.h>
#include <rapidjson/reader.h>

#include <optional>

#include "byte_source.h"
#include "json_errors.h"
#include "json_line_objects.h"
#include "json_records.h"
#include "json_tree.h"
#include "line_reader.h"
#include "source_readers.h"

namespace kg::ingest {
namespace {

bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\r'; }

/// An in-situ line stream without RapidJSON's copy optimisation, which parses strings and numbers on a local copy
/// of the stream and so would leave tell() stale while the handler runs.
struct LineStream : rapidjson::InsituStringStream {
  using rapidjson::InsituStringStream::InsituStringStream;
};

/// Offsets within the current line, which is parsed in place.
class LinePositions final : public detail::TextPositions {
 public:
  void start(const detail::Line& line, const LineStream* stream) {
    line_ = &line;
    stream_ = stream;
  }
  std::size_t tell() const override { return stream_->src_ - stream_->head_; }
  std::size_t skip_separators(std::size_t offset) const override {
    while (offset < line_->size &&
           (is_blank(line_->text[offset]) || line_->text[offset] == ':' || line_->text[offset] == ',')) {
      ++offset;
    }
    return offset;
  }
  detail::LineColumn locate(std::size_t offset) override {
    return {line_->number, static_cast<std::uint32_t>(offset + line_->column_base + 1)};
  }
  std::optional<unsigned char> byte_at(std::size_t offset) const override {
    if (offset >= line_->size) return std::nullopt;
    return static_cast<unsigned char>(line_->text[offset]);
  }

 private:
  const detail::Line* line_ = nullptr;
  const LineStream* stream_ = nullptr;
};

}  // namespace

void detail::read_json_line_objects(ByteSource& source, std::string_view display_name, bool parse_ahead,
                                    const std::function<LineObjectHandler(TextPositions&)>& start) {
  LinePositions positions;
  const LineObjectHandler handle = start(positions);
  detail::RecordCollector collector(positions, display_name);
  detail::Lines lines(source, parse_ahead);
  rapidjson::Reader reader;
  // Numbers as written, converted by RecordCollector::RawNumber: correctly rounded, so a number reads back as the
  // double it was written from and a graph exported as facts builds back identically.
  constexpr unsigned kFlags = rapidjson::kParseInsituFlag | rapidjson::kParseValidateEncodingFlag |
                              rapidjson::kParseStopWhenDoneFlag | rapidjson::kParseIterativeFlag |
                              rapidjson::kParseNumbersAsStringsFlag;
  const auto fail = [&](std::size_t offset, std::string message) {
    throw_input_error(positions, display_name, offset, std::move(message));
  };
  detail::Line line{};
  while (lines.next(line)) {
    std::size_t first = 0;
    while (first < line.size && is_blank(line.text[first])) ++first;
    if (first == line.size) continue;
    LineStream stream(line.text);
    positions.start(line, &stream);
    collector.clear();
    collector.mark_end();
    const rapidjson::ParseResult result = reader.Parse<kFlags>(stream, collector);
    if (result.IsError()) {
      fail(result.Offset(),
           detail::parse_error_message(result.Code(), positions.byte_at(result.Offset()),
                                       line.last_without_newline ? "the end of the file" : "the end of the line"));
    }
    std::size_t rest = positions.tell();
    while (rest < line.size && is_blank(line.text[rest])) ++rest;
    if (rest < line.size) {
      fail(rest, fmt::format("expected the end of the line after the JSON object, got {}",
                             detail::describe_byte(static_cast<unsigned char>(line.text[rest]))));
    }
    const detail::JsonNode& root = collector.tree().node(0);
    if (root.kind != detail::JsonKind::object) {
      fail(positions.skip_separators(root.offset),
           fmt::format("expected a JSON object on each line, got {}", detail::kind_name(root.kind)));
    }
    handle(collector.tree());
  }
}

void detail::read_json_lines_source(ByteSource& source, std::string_view display_name, kg::graph::GraphBuilder& builder,
                                    const ReadOptions& options) {
  std::optional<JsonRecords> records;
  read_json_line_objects(source, display_name, options.parse_ahead, [&](TextPositions& positions) {
    records.emplace(builder, display_name, positions, options);
    return [&](const JsonTree& tree) { records->add_line_record(tree); };
  });
}

void read_json_lines(std::string_view text, std::string_view display_name, kg::graph::GraphBuilder& builder,
                     const ReadOptions& options) {
  detail::ByteSource source = detail::ByteSource::from_memory(text, options);
  detail::read_json_lines_source(source, display_name, builder, options);
}

void read_json_lines_file(const std::filesystem::path& file, kg::graph::GraphBuilder& builder,
                          const ReadOptions& options) {
  detail::ByteSource source = detail::ByteSource::open_file(file, options);
  detail::read_json_lines_source(source, file.string(), builder, options);
}

}  // namespace kg::ingest
