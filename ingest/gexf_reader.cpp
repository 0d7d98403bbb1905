#include "kg/ingest/gexf_reader.h"

#include <absl/container/flat_hash_map.h>
#include <fmt/format.h>

#include <optional>
#include <string>
#include <vector>

#include "interval_date.h"
#include "kg/graph/date.h"
#include "kg/graph/text.h"
#include "source_readers.h"
#include "xml_graph_handler.h"

namespace kg::ingest {
namespace {

using detail::GraphElement;
using detail::ValueType;
using detail::XmlElement;
using detail::XmlName;
using kg::graph::RecordLocation;

enum class Vocabulary : std::uint8_t { gexf, viz, other };

/// GEXF's namespaces differ by version (http://www.gexf.net/1.2draft, http://gexf.net/1.3, ...); Gephi's viz
/// extension is the same URI with `/viz`. A file without namespaces is read as GEXF.
Vocabulary vocabulary_of(std::string_view ns) {
  if (ns.empty()) return Vocabulary::gexf;
  if (ns.find("gexf.net") == std::string_view::npos) return Vocabulary::other;
  return ns.ends_with("/viz") ? Vocabulary::viz : Vocabulary::gexf;
}

ValueType parse_type(std::string_view name) {
  const std::string lower = graph::ascii_lowercase(name);
  if (lower == "integer" || lower == "long" || lower == "short" || lower == "byte") return ValueType::integer;
  if (lower == "double" || lower == "float" || lower == "bigdecimal") return ValueType::real;
  if (lower == "boolean") return ValueType::boolean;
  return ValueType::string;  // string, liststring (as its text), anyURI, char, date, biginteger, list types
}

/// An `<attribute>` declaration of one class (node or edge).
struct Attribute {
  std::string id, title;
  ValueType type = ValueType::string;
  std::optional<std::string> default_text;
  RecordLocation default_at;
};

struct AttributeClass {
  std::vector<Attribute> attributes;
  absl::flat_hash_map<std::string, std::uint32_t> by_id;
  bool declares(std::string_view title) const {
    return std::any_of(attributes.begin(), attributes.end(), [&](const Attribute& a) { return a.title == title; });
  }
};

class GexfHandler final : public detail::XmlGraphHandler {
 public:
  GexfHandler(detail::XmlStream& xml, kg::graph::GraphBuilder& builder, std::string_view display_name,
              const ReadOptions& options)
      : XmlGraphHandler(xml, builder, display_name, options) {}

  void start(const XmlElement& element) override;
  void end(const XmlName& name, std::string_view text) override;

 private:
  AttributeClass& current_class() { return in_edge() ? edge_attributes_ : node_attributes_; }
  /// Adds the XML attribute `attribute` of `element`, if present, as the value `name`.
  void add_native(const XmlElement& element, std::string_view attribute, std::string_view name, ValueType type) {
    if (const auto value = element.attribute(attribute)) {
      records_.add_value(*current(), name, type, *value, at(attribute), fmt::format("\"{}\"", attribute));
    }
  }
  void start_viz(const XmlElement& element);
  void start_attribute(const XmlElement& element);
  void start_node(const XmlElement& element);
  void start_edge(const XmlElement& element);
  void start_attvalue(const XmlElement& element);
  void add_spell(const XmlElement& element);
  void decide_export() {
    if (decided_) return;
    decided_ = true;
    const bool ids = node_attributes_.declares(options_.graph_attributes.id);
    records_.set_remap_ids(ids);
    records_.set_kg_export(ids && edge_attributes_.declares("predicate"));
  }
  void add_defaults(GraphElement& element, bool edge) override;

  bool decided_ = false;
  bool dates_ = false;  // timeformat date or dateTime: spells are dates
  AttributeClass node_attributes_, edge_attributes_;
  AttributeClass* declaring_ = nullptr;        // inside <attributes>
  std::optional<std::uint32_t> open_default_;  // inside <attribute> of declaring_
};

void GexfHandler::start(const XmlElement& element) {
  if (skipping()) return;
  const Vocabulary vocabulary = vocabulary_of(element.name.ns);
  const std::string_view name = element.name.local;
  if (!saw_root()) {
    return check_root(element, vocabulary == Vocabulary::gexf, "gexf", "graphml", "a GraphML file: name it .graphml");
  }
  if (vocabulary == Vocabulary::viz) return start_viz(element);
  if (vocabulary == Vocabulary::other) return skip({});
  if (name == "meta" || name == "creator" || name == "description" || name == "keywords") return;
  if (name == "graph") {
    const std::string_view format = element.attribute("timeformat").value_or("double");
    dates_ = format == "date" || format == "dateTime" || format == "datetime";
    return;
  }
  if (name == "attributes") {
    declaring_ = element.attribute("class") == "edge" ? &edge_attributes_ : &node_attributes_;
    return;
  }
  if (name == "attribute" && declaring_ != nullptr) return start_attribute(element);
  if (name == "default" && open_default_) return;
  if (name == "options" && open_default_) return skip({});
  if (name == "nodes") {
    decide_export();
    return complete_parent("nested nodes (a hierarchy) are read as nodes of the one graph");
  }
  if (name == "edges") return decide_export();
  if (name == "node") return start_node(element);
  if (name == "edge") return start_edge(element);
  if (name == "attvalues" || name == "spells" || name == "timestamps") return;
  if (name == "attvalue") return start_attvalue(element);
  if ((name == "spell" || name == "timestamp") && current() != nullptr) return add_spell(element);
  if (name == "parents") return skip("node parents (hierarchies)");
  skip(fmt::format("<{}> elements", name));
}

void GexfHandler::start_attribute(const XmlElement& element) {
  Attribute attribute;
  attribute.id = required(element, "id");
  attribute.title = element.attribute("title").value_or(attribute.id);
  attribute.type = parse_type(element.attribute("type").value_or("string"));
  if (declaring_->by_id.contains(attribute.id)) {
    records_.fail(at("id"), fmt::format("attribute \"{}\" is declared twice", attribute.id));
  }
  declaring_->by_id.emplace(attribute.id, static_cast<std::uint32_t>(declaring_->attributes.size()));
  open_default_ = static_cast<std::uint32_t>(declaring_->attributes.size());
  declaring_->attributes.push_back(std::move(attribute));
}

void GexfHandler::start_node(const XmlElement& element) {
  open_node(element);
  if (skipping()) return;
  add_native(element, "label", "label", ValueType::string);
  if ((element.attribute("start") || element.attribute("end")) && !records_.kg_export()) {
    records_.warn_once("node time", here(), "node start and end times are not read (kg dates facts, not entities)");
  }
}

void GexfHandler::start_edge(const XmlElement& element) {
  open_edge(element);
  if (skipping()) return;
  add_native(element, "label", "label", ValueType::string);
  add_native(element, "kind", "kind", ValueType::string);
  add_native(element, "weight", "weight", ValueType::real);
  if (element.attribute("start") || element.attribute("end") || element.attribute("timestamp")) add_spell(element);
}

void GexfHandler::start_attvalue(const XmlElement& element) {
  GraphElement* target = current();
  if (target == nullptr) return skip("attribute values outside nodes and edges");
  const auto id = element.attribute("for") ? element.attribute("for") : element.attribute("id");  // 1.1: id
  if (!id) records_.fail(here(), "expected a \"for\" attribute on <attvalue>");
  const AttributeClass& attributes = current_class();
  const auto found = attributes.by_id.find(std::string(*id));
  if (found == attributes.by_id.end()) {
    records_.fail(at(element.attribute("for") ? "for" : "id"),
                  fmt::format("unknown attribute \"{}\": declare it in <attributes class=\"{}\">", *id,
                              in_edge() ? "edge" : "node"));
  }
  const Attribute& attribute = attributes.attributes[found->second];
  if (attribute.title == "networkx_key") return;  // NetworkX's key of a parallel edge, not data
  records_.add_value(*target, attribute.title, attribute.type, required(element, "value"), at("value"),
                     fmt::format("attribute \"{}\" (\"{}\")", attribute.id, attribute.title));
}

void GexfHandler::add_spell(const XmlElement& element) {
  GraphElement& target = *current();
  if (!in_edge()) {
    if (!records_.kg_export()) {
      records_.warn_once("node time", here(), "node spells are not read (kg dates facts, not entities)");
    }
    return;
  }
  const auto start = element.attribute("start") ? element.attribute("start") : element.attribute("timestamp");
  const auto end = element.attribute("end");
  if (!dates_) {
    records_.warn_once("time", here(),
                       "spells of a graph whose timeformat is not a date are kept as the edge's "
                       "\"start\" and \"end\" properties");
    if (start) records_.add_value(target, "start", ValueType::string, *start, here(), "\"start\"");
    if (end) records_.add_value(target, "end", ValueType::string, *end, here(), "\"end\"");
    return;
  }
  const auto date = [&](const std::optional<std::string_view>& text, std::string_view attribute) {
    if (!text) return kg::graph::PartialDate{};
    const auto parsed = kg::graph::parse_partial_date(*text);
    if (!parsed) {
      records_.fail(at(attribute), fmt::format("expected an ISO 8601 date for \"{}\" (timeformat date), got \"{}\"",
                                               attribute, *text));
    }
    return *parsed;
  };
  const bool timestamp = !element.attribute("start");
  const kg::graph::PartialDate first = date(start, timestamp ? "timestamp" : "start");
  const kg::graph::PartialDate last = date(end, "end");
  // A 1.3 timestamp is one moment; a spell from its start on, to its end when it has one.
  const std::optional<kg::graph::PartialDate> interval =
      timestamp && !end ? std::optional(first) : detail::interval_date(first, last);
  if (!interval) {
    records_.fail(at("end"), fmt::format("the spell ends ({}) before it starts ({})", *end, *start));
  }
  target.dates.push_back(*interval);
}

void GexfHandler::start_viz(const XmlElement& element) {
  GraphElement* target = current();
  if (target == nullptr) return skip({});
  const std::string_view name = element.name.local;
  const bool derived = records_.kg_export() && !in_edge();  // kg colours nodes by type and sizes them by degree
  if (name == "color" && !derived) {
    std::string hex = std::string(element.attribute("hex").value_or(""));
    if (hex.empty()) {
      GraphElement channels;  // r, g, b as integers 0..255
      for (std::string_view channel : {"r", "g", "b"}) {
        records_.add_value(channels, channel, ValueType::integer, required(element, channel), at(channel),
                           fmt::format("viz:color \"{}\"", channel));
        const std::int64_t value = channels.values.back().integer;
        if (value < 0 || value > 255) {
          records_.fail(at(channel), fmt::format("expected viz:color \"{}\" from 0 to 255, got {}", channel, value));
        }
      }
      hex = fmt::format("#{:02x}{:02x}{:02x}", channels.values[0].integer, channels.values[1].integer,
                        channels.values[2].integer);
    }
    records_.add_value(*target, "viz_color", ValueType::string, hex, here(), "viz:color");
    add_native(element, "a", "viz_alpha", ValueType::real);
  } else if (name == "size" && !derived) {
    add_native(element, "value", "viz_size", ValueType::real);
  } else if (name == "position") {
    for (std::string_view axis : {"x", "y", "z"}) {
      add_native(element, axis, fmt::format("viz_{}", axis), ValueType::real);
    }
  } else if (name == "thickness") {
    add_native(element, "value", "viz_thickness", ValueType::real);
  } else if (name == "shape") {
    add_native(element, "value", "viz_shape", ValueType::string);
  }
  skip({});
}

void GexfHandler::add_defaults(GraphElement& element, bool edge) {
  for (const Attribute& attribute : (edge ? edge_attributes_ : node_attributes_).attributes) {
    if (attribute.default_text && element.find(attribute.title) == nullptr) {
      records_.add_value(element, attribute.title, attribute.type, *attribute.default_text, attribute.default_at,
                         fmt::format("the default of attribute \"{}\"", attribute.id));
    }
  }
}

void GexfHandler::end(const XmlName& name, std::string_view text) {
  if (end_skipped()) return;
  const std::string_view local = name.local;
  if (local == "default" && open_default_) {
    Attribute& attribute = declaring_->attributes[*open_default_];
    attribute.default_text = std::string(text);
    attribute.default_at = records_.location(xml_.text_position());
    records_.check_value(attribute.title, attribute.type, text, attribute.default_at,
                         fmt::format("the default of attribute \"{}\"", attribute.id));
  } else if (local == "attribute") {
    open_default_.reset();
  } else if (local == "attributes") {
    declaring_ = nullptr;
  } else if (local == "node") {
    close_node();
  } else if (local == "edge") {
    close_edge();
  }
}

}  // namespace

void detail::read_gexf_source(ByteSource& source, std::string_view display_name, kg::graph::GraphBuilder& builder,
                              const ReadOptions& options) {
  detail::parse_xml_graph<GexfHandler>(source, display_name, builder, options, "gexf");
}

void read_gexf(std::string_view text, std::string_view display_name, kg::graph::GraphBuilder& builder,
               const ReadOptions& options) {
  detail::ByteSource source = detail::ByteSource::from_memory(text, options);
  detail::read_gexf_source(source, display_name, builder, options);
}

void read_gexf_file(const std::filesystem::path& file, kg::graph::GraphBuilder& builder, const ReadOptions& options) {
  detail::ByteSource source = detail::ByteSource::open_file(file, options);
  detail::read_gexf_source(source, file.string(), builder, options);
}

}  // namespace kg::ingest
