#include "kg/ingest/csv_reader.h"

#include <absl/container/flat_hash_map.h>
#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <array>
#include <string>
#include <vector>

#include "byte_source.h"
#include "cell_value.h"
#include "csv_parser.h"
#include "csv_records.h"
#include "date_field.h"
#include "kg/graph/date.h"
#include "kg/graph/text.h"
#include "mapped_csv_reader.h"
#include "source_readers.h"

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
  grade,
  decision,
  ids,
  reason,
  author,
  property
};

constexpr std::array<std::string_view, 16> kColumnNames = {
    "id",   "type",       "name",  "aliases", "subject",  "predicate", "object", "source",
    "date", "confidence", "quote", "grade",   "decision", "ids",       "reason", "author"};

std::string_view trim(std::string_view text) {
  const auto first = text.find_first_not_of(" \t");
  if (first == std::string_view::npos) return {};
  return text.substr(first, text.find_last_not_of(" \t") - first + 1);
}

/// The non-empty items of a `;`-separated cell (aliases, a decision's ids), each trimmed.
void split_list(std::string_view cell, std::vector<std::string_view>& out) {
  while (!cell.empty()) {
    const std::size_t end = std::min(cell.find(';'), cell.size());
    if (const std::string_view item = trim(cell.substr(0, end)); !item.empty()) out.push_back(item);
    cell.remove_prefix(std::min(end + 1, cell.size()));
  }
}

/// Reads one CSV/TSV file: the header decides whether it holds entities or facts and what each column means.
class CsvReader {
 public:
  CsvReader(detail::ByteSource& source, std::string_view display_name, kg::graph::GraphBuilder& builder, char separator,
            bool parse_ahead)
      : parser_(source, display_name, separator, parse_ahead),
        builder_(builder),
        file_(builder.add_file(display_name)),
        display_name_(display_name) {}

  void read() {
    read_header();
    while (parser_.next(fields_)) {
      check_width();
      if (facts_) {
        add_fact();
      } else if (decisions_) {
        add_decision();
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
  /// A `date` cell: undated when empty, an error when not an ISO 8601 date or interval (or, with `point_of` naming
  /// the record, not a single date).
  kg::graph::PartialDate date_cell(const CsvField& field, std::string_view point_of = {}) const;
  void add_property(std::vector<std::pair<std::string_view, kg::graph::PropertyValue>>& props, std::size_t index,
                    const CsvField& field) const {
    if (!field.text.empty()) props.emplace_back(names_[index], detail::typed_cell(field.text));
  }
  void add_fact();
  void add_entity();
  void add_decision();

  detail::CsvRecords parser_;
  kg::graph::GraphBuilder& builder_;
  std::uint32_t file_;
  std::string display_name_;
  std::vector<std::string> names_;  // column names as written, trimmed
  std::vector<Column> columns_;
  bool facts_ = false;
  bool decisions_ = false;  // a decision file: columns decision, ids, reason, author, date
  std::vector<CsvField> fields_;
  kg::graph::FactRecord fact_;
  kg::graph::EntityRecord entity_;
  kg::graph::DecisionRecord decision_;
};

void CsvReader::read_header() {
  if (!parser_.next(fields_)) fail(1, 0, "expected a header line, got an empty file");
  absl::flat_hash_map<std::string, std::size_t> column_of;  // names lower-cased (ASCII) → column from 1
  for (const CsvField& field : fields_) {
    const std::string_view name = trim(field.text);
    if (name.empty()) fail(field, "expected a column name in the header, got an empty field");
    const auto [same, inserted] = column_of.try_emplace(graph::ascii_lowercase(name), names_.size() + 1);
    if (!inserted) {
      fail(field, fmt::format("duplicate column \"{}\" (also column {} of the header)", name, same->second));
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
  decisions_ = !facts_ && !has(Column::id) && has(Column::decision) && has(Column::ids);
  const std::uint32_t header_line = parser_.record_line();
  if (decisions_) {
    for (std::size_t i = 0; i < columns_.size(); ++i) {
      const bool own =
          columns_[i] == Column::date || (columns_[i] >= Column::decision && columns_[i] <= Column::author);
      if (!own) {
        fail(fields_[i], fmt::format("expected only the columns decision, ids, reason, author and date in a decision "
                                     "file, got \"{}\"",
                                     names_[i]));
      }
    }
    return;
  }
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
         fmt::format("expected an \"id\" column (entities), \"subject\", \"predicate\" and \"object\" columns "
                     "(facts) or \"decision\" and \"ids\" columns (decisions) in the header, got \"{}\"",
                     fmt::join(names_, "\", \"")));
  }
  // Columns that mean something only in the other kind of file are plain properties.
  const auto first_own = facts_ ? Column::subject : Column::id;
  const auto last_own = facts_ ? Column::grade : Column::aliases;
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

kg::graph::PartialDate CsvReader::date_cell(const CsvField& field, std::string_view point_of) const {
  if (field.text.empty()) return {};
  detail::FieldDate date = detail::read_date_field(field.text, "date", point_of);
  if (!date.error.empty()) fail(field, fmt::format("{}, got \"{}\"", date.error, field.text));
  return date.date;
}

void CsvReader::add_fact() {
  kg::graph::FactRecord& fact = fact_;
  fact.source = fact.quote = {};
  fact.date = {};
  fact.confidence.reset();
  fact.grade = {};
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
        if (graph::is_blank(fact.predicate)) {
          fail(field, "expected a value in the \"predicate\" column, got only white space");
        }
        break;
      case Column::source:
        fact.source = field.text;
        break;
      case Column::quote:
        fact.quote = field.text;
        break;
      case Column::date:
        fact.date = date_cell(field);
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
      case Column::grade:
        if (field.text.empty()) break;
        if (auto grade = kg::graph::parse_grade(field.text)) {
          fact.grade = *grade;
        } else {
          fail(field, fmt::format("\"grade\" must be an Admiralty grade: a reliability letter A to F and/or an "
                                  "information credibility digit 1 to 6 (B2, B, 2), got \"{}\"",
                                  field.text));
        }
        break;
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
      case Column::aliases:
        split_list(field.text, entity.aliases);
        break;
      default:
        add_property(entity.props, i, field);
        break;
    }
  }
  builder_.add_entity(entity);
}

void CsvReader::add_decision() {
  kg::graph::DecisionRecord& decision = decision_;
  decision.ids.clear();
  decision.reason = decision.author = {};
  decision.date = {};
  decision.at = location(fields_.front());
  for (std::size_t i = 0; i < fields_.size(); ++i) {
    const CsvField& field = fields_[i];
    switch (columns_[i]) {
      case Column::decision:
        if (field.text == "same_as") {
          decision.kind = kg::graph::DecisionKind::same_as;
        } else if (field.text == "different_from") {
          decision.kind = kg::graph::DecisionKind::different_from;
        } else {
          fail(field, fmt::format("\"decision\" must be \"same_as\" or \"different_from\", got \"{}\"", field.text));
        }
        break;
      case Column::ids:
        split_list(field.text, decision.ids);
        break;
      case Column::reason:
        decision.reason = field.text;
        break;
      case Column::author:
        decision.author = field.text;
        break;
      default:  // date: the only other column a decision file has
        decision.date = date_cell(field, "a decision");
        break;
    }
  }
  builder_.add_decision(decision);
}

}  // namespace

void detail::read_csv_source(ByteSource& source, std::string_view display_name, kg::graph::GraphBuilder& builder,
                             const ReadOptions& options, std::optional<char> separator) {
  if (options.csv_mapping != nullptr) {
    return read_mapped_csv(source, display_name, builder, *options.csv_mapping, separator.value_or('\0'),
                           options.parse_ahead);
  }
  CsvReader(source, display_name, builder, separator.value_or('\0'), options.parse_ahead).read();
}

void read_csv(std::string_view text, std::string_view display_name, kg::graph::GraphBuilder& builder,
              const ReadOptions& options, std::optional<char> separator) {
  detail::ByteSource source = detail::ByteSource::from_memory(text, options);
  detail::read_csv_source(source, display_name, builder, options, separator);
}

void read_csv_file(const std::filesystem::path& file, kg::graph::GraphBuilder& builder, const ReadOptions& options,
                   std::optional<char> separator) {
  detail::ByteSource source = detail::ByteSource::open_file(file, options);
  detail::read_csv_source(source, file.string(), builder, options, separator);
}

}  // namespace kg::ingest
