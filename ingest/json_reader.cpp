#include "kg/ingest/json_reader.h"

#include <fmt/format.h>
#include <rapidjson/reader.h>

#include "byte_source.h"
#include "chunked_stream.h"
#include "json_errors.h"
#include "json_records.h"
#include "json_tree.h"
#include "source_readers.h"

namespace kg::ingest {
namespace {

using detail::JsonKind;

enum class Section { none, facts, entities, sources, source, decisions, unknown };

/// SAX handler for the whole document: the top-level object and its sections. Each record inside a section is
/// collected by a RecordCollector and handed to JsonRecords when it is complete; unknown top-level fields are
/// skipped by counting brackets, so their size and depth do not matter.
class DocumentHandler {
 public:
  DocumentHandler(detail::ChunkedStream& stream, std::string_view display_name, detail::JsonRecords& records)
      : collector_(stream, display_name), records_(records), stream_(stream), display_name_(display_name) {}

  bool Null() { return collecting_ ? collector_.Null() : scalar(JsonKind::null); }
  bool Bool(bool b) { return collecting_ ? collector_.Bool(b) : scalar(JsonKind::boolean); }
  bool Int(int i) { return collecting_ ? collector_.Int(i) : scalar(JsonKind::integer); }
  bool Uint(unsigned u) { return collecting_ ? collector_.Uint(u) : scalar(JsonKind::integer); }
  bool Int64(std::int64_t i) { return collecting_ ? collector_.Int64(i) : scalar(JsonKind::integer); }
  bool Uint64(std::uint64_t u) { return collecting_ ? collector_.Uint64(u) : scalar(JsonKind::integer); }
  bool Double(double d) { return collecting_ ? collector_.Double(d) : scalar(JsonKind::real); }
  bool RawNumber(const char* s, unsigned n, bool copy) {
    if (collecting_) return collector_.RawNumber(s, n, copy);
    return scalar(detail::is_integer_text({s, n}) ? JsonKind::integer : JsonKind::real);
  }
  bool String(const char* s, unsigned n, bool copy) {
    return collecting_ ? collector_.String(s, n, copy) : scalar(JsonKind::string);
  }
  bool Key(const char* s, unsigned n, bool copy);
  bool StartObject() { return collecting_ ? collector_.StartObject() : start(JsonKind::object); }
  bool StartArray() { return collecting_ ? collector_.StartArray() : start(JsonKind::array); }
  bool EndObject(unsigned members) {
    if (!collecting_) return end();
    collector_.EndObject(members);
    if (collector_.complete()) finish_record();
    return true;
  }
  bool EndArray(unsigned elements) { return collecting_ ? collector_.EndArray(elements) : end(); }

 private:
  bool scalar(JsonKind kind);
  bool start(JsonKind kind);
  bool end();
  [[noreturn]] void unexpected(JsonKind kind);
  void finish_record();

  detail::RecordCollector collector_;
  detail::JsonRecords& records_;
  detail::ChunkedStream& stream_;
  std::string_view display_name_;
  Section section_ = Section::none;
  std::string section_key_;
  std::size_t depth_ = 0;       // 1: inside the top-level object, 2: inside a section's array
  std::size_t skip_depth_ = 0;  // > 0 while skipping the value of an unknown top-level field
  bool collecting_ = false;
};

bool DocumentHandler::Key(const char* s, unsigned n, bool copy) {
  if (collecting_) return collector_.Key(s, n, copy);
  if (skip_depth_ == 0 && depth_ == 1) {
    detail::refuse_lone_surrogate(stream_, display_name_, collector_.value_start(), {s, n});
    section_key_.assign(s, n);
    section_ = section_key_ == "facts"       ? Section::facts
               : section_key_ == "entities"  ? Section::entities
               : section_key_ == "sources"   ? Section::sources
               : section_key_ == "source"    ? Section::source
               : section_key_ == "decisions" ? Section::decisions
                                             : Section::unknown;
  }
  collector_.mark_end();
  if (section_ == Section::unknown && skip_depth_ == 0 && depth_ == 1) {
    records_.warn_unknown(section_key_, collector_.value_start(), "the top-level object");
  }
  return true;
}

bool DocumentHandler::scalar(JsonKind kind) {
  if (skip_depth_ == 0 && section_ != Section::unknown) unexpected(kind);
  collector_.mark_end();
  return true;
}

bool DocumentHandler::start(JsonKind kind) {
  if (skip_depth_ > 0 || (depth_ == 1 && section_ == Section::unknown)) {
    ++skip_depth_;
    collector_.mark_bracket_end();
    return true;
  }
  const bool record_start = kind == JsonKind::object && ((depth_ == 1 && section_ == Section::source) ||
                                                         (depth_ == 2 && section_ != Section::source));
  if (record_start) {
    if (section_ == Section::source && records_.facts_read() > 0) {
      records_.fail(collector_.value_start(),
                    "expected \"source\" before \"facts\" (it is the default source of the facts that follow), "
                    "got it after them");
    }
    collector_.clear();
    collecting_ = true;
    return collector_.StartObject();
  }
  const bool section_start = kind == JsonKind::array && depth_ == 1 && section_ != Section::source;
  if (!(depth_ == 0 && kind == JsonKind::object) && !section_start) unexpected(kind);
  ++depth_;
  collector_.mark_bracket_end();
  return true;
}

bool DocumentHandler::end() {
  if (skip_depth_ > 0) {
    --skip_depth_;
  } else {
    --depth_;
    section_ = Section::none;
  }
  collector_.mark_bracket_end();
  return true;
}

void DocumentHandler::unexpected(JsonKind kind) {
  const std::size_t at = collector_.value_start();
  const std::string_view got = detail::kind_name(kind);
  if (depth_ == 0) records_.fail(at, fmt::format("expected a JSON object at the top level, got {}", got));
  if (depth_ == 1 && section_ == Section::source) {
    records_.fail(at, fmt::format("\"source\" must be an object, got {}", got));
  }
  if (depth_ == 1) records_.fail(at, fmt::format("\"{}\" must be an array of objects, got {}", section_key_, got));
  records_.fail(at, fmt::format("each element of \"{}\" must be an object, got {}", section_key_, got));
}

void DocumentHandler::finish_record() {
  collecting_ = false;
  switch (section_) {
    case Section::facts:
      records_.add_fact(collector_.tree(), 0);
      break;
    case Section::entities:
      records_.add_entity(collector_.tree(), 0);
      break;
    case Section::sources:
      records_.add_source(collector_.tree(), 0, false);
      break;
    case Section::source:
      records_.add_source(collector_.tree(), 0, true);
      break;
    case Section::decisions:
      records_.add_decision(collector_.tree(), 0);
      break;
    case Section::none:
    case Section::unknown:
      break;
  }
}

}  // namespace

void detail::read_json_source(ByteSource& source, std::string_view display_name, kg::graph::GraphBuilder& builder,
                              const ReadOptions& options) {
  detail::ChunkedStream stream(source);
  detail::JsonRecords records(builder, display_name, stream, options);
  DocumentHandler handler(stream, display_name, records);
  rapidjson::Reader reader;
  // Numbers as written, converted by RecordCollector::RawNumber (correctly rounded).
  constexpr unsigned kFlags =
      rapidjson::kParseIterativeFlag | rapidjson::kParseValidateEncodingFlag | rapidjson::kParseNumbersAsStringsFlag;
  const rapidjson::ParseResult result = reader.Parse<kFlags>(stream, handler);
  if (result.IsError()) {
    records.fail(result.Offset(),
                 detail::parse_error_message(result.Code(), stream.byte_at(result.Offset()), "the end of the file"));
  }
  if (!stream.at_end()) {  // RapidJSON stops at a NUL byte as at the end of its input
    records.fail(stream.Tell(), fmt::format("expected nothing after the top-level object, got {}",
                                            detail::describe_byte(static_cast<unsigned char>(stream.Peek()))));
  }
}

void read_json(std::string_view text, std::string_view display_name, kg::graph::GraphBuilder& builder,
               const ReadOptions& options) {
  detail::ByteSource source = detail::ByteSource::from_memory(text, options);
  detail::read_json_source(source, display_name, builder, options);
}

void read_json_file(const std::filesystem::path& file, kg::graph::GraphBuilder& builder, const ReadOptions& options) {
  detail::ByteSource source = detail::ByteSource::open_file(file, options);
  detail::read_json_source(source, file.string(), builder, options);
}

}  // namespace kg::ingest
