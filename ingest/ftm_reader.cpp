#include "kg/ingest/ftm_reader.h"

#include <absl/container/flat_hash_map.h>
#include <absl/container/flat_hash_set.h>
#include <fmt/format.h>

#include <algorithm>
#include <deque>
#include <optional>
#include <string>
#include <vector>

#include "byte_source.h"
#include "ftm_model.h"
#include "interval_date.h"
#include "json_line_objects.h"
#include "kg/graph/date.h"
#include "kg/graph/name_fold.h"
#include "source_readers.h"

namespace kg::ingest {
namespace {

using detail::JsonKind;
using detail::JsonNode;
using detail::JsonTree;
using kg::graph::PartialDate;
using kg::graph::PropertyValue;

/// A property of the entity being read (or a top-level field kept as one): its values, and whether the mapping
/// used it (what is left becomes properties).
struct Field {
  std::string_view name;
  std::vector<const JsonNode*> values;
  std::size_t offset = 0;
  bool used = false;
};

constexpr std::string_view kListSeparator = "; ";

/// Top-level fields of Aleph's and OpenSanctions' entities besides id, schema and properties.
bool known_top_level(std::string_view key) {
  return key == "caption" || key == "datasets" || key == "referents" || key == "first_seen" || key == "last_seen" ||
         key == "last_change" || key == "target";
}

class FtmRecords {
 public:
  FtmRecords(kg::graph::GraphBuilder& builder, std::string_view display_name, detail::TextPositions& text,
             const ReadOptions& options)
      : builder_(builder),
        file_(builder.add_file(display_name)),
        display_name_(display_name),
        text_(text),
        options_(options) {}

  void add(const JsonTree& tree);

 private:
  kg::graph::RecordLocation location(std::size_t offset) const {
    const detail::LineColumn where = text_.locate(text_.skip_separators(offset));
    return {file_, where.line, where.column};
  }
  [[noreturn]] void fail(std::size_t offset, std::string message) const {
    detail::throw_input_error(text_, display_name_, text_.skip_separators(offset), std::move(message));
  }
  void warn_once(std::string key, std::size_t offset, std::string_view message) {
    if (!options_.warn || !warned_.insert(std::move(key)).second) return;
    const detail::LineColumn where = text_.locate(text_.skip_separators(offset));
    options_.warn({display_name_, where.line, where.column}, fmt::format("{} (reported once per file)", message));
  }

  void read_fields(const JsonTree& tree);
  void add_field(const JsonTree& tree, const JsonNode& node, std::vector<Field>& into);
  Field* field(std::string_view name);
  Field* extra(std::string_view name);
  std::string_view first(const Field* field) const {
    return field == nullptr ? std::string_view() : text_of(*field->values[0]);
  }
  /// A value as text (numbers formatted into texts_).
  std::string_view text_of(const JsonNode& value) const;
  /// The first value of `name` as a date; undated when absent or not a date (then kept as a property).
  PartialDate date(std::string_view name);
  /// The source the record's provenance names (declared once per file); "" when it names none.
  std::string_view source(bool consume);
  void add_entity(std::size_t at);
  void add_alias(std::string_view alias, Field& from, std::vector<std::string_view>& aliases);
  void add_links(const detail::FtmEdge& edge, std::size_t at);
  void add_references(std::size_t at);
  /// The fields the mapping did not use, as properties: one value as itself, several joined by "; ".
  void add_properties(std::vector<std::pair<std::string_view, PropertyValue>>& props);
  void add_fact(std::string_view subject, std::string_view predicate, std::string_view object, std::size_t at);

  kg::graph::GraphBuilder& builder_;
  std::uint32_t file_;
  std::string display_name_;
  detail::TextPositions& text_;
  const ReadOptions& options_;
  absl::flat_hash_set<std::string> warned_;
  absl::flat_hash_set<std::string> declared_sources_;
  absl::flat_hash_map<std::string, std::string> alias_owner_;  // folded alias → the entity claiming it
  // The record being read, reused between records.
  std::string_view id_, schema_;
  std::vector<Field> fields_, extras_;
  mutable std::deque<std::string> texts_;  // numbers as text and joined values; never moves its strings
  kg::graph::EntityRecord entity_;
  kg::graph::FactRecord fact_;
  std::string folded_;
};

std::string_view FtmRecords::text_of(const JsonNode& value) const {
  switch (value.kind) {
    case JsonKind::string:
      return value.text;
    case JsonKind::integer:
      return texts_.emplace_back(fmt::format("{}", value.integer));
    case JsonKind::real:
      return texts_.emplace_back(fmt::format("{}", value.real));
    case JsonKind::boolean:
      return value.boolean ? "true" : "false";
    default:
      return {};
  }
}

void FtmRecords::add_field(const JsonTree& tree, const JsonNode& node, std::vector<Field>& into) {
  Field field{.name = node.key, .values = {}, .offset = node.offset};
  const auto add_value = [&](const JsonNode& value) {
    if (value.kind == JsonKind::null) return;
    if (value.kind == JsonKind::object || value.kind == JsonKind::array) {
      fail(value.offset, fmt::format("\"{}\" must be a list of strings, got a list holding {} (nested entities, as "
                                     "in the nested FtM export, are not read: use the flat entities.ftm.json)",
                                     node.key, detail::kind_name(value.kind)));
    }
    field.values.push_back(&value);
  };
  if (node.kind == JsonKind::array) {
    for (std::uint32_t index : tree.children(tree.index_of(node))) add_value(tree.node(index));
  } else if (node.kind == JsonKind::object) {
    fail(node.offset, fmt::format("\"{}\" must be a list of strings, got object (nested entities, as in the nested "
                                  "FtM export, are not read: use the flat entities.ftm.json)",
                                  node.key));
  } else {
    add_value(node);
  }
  if (!field.values.empty()) into.push_back(std::move(field));
}

void FtmRecords::read_fields(const JsonTree& tree) {
  id_ = schema_ = {};
  fields_.clear();
  extras_.clear();
  texts_.clear();
  const JsonNode* properties = nullptr;
  for (std::uint32_t index : tree.children(0)) {
    const JsonNode& node = tree.node(index);
    if (node.key == "id" || node.key == "schema") {
      if (node.kind != JsonKind::string || node.text.empty()) {
        fail(node.offset, fmt::format("\"{}\" must be a non-empty string, got {}", node.key,
                                      node.kind == JsonKind::string ? "an empty one" : detail::kind_name(node.kind)));
      }
      (node.key == "id" ? id_ : schema_) = node.text;
    } else if (node.key == "properties") {
      if (node.kind != JsonKind::object) {
        fail(node.offset, fmt::format("\"properties\" must be an object, got {}", detail::kind_name(node.kind)));
      }
      properties = &node;
    } else {
      if (!known_top_level(node.key)) {
        warn_once(fmt::format("field\n{}", node.key), node.offset,
                  fmt::format("unknown field \"{}\" in an FtM entity (kept as a property)", node.key));
      }
      add_field(tree, node, extras_);
    }
  }
  const std::size_t root = tree.node(0).offset;
  if (id_.empty()) fail(root, "expected a non-empty \"id\" in the FtM entity, found none");
  if (schema_.empty())
    fail(root, "expected a \"schema\" (Person, Company, Ownership, ...) in the FtM entity, found none");
  if (properties == nullptr) return;
  for (std::uint32_t index : tree.children(tree.index_of(*properties))) {
    const JsonNode& node = tree.node(index);
    if (!detail::ftm_property(node.key)) {
      warn_once(fmt::format("property\n{}", node.key), node.offset,
                fmt::format("unknown FtM property \"{}\" (kept as a property)", node.key));
    }
    add_field(tree, node, fields_);
  }
}

Field* FtmRecords::field(std::string_view name) {
  for (Field& f : fields_) {
    if (f.name == name) return &f;
  }
  return nullptr;
}

Field* FtmRecords::extra(std::string_view name) {
  for (Field& f : extras_) {
    if (f.name == name) return &f;
  }
  return nullptr;
}

PartialDate FtmRecords::date(std::string_view name) {
  Field* f = field(name);
  if (f == nullptr) return {};
  if (const auto parsed = kg::graph::parse_partial_date(first(f))) return *parsed;
  warn_once(fmt::format("date\n{}", name), f->offset,
            fmt::format("\"{}\" is not an ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD): kept as a property", name));
  return {};
}

std::string_view FtmRecords::source(bool consume) {
  Field* url = field("sourceUrl");
  Field* publisher = field("publisher");
  Field* publisher_url = field("publisherUrl");
  Field* datasets = extra("datasets");
  const std::string_view id = url != nullptr         ? first(url)
                              : publisher != nullptr ? first(publisher)
                              : datasets != nullptr  ? first(datasets)
                                                     : std::string_view();
  if (id.empty()) return {};
  if (declared_sources_.emplace(id).second) {
    builder_.add_source(
        {.id = id, .title = first(publisher), .url = url != nullptr ? first(url) : first(publisher_url), .date = {}},
        location(0));
  }
  if (consume) {
    for (Field* used : {url, publisher, publisher_url}) {
      if (used != nullptr) used->used = true;
    }
    if (url == nullptr && publisher == nullptr && datasets != nullptr) datasets->used = true;
  }
  return id;
}

void FtmRecords::add_properties(std::vector<std::pair<std::string_view, PropertyValue>>& props) {
  for (std::vector<Field>* fields : {&fields_, &extras_}) {
    for (const Field& f : *fields) {
      if (f.used) continue;
      const JsonNode& only = *f.values[0];
      if (f.values.size() == 1 && only.kind == JsonKind::boolean) {
        props.emplace_back(f.name, only.boolean);
      } else if (f.values.size() == 1) {
        props.emplace_back(f.name, text_of(only));
      } else {
        std::string joined;
        for (const JsonNode* value : f.values) {
          if (!joined.empty()) joined += kListSeparator;
          joined += text_of(*value);
        }
        props.emplace_back(f.name, std::string_view(texts_.emplace_back(std::move(joined))));
      }
    }
  }
}

void FtmRecords::add_alias(std::string_view alias, Field& from, std::vector<std::string_view>& aliases) {
  folded_.clear();
  kg::graph::fold_name_into(alias, folded_);
  if (folded_.empty()) return;
  const auto [owner, inserted] = alias_owner_.try_emplace(folded_, id_);
  if (inserted || owner->second == id_) {
    aliases.push_back(alias);
    return;
  }
  warn_once("shared alias", from.offset,
            fmt::format("alias \"{}\" of \"{}\" is also an alias of \"{}\": kept as a property, not an alias (kg "
                        "resolves references by alias)",
                        alias, id_, owner->second));
  from.used = false;  // the field stays a property, holding every value
}

void FtmRecords::add_entity(std::size_t at) {
  kg::graph::EntityRecord& entity = entity_;
  entity.id = id_;
  entity.type = schema_;
  entity.name = {};
  entity.aliases.clear();
  entity.props.clear();
  entity.at = location(at);
  Field* names = field("name");
  if (names != nullptr) {
    names->used = true;
    entity.name = first(names);
    for (std::size_t i = 1; i < names->values.size(); ++i)
      add_alias(text_of(*names->values[i]), *names, entity.aliases);
  } else if (Field* caption = extra("caption")) {
    entity.name = first(caption);
  }
  if (Field* caption = extra("caption")) caption->used = true;
  for (std::string_view name : {"alias", "weakAlias"}) {
    Field* f = field(name);
    if (f == nullptr) continue;
    f->used = true;
    for (const JsonNode* value : f->values) add_alias(text_of(*value), *f, entity.aliases);
  }
  add_references(at);
  add_properties(entity.props);
  builder_.add_entity(entity);
}

void FtmRecords::add_fact(std::string_view subject, std::string_view predicate, std::string_view object,
                          std::size_t at) {
  fact_.subject = {.text = subject, .declared = {}, .at = location(at)};
  fact_.object = {.text = object, .declared = {}, .at = location(at)};
  fact_.predicate = predicate;
  fact_.at = location(at);
  builder_.add_fact(fact_);
}

void FtmRecords::add_references(std::size_t at) {
  const bool any = std::any_of(fields_.begin(), fields_.end(),
                               [](const Field& f) { return !detail::ftm_reference_predicate(f.name).empty(); });
  if (!any) return;
  fact_.source = source(false);
  fact_.date = {};
  fact_.confidence.reset();
  fact_.quote = {};
  fact_.props.clear();
  for (Field& f : fields_) {
    const std::string_view predicate = detail::ftm_reference_predicate(f.name);
    if (predicate.empty()) continue;
    f.used = true;
    for (const JsonNode* value : f.values) add_fact(id_, predicate, text_of(*value), at);
  }
}

void FtmRecords::add_links(const detail::FtmEdge& edge, std::size_t at) {
  Field* sources = field(edge.source);
  Field* targets = field(edge.target);
  sources->used = targets->used = true;
  const PartialDate start = date("startDate");
  const PartialDate on = date("date");
  const PartialDate end = date("endDate");
  const PartialDate first_day = start.dated() ? start : on;
  // A startDate alone opens an interval; a date alone (an event's day) stays one date.
  const std::optional<PartialDate> interval = start.dated() || end.dated() ? detail::interval_date(first_day, end) : on;
  if (start.dated()) field("startDate")->used = true;
  if (!start.dated() && on.dated()) field("date")->used = true;
  if (interval) {
    fact_.date = *interval;
    if (end.dated()) field("endDate")->used = true;
  } else {
    fact_.date = first_day;
    warn_once("endDate before start", field("endDate")->offset,
              "\"endDate\" is before the start of the link: kept as a property");
  }
  fact_.source = source(true);
  fact_.confidence.reset();
  Field* summary = field("summary");
  fact_.quote = first(summary);
  if (summary != nullptr) summary->used = true;
  fact_.props.clear();
  fact_.props.emplace_back("ftm_id", id_);
  add_properties(fact_.props);
  for (const JsonNode* subject : sources->values) {
    for (const JsonNode* object : targets->values) {
      add_fact(text_of(*subject), edge.predicate, text_of(*object), at);
    }
  }
}

void FtmRecords::add(const JsonTree& tree) {
  read_fields(tree);
  const std::size_t at = tree.node(0).offset;
  if (!detail::ftm_schema(schema_)) {
    warn_once(fmt::format("schema\n{}", schema_), at,
              fmt::format("unknown FtM schema \"{}\": read as an entity of that type", schema_));
  }
  const detail::FtmEdge* edge = detail::ftm_edge(schema_);
  if (edge != nullptr && field(edge->source) != nullptr && field(edge->target) != nullptr) {
    return add_links(*edge, at);
  }
  if (edge != nullptr) {
    warn_once(
        fmt::format("ends\n{}", schema_), at,
        fmt::format("{} without both \"{}\" and \"{}\" is read as an entity", schema_, edge->source, edge->target));
  }
  add_entity(at);
}

}  // namespace

void detail::read_ftm_source(ByteSource& source, std::string_view display_name, kg::graph::GraphBuilder& builder,
                             const ReadOptions& options) {
  std::optional<FtmRecords> records;
  detail::read_json_line_objects(source, display_name, options.parse_ahead, [&](detail::TextPositions& positions) {
    records.emplace(builder, display_name, positions, options);
    return [&](const JsonTree& tree) { records->add(tree); };
  });
}

void read_ftm(std::string_view text, std::string_view display_name, kg::graph::GraphBuilder& builder,
              const ReadOptions& options) {
  detail::ByteSource source = detail::ByteSource::from_memory(text, options);
  detail::read_ftm_source(source, display_name, builder, options);
}

void read_ftm_file(const std::filesystem::path& file, kg::graph::GraphBuilder& builder, const ReadOptions& options) {
  detail::ByteSource source = detail::ByteSource::open_file(file, options);
  detail::read_ftm_source(source, file.string(), builder, options);
}

}  // namespace kg::ingest
