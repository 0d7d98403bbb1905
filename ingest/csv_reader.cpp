#include "kg/ingest/csv_reader.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <array>
#include <string>
#include <vector>

#include "byte_source.h"
#include "cell_value.h"
#include "csv_parser.h"
#include "kg/graph/date.h"
#include "kg/graph/text.h"

namespace kg::ingest {
namespace {

using detail::CsvField;
using kg::graph::RecordLocation;

enum class Column : std::uint8_t {
  id,
  type,
  name,
  aliases,
  subject,
  predicate,
  object,
  source,
  date,
  confidence,
  quote,
  property
};

constexpr std::array<std::string_view, 11> kColumnNames = {
    "id", "type", "name", "aliases", "subject", "predicate", "object", "source", "date", "confidence", "quote"};

std::string_view trim(std::string_view text) {
  const auto first = text.find_first_not_of(" \t");
  if (first == std::string_view::npos) return {};
  return text.substr(first, text.find_last_not_of(" \t") - first + 1);
}

/// Reads one CSV/TSV file: the header decides whether it holds entities or facts and what each column means.
class CsvReader {
 public:
  CsvReader(detail::ByteSource& source, std::string_view display_name, kg::graph::GraphBuilder& builder, char separator)
      : parser_(source, display_name, separator),
        builder_(builder),
        file_(builder.add_file(display_name)),
        display_name_(display_name) {}

  void read() {
    read_header();
    while (parser_.next(fields_)) {
      check_width();
      if (facts_) {
        add_fact();
      } else {
        add_entity();
      }
    }
  }

 private:
  [[noreturn]] void fail(std::uint32_t line, std::uint32_t column, std::string message) const {
    throw kg::graph::InputError({display_name_, line, column}, std::move(message));
  }
  [[noreturn]] void fail(const CsvField& field, std::string message) const {
    fail(field.line, field.column, std::move(message));
  }
  RecordLocation location(const CsvField& field) const { return {file_, field.line, field.column}; }
  bool has(Column column) const { return std::find(columns_.begin(), columns_.end(), column) != columns_.end(); }

  void read_header();
  void check_width() const;
  std::string_view required(const CsvField& field, std::size_t index) const;
  void add_property(std::vector<std::pair<std::string_view, kg::graph::PropertyValue>>& props, std::size_t index,
                    const CsvField& field) const {
    if (!field.text.empty()) props.emplace_back(names_[index], detail::typed_cell(field.text));
  }
  void add_fact();
  void add_entity();

  detail::CsvParser parser_;
  kg::graph::GraphBuilder& builder_;
  std::uint32_t file_;
  std::string display_name_;
  std::vector<std::string> names_;  // column names as written, trimmed
  std::vector<Column> columns_;
  bool facts_ = false;
  std::vector<CsvField> fields_;
  kg::graph::FactRecord fact_;
  kg::graph::EntityRecord entity_;
};

void CsvReader::read_header() {
  if (!parser_.next(fields_)) fail(1, 0, "expected a header line, got an empty file");
  for (const CsvField& field : fields_) {
    const std::string_view name = trim(field.text);
    if (name.empty()) fail(field, "expected a column name in the header, got an empty field");
    const auto same = std::find_if(names_.begin(), names_.end(),
                                   [&](const std::string& other) { return graph::equals_ascii_folded(other, name); });
    if (same != names_.end()) {
      fail(field,
           fmt::format("duplicate column \"{}\" (also column {} of the header)", name, same - names_.begin() + 1));
    }
    names_.emplace_back(name);
  }
  const auto role_named = [&](std::string_view name) {
    for (std::size_t i = 0; i < kColumnNames.size(); ++i) {
      if (graph::equals_ascii_folded(name, kColumnNames[i])) return static_cast<Column>(i);
    }
    return Column::property;
  };
  for (const std::string& name : names_) columns_.push_back(role_named(name));
  const bool subject = has(Column::subject);
  const bool predicate = has(Column::predicate);
  const bool object = has(Column::object);
  facts_ = subject || predicate || object;
  const std::uint32_t header_line = parser_.record_line();
  if (facts_ && !(subject && predicate && object)) {
    fail(header_line, 1,
         fmt::format("expected \"subject\", \"predicate\" and \"object\" columns in a fact file, "
                     "\"{}\" is missing",
                     !subject     ? "subject"
                     : !predicate ? "predicate"
                                  : "object"));
  }
  if (!facts_ && !has(Column::id)) {
    fail(header_line, 1,
         fmt::format("expected an \"id\" column (entities) or \"subject\", \"predicate\" and "
                     "\"object\" columns (facts) in the header, got \"{}\"",
                     fmt::join(names_, "\", \"")));
  }
  // Columns that mean something only in the other kind of file are plain properties.
  const auto first_own = facts_ ? Column::subject : Column::id;
  const auto last_own = facts_ ? Column::quote : Column::aliases;
  for (Column& column : columns_) {
    if (column < first_own || column > last_own) column = Column::property;
  }
}

void CsvReader::check_width() const {
  if (fields_.size() == names_.size()) return;
  const CsvField& at = fields_.size() > names_.size() ? fields_[names_.size()] : fields_.front();
  fail(at, fmt::format("expected {} fields as in the header, got {}", names_.size(), fields_.size()));
}

std::string_view CsvReader::required(const CsvField& field, std::size_t index) const {
  if (field.text.empty()) {
    fail(field, fmt::format("expected a value in the \"{}\" column, got an empty field", names_[index]));
  }
  return field.text;
}

void CsvReader::add_fact() {
  kg::graph::FactRecord& fact = fact_;
  fact.source = fact.quote = {};
  fact.date = {};
  fact.confidence.reset();
  fact.props.clear();
  fact.at = location(fields_.front());
  for (std::size_t i = 0; i < fields_.size(); ++i) {
    const CsvField& field = fields_[i];
    switch (columns_[i]) {
      case Column::subject:
      case Column::object: {
        kg::graph::Reference& ref = columns_[i] == Column::subject ? fact.subject : fact.object;
        ref.text = required(field, i);
        ref.at = location(field);
        break;
      }
      case Column::predicate:
        fact.predicate = required(field, i);
        break;
      case Column::source:
        fact.source = field.text;
        break;
      case Column::quote:
        fact.quote = field.text;
        break;
      case Column::date:
        if (field.text.empty()) break;
        if (auto date = kg::graph::parse_partial_date(field.text)) {
          fact.date = *date;
        } else {
          fail(field, fmt::format("\"date\" must be an ISO 8601 date string (YYYY, YYYY-MM or YYYY-MM-DD), got "
                                  "\"{}\"",
                                  field.text));
        }
        break;
      case Column::confidence: {
        if (field.text.empty()) break;
        const auto number = detail::parse_number(field.text);
        if (!number || !(*number >= 0 && *number <= 1)) {
          fail(field, fmt::format("\"confidence\" must be a number from 0 to 1, got \"{}\"", field.text));
        }
        fact.confidence = static_cast<float>(*number);
        break;
      }
      default:
        add_property(fact.props, i, field);
        break;
    }
  }
  builder_.add_fact(fact);
}

void CsvReader::add_entity() {
  kg::graph::EntityRecord& entity = entity_;
  entity.type = entity.name = {};
  entity.aliases.clear();
  entity.props.clear();
  entity.at = location(fields_.front());
  for (std::size_t i = 0; i < fields_.size(); ++i) {
    const CsvField& field = fields_[i];
    switch (columns_[i]) {
      case Column::id:
        entity.id = required(field, i);
        break;
      case Column::type:
        entity.type = field.text;
        break;
      case Column::name:
        entity.name = field.text;
        break;
      case Column::aliases: {
        std::string_view rest = field.text;
        while (!rest.empty()) {
          const std::size_t end = std::min(rest.find(';'), rest.size());
          if (const std::string_view alias = trim(rest.substr(0, end)); !alias.empty()) {
            entity.aliases.push_back(alias);
          }
          rest.remove_prefix(std::min(end + 1, rest.size()));
        }
        break;
      }
      default:
        add_property(entity.props, i, field);
        break;
    }
  }
  builder_.add_entity(entity);
}

void read_csv_source(detail::ByteSource& source, std::string_view display_name, kg::graph::GraphBuilder& builder,
                     std::optional<char> separator) {
  CsvReader(source, display_name, builder, separator.value_or('\0')).read();
}

}  // namespace

void read_csv(std::string_view text, std::string_view display_name, kg::graph::GraphBuilder& builder,
              const ReadOptions& options, std::optional<char> separator) {
  detail::ByteSource source = detail::ByteSource::from_memory(text, options);
  read_csv_source(source, display_name, builder, separator);
}

void read_csv_file(const std::filesystem::path& file, kg::graph::GraphBuilder& builder, const ReadOptions& options,
                   std::optional<char> separator) {
  detail::ByteSource source = detail::ByteSource::open_file(file, options);
  read_csv_source(source, file.string(), builder, separator);
}

}  // namespace kg::ingest
