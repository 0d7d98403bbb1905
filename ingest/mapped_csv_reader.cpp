// CSV by mapping (kg build --map): a foreign file's columns, named by a CsvMapping, become entities or facts; every
// column the mapping does not name is a typed property, as in kg's own CSV.
#include "mapped_csv_reader.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <string>
#include <vector>

#include "cell_value.h"
#include "csv_parser.h"
#include "csv_records.h"
#include "date_format.h"
#include "interval_date.h"
#include "kg/graph/text.h"

namespace kg::ingest::detail {
namespace {

/// A MappedValue resolved against a header: column indices (the first non-empty cell wins) or a constant.
struct Resolved {
  std::vector<std::size_t> columns;
  const std::string* constant = nullptr;
  bool empty() const { return columns.empty() && constant == nullptr; }
};

std::string_view trim(std::string_view text) {
  const auto first = text.find_first_not_of(" \t");
  if (first == std::string_view::npos) return {};
  return text.substr(first, text.find_last_not_of(" \t") - first + 1);
}

class MappedCsvReader {
 public:
  MappedCsvReader(ByteSource& source, std::string_view display_name, kg::graph::GraphBuilder& builder,
                  const CsvMapping& mapping, char separator, bool parse_ahead)
      : parser_(source, display_name, separator, parse_ahead),
        builder_(builder),
        file_(builder.add_file(display_name)),
        display_name_(display_name),
        mapping_(mapping) {}

  void read();

 private:
  [[noreturn]] void fail(std::uint32_t line, std::uint32_t column, std::string message) const {
    throw kg::graph::InputError({display_name_, line, column}, std::move(message));
  }
  [[noreturn]] void fail(const CsvField& field, std::string message) const {
    fail(field.line, field.column, std::move(message));
  }
  kg::graph::RecordLocation location(const CsvField& field) const { return {file_, field.line, field.column}; }

  std::optional<std::size_t> column_named(std::string_view name) const;
  bool has_columns(const MappedValue& value) const;
  Resolved resolve(const MappedValue& value, std::string_view role, bool required);
  /// The first non-empty cell of `value`'s columns (or its constant); `at` is set to that cell when there is one.
  std::string_view cell(const Resolved& value, const CsvField** at = nullptr) const;
  kg::graph::PartialDate date(const Resolved& value, std::string_view role) const;
  void add_entity();
  void add_fact();
  void add_properties(std::vector<std::pair<std::string_view, kg::graph::PropertyValue>>& props) const;

  CsvRecords parser_;
  kg::graph::GraphBuilder& builder_;
  std::uint32_t file_;
  std::string display_name_;
  const CsvMapping& mapping_;
  std::vector<std::string> names_;
  std::vector<bool> mapped_;  // by column: named by the mapping (so not a property)
  std::vector<CsvField> fields_;
  bool facts_ = false;
  Resolved id_, name_, type_, aliases_;
  Resolved subject_, object_, predicate_, date_, start_, end_, source_, confidence_, quote_;
  kg::graph::EntityRecord entity_;
  kg::graph::FactRecord fact_;
};

std::optional<std::size_t> MappedCsvReader::column_named(std::string_view name) const {
  const auto exact = std::find(names_.begin(), names_.end(), name);
  if (exact != names_.end()) return exact - names_.begin();
  const auto folded = std::find_if(names_.begin(), names_.end(),
                                   [&](const std::string& n) { return graph::equals_ascii_folded(n, name); });
  if (folded != names_.end()) return folded - names_.begin();
  return std::nullopt;
}

bool MappedCsvReader::has_columns(const MappedValue& value) const {
  return std::any_of(value.columns.begin(), value.columns.end(),
                     [&](const std::string& c) { return column_named(c).has_value(); });
}

Resolved MappedCsvReader::resolve(const MappedValue& value, std::string_view role, bool required) {
  Resolved resolved;
  if (value.constant) resolved.constant = &*value.constant;
  for (const std::string& column : value.columns) {  // of several columns, those the file has
    if (const auto index = column_named(column)) {
      resolved.columns.push_back(*index);
      mapped_[*index] = true;
    }
  }
  if (resolved.columns.empty() && !value.columns.empty()) {
    fail(parser_.record_line(), 1,
         fmt::format("{} maps \"{}\" to the column{} \"{}\", which this file does not have (columns: {})",
                     mapping_.display_name, role, value.columns.size() == 1 ? "" : "s",
                     fmt::join(value.columns, "\", \""), fmt::join(names_, ", ")));
  }
  if (required && resolved.empty()) {
    fail(parser_.record_line(), 1,
         fmt::format("{} gives no \"{}\" for this file's {} (a column, or {{\"value\": ...}})", mapping_.display_name,
                     role, facts_ ? "facts" : "entities"));
  }
  return resolved;
}

std::string_view MappedCsvReader::cell(const Resolved& value, const CsvField** at) const {
  for (const std::size_t column : value.columns) {
    if (!fields_[column].text.empty()) {
      if (at != nullptr) *at = &fields_[column];
      return fields_[column].text;
    }
  }
  return value.constant != nullptr ? std::string_view(*value.constant) : std::string_view();
}

kg::graph::PartialDate MappedCsvReader::date(const Resolved& value, std::string_view role) const {
  const CsvField* at = nullptr;
  const std::string_view text = trim(cell(value, &at));
  if (text.empty()) return {};
  for (const std::string& format : mapping_.facts->date_formats) {
    if (const auto parsed = parse_date_with_format(text, format)) return *parsed;
  }
  if (const auto parsed = kg::graph::parse_partial_date(text)) return *parsed;
  const std::string expected =
      mapping_.facts->date_formats.empty()
          ? std::string("an ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD)")
          : fmt::format("a date like {} or ISO 8601", fmt::join(mapping_.facts->date_formats, ", "));
  if (at == nullptr)
    fail(parser_.record_line(), 1, fmt::format("expected {} for \"{}\", got \"{}\"", expected, role, text));
  fail(*at, fmt::format("expected {} for \"{}\" (column \"{}\"), got \"{}\"", expected, role,
                        names_[static_cast<std::size_t>(at - fields_.data())], text));
}

void MappedCsvReader::add_properties(std::vector<std::pair<std::string_view, kg::graph::PropertyValue>>& props) const {
  for (std::size_t i = 0; i < fields_.size(); ++i) {
    if (!mapped_[i] && !fields_[i].text.empty()) props.emplace_back(names_[i], typed_cell(fields_[i].text));
  }
}

void MappedCsvReader::add_entity() {
  kg::graph::EntityRecord& entity = entity_;
  entity.at = location(fields_.front());
  const CsvField* id_at = nullptr;
  entity.id = cell(id_, &id_at);
  if (entity.id.empty()) {
    fail(fields_[id_.columns.front()],
         fmt::format("expected an entity id in the column \"{}\", got an empty field", names_[id_.columns.front()]));
  }
  entity.name = cell(name_);
  entity.type = trim(cell(type_));
  entity.aliases.clear();
  const std::string separator = mapping_.entities->alias_separator.value_or(";");
  for (const std::size_t column : aliases_.columns) {
    std::string_view rest = fields_[column].text;
    while (!rest.empty()) {
      const std::size_t end = std::min(rest.find(separator), rest.size());
      if (const std::string_view alias = trim(rest.substr(0, end)); !alias.empty()) entity.aliases.push_back(alias);
      rest.remove_prefix(std::min(end + separator.size(), rest.size()));
    }
  }
  entity.props.clear();
  add_properties(entity.props);
  builder_.add_entity(entity);
}

void MappedCsvReader::add_fact() {
  kg::graph::FactRecord& fact = fact_;
  fact.at = location(fields_.front());
  const auto reference = [&](const Resolved& value, std::string_view role, kg::graph::Reference& out) {
    const CsvField* at = nullptr;
    out.text = cell(value, &at);
    if (out.text.empty()) {
      const CsvField& field = value.columns.empty() ? fields_.front() : fields_[value.columns.front()];
      fail(field, fmt::format("expected the {} in the column \"{}\", got an empty field", role,
                              value.columns.empty() ? role : std::string_view(names_[value.columns.front()])));
    }
    out.declared.reset();
    out.at = at != nullptr ? location(*at) : fact.at;
  };
  reference(subject_, "subject", fact.subject);
  reference(object_, "object", fact.object);
  const CsvField* predicate_at = nullptr;
  fact.predicate = trim(cell(predicate_, &predicate_at));
  if (fact.predicate.empty()) {
    fail(predicate_at != nullptr ? *predicate_at : fields_[predicate_.columns.front()],
         "expected a predicate, got an empty field");
  }
  fact.props.clear();
  if (!date_.empty()) {
    fact.date = date(date_, "date");
  } else {
    const kg::graph::PartialDate start = date(start_, "start");
    const kg::graph::PartialDate end = date(end_, "end");
    const std::optional<kg::graph::PartialDate> interval = interval_date(start, end);
    if (!interval) {
      const CsvField* at = nullptr;
      cell(end_, &at);
      const std::string message = fmt::format("the end {} is before the start {}", end.to_string(), start.to_string());
      if (at == nullptr) fail(parser_.record_line(), 1, message);
      fail(*at, message);
    }
    fact.date = *interval;
  }
  fact.source = trim(cell(source_));
  fact.quote = cell(quote_);
  fact.confidence.reset();
  const CsvField* confidence_at = nullptr;
  if (const std::string_view text = trim(cell(confidence_, &confidence_at)); !text.empty()) {
    const auto number = parse_number(text);
    if (!number || !(*number >= 0 && *number <= 1)) {
      const std::string message = fmt::format("\"confidence\" must be a number from 0 to 1, got \"{}\"", text);
      if (confidence_at == nullptr) fail(parser_.record_line(), 1, message);
      fail(*confidence_at, message);
    }
    fact.confidence = static_cast<float>(*number);
  }
  add_properties(fact.props);
  builder_.add_source_id(fact.source, fact.at);  // a mapped file names sources but cannot declare them
  builder_.add_fact(fact);
}

void MappedCsvReader::read() {
  if (!parser_.next(fields_)) fail(1, 0, "expected a header line, got an empty file");
  for (const CsvField& field : fields_) names_.emplace_back(trim(field.text));
  mapped_.assign(names_.size(), false);
  const bool facts_fit = mapping_.facts && has_columns(mapping_.facts->subject) && has_columns(mapping_.facts->object);
  const bool entities_fit = mapping_.entities && has_columns(mapping_.entities->id);
  if (!facts_fit && !entities_fit) {
    std::vector<std::string> wanted;
    if (mapping_.facts) {
      wanted.push_back(fmt::format("its facts need {}", fmt::join(mapping_.facts->subject.columns, ", ")) +
                       fmt::format(" and {}", fmt::join(mapping_.facts->object.columns, ", ")));
    }
    if (mapping_.entities)
      wanted.push_back(fmt::format("its entities need {}", fmt::join(mapping_.entities->id.columns, ", ")));
    fail(parser_.record_line(), 1,
         fmt::format(
             "this file fits no part of {}: {}; its columns are {}", mapping_.display_name,
             wanted.empty() ? std::string("it maps nothing for this file") : fmt::format("{}", fmt::join(wanted, "; ")),
             fmt::join(names_, ", ")));
  }
  facts_ = facts_fit;
  if (facts_) {
    const FactColumns& columns = *mapping_.facts;
    subject_ = resolve(columns.subject, "subject", true);
    object_ = resolve(columns.object, "object", true);
    predicate_ = resolve(columns.predicate, "predicate", true);
    date_ = resolve(columns.date, "date", false);
    start_ = resolve(columns.start, "start", false);
    end_ = resolve(columns.end, "end", false);
    source_ = resolve(columns.source, "source", false);
    confidence_ = resolve(columns.confidence, "confidence", false);
    quote_ = resolve(columns.quote, "quote", false);
  } else {
    const EntityColumns& columns = *mapping_.entities;
    id_ = resolve(columns.id, "id", true);
    name_ = resolve(columns.name, "name", false);
    type_ = resolve(columns.type, "type", false);
    aliases_ = resolve(columns.aliases, "aliases", false);
  }
  while (parser_.next(fields_)) {
    if (fields_.size() != names_.size()) {
      const CsvField& at = fields_.size() > names_.size() ? fields_[names_.size()] : fields_.front();
      fail(at, fmt::format("expected {} fields as in the header, got {}", names_.size(), fields_.size()));
    }
    if (facts_) {
      add_fact();
    } else {
      add_entity();
    }
  }
}

}  // namespace

void read_mapped_csv(ByteSource& source, std::string_view display_name, kg::graph::GraphBuilder& builder,
                     const CsvMapping& mapping, char separator, bool parse_ahead) {
  const std::string file_name = std::filesystem::path(display_name).filename().string();
  const CsvMapping chosen = mapping.for_file(file_name);
  MappedCsvReader(source, display_name, builder, chosen, separator, parse_ahead).read();
}

}  // namespace kg::ingest::detail
