#include "json_line_objects.h"

#include <fmt/format.h>
#include <rapidjson/reader.h>

#include <algorithm>
#include <exception>
#include <optional>
#include <vector>

#include "json_errors.h"
#include "line_reader.h"
#include "parse_ahead.h"

namespace kg::ingest::detail {
namespace {

bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\r'; }

/// An in-situ line stream without RapidJSON's copy optimisation, which parses strings and numbers on a local copy
/// of the stream and so would leave tell() stale while the handler runs.
struct LineStream : rapidjson::InsituStringStream {
  using rapidjson::InsituStringStream::InsituStringStream;
};

/// Offsets within one line: the one being parsed (with its stream, for tell()) or the one whose tree is handled.
class LinePositions final : public TextPositions {
 public:
  void start(const Line& line, const LineStream* stream = nullptr) {
    line_ = line;
    stream_ = stream;
  }
  std::size_t tell() const override { return stream_ != nullptr ? stream_->src_ - stream_->head_ : 0; }
  std::size_t skip_separators(std::size_t offset) const override {
    while (offset < line_.size &&
           (is_blank(line_.text[offset]) || line_.text[offset] == ':' || line_.text[offset] == ',')) {
      ++offset;
    }
    return offset;
  }
  LineColumn locate(std::size_t offset) override {
    return {line_.number, static_cast<std::uint32_t>(offset + line_.column_base + 1)};
  }
  std::optional<unsigned char> byte_at(std::size_t offset) const override {
    if (offset >= line_.size) return std::nullopt;
    return static_cast<unsigned char>(line_.text[offset]);
  }

 private:
  Line line_{};
  const LineStream* stream_ = nullptr;
};

/// Parses a line in place into a JsonTree of one object; blank lines have none.
class LineParser {
 public:
  explicit LineParser(std::string_view display_name)
      : display_name_(display_name), collector_(positions_, display_name) {}

  /// The line's tree, valid until the next call (or moved out with take); nullptr for a blank line. Throws
  /// InputError for anything but one JSON object.
  const JsonTree* parse(const Line& line) {
    std::size_t first = 0;
    while (first < line.size && is_blank(line.text[first])) ++first;
    if (first == line.size) return nullptr;
    LineStream stream(line.text);
    positions_.start(line, &stream);
    collector_.clear();
    collector_.mark_end();
    // Numbers as written, converted by RecordCollector::RawNumber: correctly rounded, so a number reads back as
    // the double it was written from and a graph exported as facts builds back identically.
    constexpr unsigned kFlags = rapidjson::kParseInsituFlag | rapidjson::kParseValidateEncodingFlag |
                                rapidjson::kParseStopWhenDoneFlag | rapidjson::kParseIterativeFlag |
                                rapidjson::kParseNumbersAsStringsFlag;
    const rapidjson::ParseResult result = reader_.Parse<kFlags>(stream, collector_);
    if (result.IsError()) {
      fail(result.Offset(),
           parse_error_message(result.Code(), positions_.byte_at(result.Offset()),
                               line.last_without_newline ? "the end of the file" : "the end of the line"));
    }
    std::size_t rest = positions_.tell();
    while (rest < line.size && is_blank(line.text[rest])) ++rest;
    if (rest < line.size) {
      fail(rest, fmt::format("expected the end of the line after the JSON object, got {}",
                             describe_byte(static_cast<unsigned char>(line.text[rest]))));
    }
    const JsonNode& root = collector_.tree().node(0);
    if (root.kind != JsonKind::object) {
      fail(positions_.skip_separators(root.offset),
           fmt::format("expected a JSON object on each line, got {}", kind_name(root.kind)));
    }
    return &collector_.tree();
  }
  /// Moves the tree parse() gave into `slot`, whose buffers the next parse reuses.
  void take(JsonTree& slot) { collector_.swap_tree(slot); }

 private:
  [[noreturn]] void fail(std::size_t offset, std::string message) {
    throw_input_error(positions_, display_name_, offset, std::move(message));
  }

  std::string_view display_name_;
  LinePositions positions_;
  RecordCollector collector_;
  rapidjson::Reader reader_;
};

/// Lines read, split and parsed on a second thread (ParseAhead), in batches whose lines are parsed in place.
struct ParsedBatch {
  static constexpr std::size_t kLines = 2048;     // a batch's lines, at most
  static constexpr std::size_t kBytes = 1 << 20;  // its bytes, unless one line is longer

  std::vector<char> bytes;      // the lines, each followed by a '\0'; never reallocated while trees view it
  std::vector<Line> lines;      // the non-blank lines, their text in bytes
  std::vector<JsonTree> trees;  // trees[i] is lines[i]'s; those past lines.size() are spare, for their buffers
  std::uint64_t bytes_read = 0;
  std::exception_ptr error;
  bool last = false;

  void clear() {
    bytes.clear();
    lines.clear();
    bytes_read = 0;
    error = nullptr;
    last = false;
  }
  /// Room for `size` more bytes without reallocating; false when the batch holds lines and has not the room.
  bool make_room(std::size_t size) {
    if (bytes.capacity() - bytes.size() >= size) return true;
    if (!lines.empty()) return false;
    bytes.reserve(std::max(kBytes, size));
    return true;
  }
};

void produce_parsed_lines(ParseAhead<ParsedBatch>& queue, ParsedBatch& batch, ByteSource& source,
                          std::string_view display_name) {
  LineReader reader(source);
  LineParser parser(display_name);
  Line line{};
  while (reader.next(line)) {
    const std::size_t size = line.size + 1;  // with its '\0'
    if (!batch.make_room(size)) {
      batch.bytes_read = source.done();
      if (!queue.hand_over(batch)) return;
      batch.make_room(size);
    }
    Line copy = line;
    copy.text = batch.bytes.data() + batch.bytes.size();
    batch.bytes.insert(batch.bytes.end(), line.text, line.text + size);
    if (parser.parse(copy) == nullptr) {
      batch.bytes.resize(batch.bytes.size() - size);
      continue;
    }
    if (batch.trees.size() == batch.lines.size()) batch.trees.emplace_back();
    parser.take(batch.trees[batch.lines.size()]);
    batch.lines.push_back(copy);
    if (batch.lines.size() == ParsedBatch::kLines) {
      batch.bytes_read = source.done();
      if (!queue.hand_over(batch)) return;
    }
  }
  batch.bytes_read = source.done();
}

}  // namespace

void read_json_line_objects(ByteSource& source, std::string_view display_name, bool parse_ahead,
                            const std::function<LineObjectHandler(TextPositions&)>& start) {
  LinePositions positions;
  const LineObjectHandler handle = start(positions);
  if (!parse_ahead || !source.regular_file()) {
    LineReader reader(source);
    LineParser parser(display_name);
    Line line{};
    while (reader.next(line)) {
      if (const JsonTree* tree = parser.parse(line)) {
        positions.start(line);
        handle(*tree);
      }
    }
    return;
  }
  source.hold_progress();
  ParseAhead<ParsedBatch> ahead([&](ParseAhead<ParsedBatch>& queue, ParsedBatch& batch) {
    produce_parsed_lines(queue, batch, source, display_name);
  });
  std::size_t item = 0;
  while (const ParsedBatch* batch = ahead.batch_for(
             item, [](const ParsedBatch& b) { return b.lines.size(); },
             [&](const ParsedBatch& b) { source.report_progress(b.bytes_read); })) {
    positions.start(batch->lines[item]);
    handle(batch->trees[item]);
    ++item;
  }
}

}  // namespace kg::ingest::detail
