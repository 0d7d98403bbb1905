#pragma once
// A query value as JSON (the contract is in kg/render/result_table.h and docs/QUERY.md).
#include <cmath>
#include <string>

#include "json_elements.h"
#include "kg/graph/decision.h"
#include "kg/query/value.h"

namespace kg::render::detail {

template <class Json>
void write_float(Json& json, double value) {
  if (std::isfinite(value)) {
    json.Double(value);
    return;
  }
  json.StartObject();
  json.Key("$float");
  json.String(std::isnan(value) ? "NaN" : value > 0 ? "Infinity" : "-Infinity");
  json.EndObject();
}

template <class Json>
void write_property_value(Json& json, const graph::PropertyValue& value) {
  if (const auto* text = std::get_if<std::string_view>(&value)) return write_string(json, *text);
  if (const auto* integer = std::get_if<std::int64_t>(&value)) {
    json.Int64(*integer);
    return;
  }
  if (const auto* real = std::get_if<double>(&value)) return write_float(json, *real);
  json.Bool(std::get<bool>(value));
}

template <class Json>
void write_properties(Json& json, const std::vector<graph::Property>& properties) {
  json.Key("properties");
  json.StartObject();
  for (const graph::Property& property : properties) {
    write_key(json, property.key);
    write_property_value(json, property.value);
  }
  json.EndObject();
}

/// A node with its aliases and properties, and `merged_from` ("merged from a, b: reason") only when same_as decisions
/// made it of several entities (the object under `$node`, and each node of kg path's and kg neighbours' JSON, with
/// its `distance` there when given).
template <class Json>
void write_node_value(Json& json, const graph::Graph& graph, graph::NodeId node,
                      const std::uint32_t* distance = nullptr) {
  write_node(json, graph, node, distance, [&] {
    json.Key("aliases");
    json.StartArray();
    for (std::string_view alias : graph.node_aliases(node)) write_string(json, alias);
    json.EndArray();
    write_properties(json, graph.node_properties(node));
    if (const std::string note = graph::merge_note(graph, node); !note.empty()) {
      json.Key("merged_from");
      write_string(json, note);
    }
  });
}

/// An edge with its best confidence, properties and shown records (the object under `$relationship`).
template <class Json>
void write_edge_value(Json& json, const graph::Graph& graph, const query::CompiledFilter& filter, graph::EdgeId edge,
                      const query::HopDirection* direction) {
  write_edge(json, graph, filter, edge, direction, [&] {
    json.Key("confidence");
    if (const std::optional<float> confidence = graph.edge_confidence(edge)) {
      json.Double(graph::shortest_double(*confidence));
    } else {
      json.Null();
    }
    write_properties(json, graph.edge_properties(edge));
  });
}

/// An object with the one key `tag` holding what `body` writes.
template <class Json, class Body>
void write_tagged(Json& json, const char* tag, Body&& body) {
  json.StartObject();
  json.Key(tag);
  body();
  json.EndObject();
}

template <class Json>
void write_value(Json& json, const graph::Graph& graph, const query::CompiledFilter& filter,
                 const query::Value& value) {
  using Kind = query::Value::Kind;
  switch (value.kind()) {
    case Kind::null:
      json.Null();
      return;
    case Kind::boolean:
      json.Bool(value.as_boolean());
      return;
    case Kind::integer:
      json.Int64(value.as_integer());
      return;
    case Kind::real:
      write_float(json, value.as_real());
      return;
    case Kind::string:
      write_string(json, value.as_string());
      return;
    case Kind::list:
      json.StartArray();
      for (const query::Value& item : value.as_list()) write_value(json, graph, filter, item);
      json.EndArray();
      return;
    case Kind::map:
      json.StartObject();
      for (const auto& [key, item] : value.as_map()) {
        write_key(json, key.starts_with('$') ? "$" + key : key);  // `$` keys belong to the tags
        write_value(json, graph, filter, item);
      }
      json.EndObject();
      return;
    case Kind::node:
      write_tagged(json, "$node", [&] { write_node_value(json, graph, value.as_node()); });
      return;
    case Kind::relationship:
      write_tagged(json, "$relationship",
                   [&] { write_edge_value(json, graph, filter, value.as_relationship(), nullptr); });
      return;
    case Kind::path:
      write_tagged(json, "$path", [&] {
        const query::Path& path = value.as_path();
        json.StartObject();
        json.Key("nodes");
        json.StartArray();
        for (graph::NodeId node : path.nodes) write_node_value(json, graph, node);
        json.EndArray();
        json.Key("relationships");
        json.StartArray();
        for (const query::Hop& hop : path.hops) write_edge_value(json, graph, filter, hop.edge, &hop.direction);
        json.EndArray();
        json.EndObject();
      });
      return;
  }
}

}  // namespace kg::render::detail
