#include "xml_graph_records.h"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>

#include "date_field.h"
#include "kg/graph/date.h"
#include "kg/graph/text.h"

namespace kg::ingest::detail {
namespace {

using kg::graph::PartialDate;
using kg::graph::RecordLocation;

// kg's provenance summary on an edge (docs/EXPORT.md), read back into statements.
constexpr std::string_view kSources = "sources";
constexpr std::string_view kQuotes = "quotes";
constexpr std::string_view kFirstDate = "first_date";
constexpr std::string_view kLastDate = "last_date";
constexpr std::string_view kConfidence = "confidence";
constexpr std::string_view kWeight = "weight";
constexpr std::string_view kQuoteSeparator = "; ";  // kg's list separator; quotes may hold a lone ';'

std::string_view trim(std::string_view text) {
  const auto first = text.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return {};
  return text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1);
}

std::optional<double> parse_real(std::string_view text) {
  const std::string lower = graph::ascii_lowercase(text);
  std::string_view digits = lower;
  const bool negative = !digits.empty() && digits.front() == '-';
  if (!digits.empty() && (digits.front() == '-' || digits.front() == '+')) digits.remove_prefix(1);
  if (digits == "inf" || digits == "infinity") {
    return negative ? -std::numeric_limits<double>::infinity() : std::numeric_limits<double>::infinity();
  }
  if (digits == "nan") return std::numeric_limits<double>::quiet_NaN();
  double value = 0;
  const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
  if (error != std::errc() || end != digits.data() + digits.size() || digits.empty()) return std::nullopt;
  return negative ? -value : value;
}

std::string_view type_word(ValueType type) {
  switch (type) {
    case ValueType::integer:
      return "an integer";
    case ValueType::real:
      return "a number";
    case ValueType::boolean:
      return "a boolean (true or false)";
    case ValueType::string:
      break;
  }
  return "a string";
}

/// The dates kg's `first_date` and `last_date` summarise, in an order whose summary gives them back: the first
/// statement of the earliest start and the first of the latest end win ties (export/element_attributes.cpp).
void summary_dates(PartialDate first, PartialDate last, std::vector<PartialDate>& out) {
  if (!first.dated() || !last.dated() || first == last) {
    if (first.dated()) out.push_back(first);
    if (last.dated() && last != first) out.push_back(last);
    return;
  }
  if (first.latest() == last.latest()) {
    out.insert(out.end(), {last, first});
  } else {
    out.insert(out.end(), {first, last});
  }
}

}  // namespace

kg::graph::PropertyValue ElementValue::property() const {
  switch (type) {
    case ValueType::integer:
      return integer;
    case ValueType::real:
      return real;
    case ValueType::boolean:
      return boolean;
    case ValueType::string:
      break;
  }
  return std::string_view(text);
}

void GraphElement::clear() {
  id.clear();
  source.clear();
  target.clear();
  at = source_at = target_at = {};
  values.clear();
  dates.clear();
}

const ElementValue* GraphElement::find(std::string_view name) const {
  const auto found = std::find_if(values.begin(), values.end(), [&](const ElementValue& v) { return v.name == name; });
  return found == values.end() ? nullptr : &*found;
}

void split_list(std::string_view text, std::string_view separator, std::vector<std::string_view>& out) {
  while (!text.empty()) {
    const std::size_t end = std::min(text.find(separator), text.size());
    if (const std::string_view item = trim(text.substr(0, end)); !item.empty()) out.push_back(item);
    text.remove_prefix(std::min(end + separator.size(), text.size()));
  }
}

XmlGraphRecords::XmlGraphRecords(kg::graph::GraphBuilder& builder, std::string_view display_name,
                                 const ReadOptions& options)
    : builder_(builder), file_(builder.add_file(display_name)), display_name_(display_name), options_(options) {}

void XmlGraphRecords::fail(const RecordLocation& at, std::string message) const {
  throw kg::graph::InputError({display_name_, at.line, at.column}, std::move(message));
}

void XmlGraphRecords::warn_once(std::string_view key, const RecordLocation& at, std::string_view message) {
  if (!options_.warn || !warned_.emplace(key).second) return;
  options_.warn({display_name_, at.line, at.column}, fmt::format("{} (reported once per file)", message));
}

void XmlGraphRecords::add_value(GraphElement& element, std::string_view name, ValueType type, std::string_view text,
                                RecordLocation at, std::string_view what) {
  if (element.find(name) != nullptr) {
    warn_once(fmt::format("repeated\n{}", name), at,
              fmt::format("a second value of \"{}\" for one element is ignored", name));
    return;
  }
  ElementValue value{.name = std::string(name), .type = type, .text = std::string(text), .at = at};
  const std::string_view number = trim(text);
  const auto bad = [&] { fail(at, fmt::format("expected {} for {}, got \"{}\"", type_word(type), what, text)); };
  switch (type) {
    case ValueType::string:
      if (text.empty()) return;  // an empty value is no value
      break;
    case ValueType::integer: {
      const auto [end, error] = std::from_chars(number.data(), number.data() + number.size(), value.integer);
      if (number.empty() || error != std::errc() || end != number.data() + number.size()) bad();
      break;
    }
    case ValueType::real: {
      const auto real = parse_real(number);
      if (!real) bad();
      if (std::isnan(*real)) return;  // igraph and pandas write NaN for a missing number
      value.real = *real;
      break;
    }
    case ValueType::boolean: {
      const std::string lower = graph::ascii_lowercase(number);
      if (lower == "true" || lower == "1") {
        value.boolean = true;
      } else if (lower != "false" && lower != "0") {
        bad();
      }
      break;
    }
  }
  element.values.push_back(std::move(value));
}

void XmlGraphRecords::add_node(const GraphElement& node) {
  const GraphAttributes& names = options_.graph_attributes;
  kg::graph::EntityRecord& entity = entity_;
  entity.type = entity.name = {};
  entity.aliases.clear();
  entity.props.clear();
  entity.at = node.at;
  const ElementValue* id = node.find(names.id);
  entity.id = id != nullptr && !trim(id->text).empty() ? std::string_view(id->text) : std::string_view(node.id);
  const ElementValue* name = nullptr;
  for (const std::string& candidate : names.name) {
    name = node.find(candidate);
    if (name != nullptr && !name->text.empty()) break;
    name = nullptr;
  }
  if (name != nullptr) entity.name = name->text;
  const ElementValue* type = node.find(names.type);
  if (type != nullptr) entity.type = trim(type->text);
  const ElementValue* aliases = node.find(names.aliases);
  if (aliases != nullptr) split_list(aliases->text, ";", entity.aliases);
  const auto repeats_name = [&](const ElementValue& value) {  // kg's GraphML carries the name as label and name
    return name != nullptr && value.text == name->text &&
           std::find(names.name.begin(), names.name.end(), value.name) != names.name.end();
  };
  for (const ElementValue& value : node.values) {
    if (&value == id || &value == type || &value == aliases || repeats_name(value)) continue;
    entity.props.emplace_back(value.name, value.property());
  }
  builder_.add_entity(entity);
  if (remap_ids_) entity_of_node_.insert_or_assign(node.id, std::string(entity.id));
}

std::string_view XmlGraphRecords::endpoint(const std::string& xml_id) const {
  const auto found = entity_of_node_.find(xml_id);
  return found == entity_of_node_.end() ? std::string_view(xml_id) : std::string_view(found->second);
}

void XmlGraphRecords::add_edge(const GraphElement& edge) {
  if (!remap_ids_) return emit_edge(edge, edge.source, edge.target);
  if (entity_of_node_.contains(edge.source) && entity_of_node_.contains(edge.target)) {
    return emit_edge(edge, endpoint(edge.source), endpoint(edge.target));
  }
  waiting_.push_back(edge);
}

void XmlGraphRecords::finish() {
  for (const GraphElement& edge : waiting_) emit_edge(edge, endpoint(edge.source), endpoint(edge.target));
  waiting_.clear();
}

void XmlGraphRecords::emit_edge(const GraphElement& edge, std::string_view subject, std::string_view object) {
  const GraphAttributes& names = options_.graph_attributes;
  std::string_view predicate;
  for (const std::string& candidate : names.predicate) {
    if (const ElementValue* value = edge.find(candidate); value != nullptr && !trim(value->text).empty()) {
      predicate = trim(value->text);
      break;
    }
  }
  if (predicate.empty()) predicate = names.default_predicate;
  const auto is_predicate = [&](const ElementValue& value) {
    return std::find(names.predicate.begin(), names.predicate.end(), value.name) != names.predicate.end() &&
           trim(value.text) == predicate;
  };

  sources_.clear();
  quotes_.clear();
  std::vector<PartialDate> dates;
  PartialDate first, last;
  std::optional<float> confidence;
  kg::graph::FactRecord& fact = fact_;
  fact.props.clear();
  for (const ElementValue& value : edge.values) {
    if (is_predicate(value)) continue;
    if (value.name == kSources) {
      split_list(value.text, ";", sources_);
    } else if (value.name == kQuotes) {
      split_list(value.text, kQuoteSeparator, quotes_);
    } else if (value.name == kFirstDate || value.name == kLastDate) {
      const FieldDate date = read_date_field(trim(value.text), value.name, {});
      if (!date.error.empty()) fail(value.at, fmt::format("{}, got \"{}\"", date.error, value.text));
      (value.name == kFirstDate ? first : last) = date.date;
    } else if (value.name == kConfidence) {
      const std::optional<double> number = value.type == ValueType::integer ? static_cast<double>(value.integer)
                                           : value.type == ValueType::real  ? value.real
                                                                            : parse_real(trim(value.text));
      if (!number || !(*number >= 0 && *number <= 1)) {
        fail(value.at, fmt::format("\"confidence\" must be a number from 0 to 1, got \"{}\"", value.text));
      }
      confidence = static_cast<float>(*number);
    } else if (value.name == kWeight && kg_export_) {
      continue;  // kg writes the number of sources as the weight
    } else {
      fact.props.emplace_back(value.name, value.property());
    }
  }
  summary_dates(first, last, dates);
  if (dates.empty()) dates = edge.dates;

  fact.subject = {.text = subject, .declared = {}, .at = edge.source_at};
  fact.object = {.text = object, .declared = {}, .at = edge.target_at};
  fact.predicate = predicate;
  fact.at = edge.at;
  const std::size_t statements = std::max({sources_.size(), quotes_.size(), dates.size(), std::size_t{1}});
  for (std::size_t i = 0; i < statements; ++i) {
    fact.source = i < sources_.size() ? sources_[i] : std::string_view();
    fact.quote = i < quotes_.size() ? quotes_[i] : std::string_view();
    fact.date = i < dates.size() ? dates[i] : PartialDate{};
    fact.confidence = i == 0 ? confidence : std::nullopt;
    if (i == 1) fact.props.clear();                // properties once: the edge keeps the first statement's
    builder_.add_source_id(fact.source, fact.at);  // GraphML and GEXF cite sources but cannot declare them
    builder_.add_fact(fact);
  }
}

}  // namespace kg::ingest::detail
