#include "json_records.h"

#include <fmt/format.h>

#include "date_field.h"
#include "kg/graph/date.h"
#include "kg/graph/text.h"

namespace kg::ingest::detail {

using kg::graph::EntityRecord;
using kg::graph::PartialDate;
using kg::graph::PropertyValue;
using kg::graph::RecordLocation;
using kg::graph::Reference;

namespace {

/// Tracks which known fields a record has, so a repeated field is an error rather than silently overwritten.
class SeenFields {
 public:
  explicit SeenFields(const JsonRecords& records) : records_(records) {}
  void mark(unsigned bit, const JsonNode& field) {
    if ((mask_ & (1U << bit)) != 0)
      records_.fail(records_.start(field), fmt::format("duplicate field \"{}\"", field.key));
    mask_ |= 1U << bit;
  }
  bool has(unsigned bit) const { return (mask_ & (1U << bit)) != 0; }

 private:
  const JsonRecords& records_;
  unsigned mask_ = 0;
};

std::string describe_value(const JsonNode& node) {
  switch (node.kind) {
    case JsonKind::integer:
      return fmt::format("{}", node.integer);
    case JsonKind::real:
      return fmt::format("{}", node.real);
    case JsonKind::string:
      return fmt::format("\"{}\"", node.text);
    default:
      return std::string(kind_name(node.kind));
  }
}

}  // namespace

JsonRecords::JsonRecords(kg::graph::GraphBuilder& builder, std::string_view display_name, TextPositions& text,
                         const ReadOptions& options)
    : builder_(builder),
      file_(builder.add_file(display_name)),
      display_name_(display_name),
      text_(text),
      options_(options) {}

void JsonRecords::fail(std::size_t offset, std::string message) const {
  throw_input_error(text_, display_name_, offset, std::move(message));
}

RecordLocation JsonRecords::location(std::size_t offset) const {
  const LineColumn where = text_.locate(offset);
  return {file_, where.line, where.column};
}

std::size_t JsonRecords::start(const JsonNode& node) const { return text_.skip_separators(node.offset); }

void JsonRecords::warn_unknown(std::string_view key, std::size_t offset, std::string_view record_kind) {
  if (!options_.warn) return;
  unknown_key_.assign(record_kind).append(1, '\n').append(key);  // reused: no allocation once reported
  if (reported_unknown_.contains(unknown_key_)) return;
  reported_unknown_.insert(unknown_key_);
  const LineColumn where = text_.locate(offset);
  options_.warn({display_name_, where.line, where.column},
                fmt::format("unknown field \"{}\" in {} (ignored; reported once per file)", key, record_kind));
}

std::string_view JsonRecords::string_field(const JsonNode& field) const {
  if (field.kind != JsonKind::string) {
    fail(start(field), fmt::format("\"{}\" must be a string, got {}", field.key, kind_name(field.kind)));
  }
  return field.text;
}

std::string_view JsonRecords::optional_string(const JsonNode& field) const {
  return field.kind == JsonKind::null ? std::string_view() : string_field(field);
}

PartialDate JsonRecords::date_field(const JsonNode& field, std::string_view point_of) const {
  if (field.kind == JsonKind::null) return {};
  if (field.kind != JsonKind::string) {
    fail(start(field), fmt::format("{}, got {}", detail::date_expected(field.key, point_of), describe_value(field)));
  }
  detail::FieldDate date = detail::read_date_field(field.text, field.key, point_of);
  if (!date.error.empty()) fail(start(field), fmt::format("{}, got {}", date.error, describe_value(field)));
  return date.date;
}

kg::graph::Grade JsonRecords::grade_field(const JsonNode& field, bool reliability_only) const {
  if (field.kind == JsonKind::null) return {};
  if (field.kind == JsonKind::string) {
    const std::optional<kg::graph::Grade> grade = kg::graph::parse_grade(field.text);
    if (grade && (!reliability_only || grade->credibility == 0)) return *grade;
  }
  fail(start(field), reliability_only
                         ? fmt::format("\"{}\" must be a source reliability grade, a letter A to F, got {}", field.key,
                                       describe_value(field))
                         : fmt::format("\"{}\" must be an Admiralty grade: a reliability letter A to F and/or an "
                                       "information credibility digit 1 to 6 (\"B2\", \"B\", \"2\"), got {}",
                                       field.key, describe_value(field)));
}

void JsonRecords::read_strings(const JsonTree& tree, const JsonNode& field, std::vector<std::string_view>& out,
                               std::string_view element) const {
  if (field.kind == JsonKind::null) return;
  if (field.kind != JsonKind::array) {
    fail(start(field), fmt::format("\"{}\" must be an array of strings, got {}", field.key, kind_name(field.kind)));
  }
  for (std::uint32_t index : tree.children(tree.index_of(field))) {
    const JsonNode& item = tree.node(index);
    if (item.kind != JsonKind::string) {
      fail(start(item), fmt::format("each {} must be a string, got {}", element, kind_name(item.kind)));
    }
    out.push_back(item.text);
  }
}

void JsonRecords::read_props(const JsonTree& tree, const JsonNode& field,
                             std::vector<std::pair<std::string_view, PropertyValue>>& out) const {
  if (field.kind == JsonKind::null) return;
  if (field.kind != JsonKind::object) {
    fail(start(field), fmt::format("\"props\" must be an object, got {}", kind_name(field.kind)));
  }
  for (std::uint32_t index : tree.children(tree.index_of(field))) {
    const JsonNode& value = tree.node(index);
    switch (value.kind) {
      case JsonKind::null:
        break;
      case JsonKind::boolean:
        out.emplace_back(value.key, value.boolean);
        break;
      case JsonKind::integer:
        out.emplace_back(value.key, value.integer);
        break;
      case JsonKind::real:
        out.emplace_back(value.key, value.real);
        break;
      case JsonKind::string:
        out.emplace_back(value.key, value.text);
        break;
      case JsonKind::object:
      case JsonKind::array:
        fail(start(value), fmt::format("property \"{}\" must be a string, number or boolean, got {}", value.key,
                                       kind_name(value.kind)));
    }
  }
}

void JsonRecords::read_entity(const JsonTree& tree, std::uint32_t node, EntityRecord& entity,
                              std::string_view inline_role) {
  const JsonNode& object = tree.node(node);
  entity.id = entity.type = entity.name = {};
  entity.aliases.clear();
  entity.props.clear();
  entity.at = location(start(object));
  SeenFields seen(*this);
  for (std::uint32_t index : tree.children(node)) {
    const JsonNode& field = tree.node(index);
    if (field.key == "id") {
      seen.mark(0, field);
      entity.id = string_field(field);
    } else if (field.key == "type") {
      seen.mark(1, field);
      entity.type = optional_string(field);
    } else if (field.key == "name") {
      seen.mark(2, field);
      entity.name = optional_string(field);
    } else if (field.key == "aliases") {
      seen.mark(3, field);
      read_strings(tree, field, entity.aliases, "alias");
    } else if (field.key == "props") {
      seen.mark(4, field);
      read_props(tree, field, entity.props);
    } else {
      warn_unknown(field, inline_role.empty() ? "an entity" : "an inline entity");
    }
  }
  if (inline_role.empty() && entity.id.empty()) {
    fail(start(object), "expected a non-empty \"id\" in the entity, found none");
  }
  if (!inline_role.empty() && entity.id.empty() && entity.name.empty()) {
    fail(start(object),
         fmt::format("expected \"name\" or \"id\" in the inline \"{}\" entity, found neither", inline_role));
  }
}

void JsonRecords::read_reference(const JsonTree& tree, const JsonNode& field, Reference& out, EntityRecord& declared) {
  out.at = location(start(field));
  if (field.kind == JsonKind::string) {
    out.text = field.text;
    out.declared.reset();
    return;
  }
  if (field.kind != JsonKind::object) {
    fail(start(field), fmt::format("\"{}\" must be a string or an object, got {}", field.key, kind_name(field.kind)));
  }
  const std::uint32_t node = tree.index_of(field);
  read_entity(tree, node, declared, field.key);
  out.text = declared.name.empty() ? declared.id : declared.name;
  out.declared = declared;
}

std::string_view JsonRecords::read_source(const JsonTree& tree, std::uint32_t node) {
  const JsonNode& object = tree.node(node);
  kg::graph::SourceRecord source;
  SeenFields seen(*this);
  for (std::uint32_t index : tree.children(node)) {
    const JsonNode& field = tree.node(index);
    if (field.key == "id") {
      seen.mark(0, field);
      source.id = string_field(field);
    } else if (field.key == "title") {
      seen.mark(1, field);
      source.title = optional_string(field);
    } else if (field.key == "url") {
      seen.mark(2, field);
      source.url = optional_string(field);
    } else if (field.key == "date") {
      seen.mark(3, field);
      source.date = date_field(field, "a source");
    } else if (field.key == "reliability") {
      seen.mark(4, field);
      source.reliability = grade_field(field, true);
    } else {
      warn_unknown(field, "a source");
    }
  }
  if (source.id.empty()) fail(start(object), "expected a non-empty \"id\" in the source, found none");
  builder_.add_source(source, location(start(object)));
  return source.id;
}

void JsonRecords::add_source(const JsonTree& tree, std::uint32_t node, bool make_default) {
  const std::string_view id = read_source(tree, node);
  if (make_default) default_source_.assign(id);
}

void JsonRecords::add_entity(const JsonTree& tree, std::uint32_t node) {
  read_entity(tree, node, entity_, {});
  builder_.add_entity(entity_);
}

void JsonRecords::add_fact(const JsonTree& tree, std::uint32_t node) {
  kg::graph::FactRecord& fact = fact_;
  const JsonNode& object = tree.node(node);
  fact.predicate = fact.source = fact.quote = {};
  fact.date = {};
  fact.confidence.reset();
  fact.grade = {};
  fact.props.clear();
  fact.at = location(start(object));
  SeenFields seen(*this);
  for (std::uint32_t index : tree.children(node)) {
    const JsonNode& field = tree.node(index);
    if (field.key == "subject") {
      seen.mark(0, field);
      read_reference(tree, field, fact.subject, subject_entity_);
    } else if (field.key == "predicate") {
      seen.mark(1, field);
      fact.predicate = string_field(field);
      if (kg::graph::is_blank(fact.predicate)) fail(start(field), "\"predicate\" must not be empty or white space");
    } else if (field.key == "object") {
      seen.mark(2, field);
      read_reference(tree, field, fact.object, object_entity_);
    } else if (field.key == "source") {
      seen.mark(3, field);
      if (field.kind == JsonKind::object) {
        fact.source = read_source(tree, index);
      } else if (field.kind != JsonKind::null) {
        if (field.kind != JsonKind::string) {
          fail(start(field), fmt::format("\"source\" must be a string or an object, got {}", kind_name(field.kind)));
        }
        fact.source = field.text;
      }
    } else if (field.key == "date") {
      seen.mark(4, field);
      fact.date = date_field(field);
    } else if (field.key == "confidence") {
      seen.mark(5, field);
      if (field.kind == JsonKind::null) continue;
      if (!field.is_number() || !(field.number() >= 0 && field.number() <= 1)) {
        fail(start(field), fmt::format("\"confidence\" must be a number from 0 to 1, got {}", describe_value(field)));
      }
      fact.confidence = static_cast<float>(field.number());
    } else if (field.key == "quote") {
      seen.mark(6, field);
      fact.quote = optional_string(field);
    } else if (field.key == "props") {
      seen.mark(7, field);
      read_props(tree, field, fact.props);
    } else if (field.key == "grade") {
      seen.mark(8, field);
      fact.grade = grade_field(field, false);
    } else {
      warn_unknown(field, "a fact");
    }
  }
  static constexpr std::string_view kRequired[] = {"subject", "predicate", "object"};
  for (unsigned bit = 0; bit < 3; ++bit) {
    if (!seen.has(bit)) fail(start(object), fmt::format("expected \"{}\" in the fact, found none", kRequired[bit]));
  }
  if (fact.source.empty()) fact.source = default_source_;
  builder_.add_fact(fact);
  ++facts_read_;
}

void JsonRecords::add_decision(const JsonTree& tree, std::uint32_t node) {
  kg::graph::DecisionRecord& decision = decision_;
  const JsonNode& object = tree.node(node);
  decision.ids.clear();
  decision.reason = decision.author = {};
  decision.date = {};
  decision.at = location(start(object));
  SeenFields seen(*this);
  for (std::uint32_t index : tree.children(node)) {
    const JsonNode& field = tree.node(index);
    if (field.key == "decision") {
      seen.mark(0, field);
      const std::string_view kind = string_field(field);
      if (kind == "same_as") {
        decision.kind = kg::graph::DecisionKind::same_as;
      } else if (kind == "different_from") {
        decision.kind = kg::graph::DecisionKind::different_from;
      } else {
        fail(start(field), fmt::format("\"decision\" must be \"same_as\" or \"different_from\", got \"{}\"", kind));
      }
    } else if (field.key == "ids") {
      seen.mark(1, field);
      read_strings(tree, field, decision.ids, "id");
    } else if (field.key == "reason") {
      seen.mark(2, field);
      decision.reason = optional_string(field);
    } else if (field.key == "author") {
      seen.mark(3, field);
      decision.author = optional_string(field);
    } else if (field.key == "date") {
      seen.mark(4, field);
      decision.date = date_field(field, "a decision");
    } else {
      warn_unknown(field, "a decision");
    }
  }
  static constexpr std::string_view kRequired[] = {"decision", "ids", "reason"};
  for (unsigned bit = 0; bit < 3; ++bit) {
    if (!seen.has(bit)) fail(start(object), fmt::format("expected \"{}\" in the decision, found none", kRequired[bit]));
  }
  builder_.add_decision(decision);
}

void JsonRecords::add_line_record(const JsonTree& tree) {
  bool has_id = false;
  const JsonNode* source = nullptr;
  const JsonNode* sources = nullptr;
  for (std::uint32_t index : tree.children(0)) {
    const JsonNode& field = tree.node(index);
    if (field.key == "predicate") return add_fact(tree, 0);
    if (field.key == "decision") return add_decision(tree, 0);
    if (field.key == "id") has_id = true;
    if (field.key == "source") source = &field;
    if (field.key == "sources") sources = &field;
  }
  if (has_id) return add_entity(tree, 0);
  if (source == nullptr && sources == nullptr) {
    fail(start(tree.node(0)),
         "expected a fact (with \"predicate\"), an entity (with \"id\"), a decision (with \"decision\") or "
         "sources ({\"source\": {...}} or {\"sources\": [...]}), got an object with none of these fields");
  }
  if (source != nullptr && source->kind != JsonKind::object) {
    fail(start(*source),
         fmt::format("\"source\" must be an object declaring a source, got {}", kind_name(source->kind)));
  }
  if (sources != nullptr && sources->kind != JsonKind::array) {
    fail(start(*sources),
         fmt::format("\"sources\" must be an array of source objects, got {}", kind_name(sources->kind)));
  }
  for (std::uint32_t index : tree.children(0)) {
    const JsonNode& field = tree.node(index);
    if (&field != source && &field != sources) warn_unknown(field, "a source declaration");
  }
  if (sources != nullptr) {
    for (std::uint32_t index : tree.children(tree.index_of(*sources))) {
      const JsonNode& declared = tree.node(index);
      if (declared.kind != JsonKind::object) {
        fail(start(declared), fmt::format("each source must be an object, got {}", kind_name(declared.kind)));
      }
      add_source(tree, index, false);
    }
  }
  if (source != nullptr) add_source(tree, tree.index_of(*source), true);
}

}  // namespace kg::ingest::detail
