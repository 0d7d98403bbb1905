#include "kg/ingest/graphml_reader.h"

#include <absl/container/flat_hash_map.h>
#include <fmt/format.h>

#include <optional>
#include <string>
#include <vector>

#include "kg/graph/text.h"
#include "source_readers.h"
#include "xml_graph_handler.h"

namespace kg::ingest {
namespace {

using detail::GraphElement;
using detail::LineColumn;
using detail::ValueType;
using detail::XmlElement;
using detail::XmlName;

constexpr std::string_view kGraphmlNamespace = "http://graphml.graphdrawing.org/xmlns";

enum class Domain : std::uint8_t { node, edge, all, other };

/// A `<key>` declaration.
struct Key {
  std::string id, name;
  Domain domain = Domain::all;
  ValueType type = ValueType::string;
  bool graphics = false;  // yEd's yfiles.type keys hold drawing markup, not values
  std::optional<std::string> default_text;
  kg::graph::RecordLocation default_at;
};

std::optional<ValueType> parse_type(std::string_view name) {
  const std::string lower = graph::ascii_lowercase(name);
  if (lower == "string") return ValueType::string;
  if (lower == "int" || lower == "long" || lower == "integer") return ValueType::integer;
  if (lower == "float" || lower == "double") return ValueType::real;
  if (lower == "boolean") return ValueType::boolean;
  return std::nullopt;
}

Domain parse_domain(std::string_view name) {
  if (name == "node") return Domain::node;
  if (name == "edge") return Domain::edge;
  if (name == "all") return Domain::all;
  return Domain::other;
}

class GraphmlHandler final : public detail::XmlGraphHandler {
 public:
  GraphmlHandler(detail::XmlStream& xml, kg::graph::GraphBuilder& builder, std::string_view display_name,
                 const ReadOptions& options)
      : XmlGraphHandler(xml, builder, display_name, options) {}

  void start(const XmlElement& element) override;
  void end(const XmlName& name, std::string_view text) override;

 private:
  void start_key(const XmlElement& element);
  void start_graph();
  void start_data(const XmlElement& element);
  void end_data(std::string_view text);
  void add_defaults(GraphElement& element, bool edge) override;

  bool graph_started_ = false;
  std::vector<Key> keys_;
  absl::flat_hash_map<std::string, std::uint32_t> key_of_id_;
  std::optional<std::uint32_t> open_key_;   // inside <key>
  std::optional<std::uint32_t> open_data_;  // inside <data> of a node or edge
  bool data_has_children_ = false;
};

void GraphmlHandler::start(const XmlElement& element) {
  if (skipping()) return;
  const bool ours = element.name.ns.empty() || element.name.ns == kGraphmlNamespace;
  if (!saw_root()) return check_root(element, ours, "graphml", "gexf", "a GEXF file: name it .gexf");
  if (open_data_) {  // markup inside <data> (yEd's drawings): the value is not read
    data_has_children_ = true;
    return skip({});
  }
  if (!ours) return skip({});  // another vocabulary (yEd, xsi, ...): not GraphML content
  const std::string_view name = element.name.local;
  if (name == "key") return start_key(element);
  if (name == "default" && open_key_) return;
  if (name == "graph") {
    if (in_edge()) return skip("graphs nested in edges");
    complete_parent("graphs nested in nodes are read as part of the one graph");
    return start_graph();
  }
  if (name == "node") return open_node(element);
  if (name == "edge") return open_edge(element);
  if (name == "data") return start_data(element);
  if (name == "desc" || name == "port") return skip({});
  if (name == "hyperedge") return skip("hyperedges");
  if (name == "locator") return skip("locators (graphs in other files)");
  skip(fmt::format("<{}> elements", name));
}

void GraphmlHandler::start_key(const XmlElement& element) {
  Key key;
  key.id = required(element, "id");
  key.domain = parse_domain(element.attribute("for").value_or("all"));
  key.name = element.attribute("attr.name").value_or(key.id);
  key.graphics = element.attribute("yfiles.type").has_value();
  const std::string_view type = element.attribute("attr.type").value_or("string");
  if (const auto parsed = parse_type(type)) {
    key.type = *parsed;
  } else {
    records_.fail(at("attr.type"),
                  fmt::format("expected attr.type boolean, int, long, float, double or string, got \"{}\"", type));
  }
  if (key_of_id_.contains(key.id)) {
    records_.fail(at("id"), fmt::format("key \"{}\" is declared twice", key.id));
  }
  key_of_id_.emplace(key.id, static_cast<std::uint32_t>(keys_.size()));
  open_key_ = static_cast<std::uint32_t>(keys_.size());
  keys_.push_back(std::move(key));
}

void GraphmlHandler::start_graph() {
  if (graph_started_) return;
  graph_started_ = true;
  const auto declares = [&](Domain domain, std::string_view name) {
    return std::any_of(keys_.begin(), keys_.end(), [&](const Key& key) {
      return (key.domain == domain || key.domain == Domain::all) && key.name == name;
    });
  };
  const bool ids = declares(Domain::node, options_.graph_attributes.id);
  records_.set_remap_ids(ids);
  records_.set_kg_export(ids && declares(Domain::edge, "predicate"));
}

void GraphmlHandler::start_data(const XmlElement& element) {
  const std::string_view id = required(element, "key");
  const auto found = key_of_id_.find(std::string(id));
  if (found == key_of_id_.end()) {
    records_.fail(at("key"),
                  fmt::format("unknown key \"{}\": declare it with <key id=\"{}\" ...> before the graph", id, id));
  }
  const Key& key = keys_[found->second];
  if (key.graphics || current() == nullptr) {
    if (!key.graphics) {
      records_.warn_once(fmt::format("graph data\n{}", key.name), here(),
                         fmt::format("graph data \"{}\" is not read (kg keeps node and edge data)", key.name));
    }
    return skip({});
  }
  if (in_edge() ? key.domain == Domain::node : key.domain == Domain::edge) {
    records_.fail(here(), fmt::format("key \"{}\" is declared for {}s, not {}s", key.id,
                                      key.domain == Domain::node ? "node" : "edge", in_edge() ? "edge" : "node"));
  }
  open_data_ = found->second;
  data_has_children_ = false;
}

void GraphmlHandler::end_data(std::string_view text) {
  const Key& key = keys_[*open_data_];
  open_data_.reset();
  if (data_has_children_) {
    records_.warn_once(fmt::format("markup\n{}", key.name), here(),
                       fmt::format("data \"{}\" holds markup, not a value: not read", key.name));
    return;
  }
  records_.add_value(*current(), key.name, key.type, text, records_.location(xml_.text_position()),
                     fmt::format("key \"{}\" (\"{}\")", key.id, key.name));
}

void GraphmlHandler::add_defaults(GraphElement& element, bool edge) {
  const Domain domain = edge ? Domain::edge : Domain::node;
  for (const Key& key : keys_) {
    if (!key.default_text || key.graphics || (key.domain != domain && key.domain != Domain::all)) continue;
    if (element.find(key.name) == nullptr) {
      records_.add_value(element, key.name, key.type, *key.default_text, key.default_at,
                         fmt::format("the default of key \"{}\"", key.id));
    }
  }
}

void GraphmlHandler::end(const XmlName& name, std::string_view text) {
  if (end_skipped()) return;
  const std::string_view local = name.local;
  if (open_key_ && local == "default") {
    Key& key = keys_[*open_key_];
    key.default_text = std::string(text);
    key.default_at = records_.location(xml_.text_position());
    records_.check_value(key.name, key.type, text, key.default_at, fmt::format("the default of key \"{}\"", key.id));
  } else if (local == "key") {
    open_key_.reset();
  } else if (local == "data" && open_data_) {
    end_data(text);
  } else if (local == "node") {
    close_node();
  } else if (local == "edge") {
    close_edge();
  }
}

}  // namespace

void detail::read_graphml_source(ByteSource& source, std::string_view display_name, kg::graph::GraphBuilder& builder,
                                 const ReadOptions& options) {
  detail::parse_xml_graph<GraphmlHandler>(source, display_name, builder, options, "graphml");
}

void read_graphml(std::string_view text, std::string_view display_name, kg::graph::GraphBuilder& builder,
                  const ReadOptions& options) {
  detail::ByteSource source = detail::ByteSource::from_memory(text, options);
  detail::read_graphml_source(source, display_name, builder, options);
}

void read_graphml_file(const std::filesystem::path& file, kg::graph::GraphBuilder& builder,
                       const ReadOptions& options) {
  detail::ByteSource source = detail::ByteSource::open_file(file, options);
  detail::read_graphml_source(source, file.string(), builder, options);
}

}  // namespace kg::ingest
