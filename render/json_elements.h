#pragma once
// JSON through RapidJSON's writers straight into an Output, and the objects every JSON rendering shares: a node,
// an edge with its provenance records, a record. Templates over the writer (pretty or compact).
#include <rapidjson/prettywriter.h>
#include <rapidjson/writer.h>

#include <string_view>

#include "evidence.h"
#include "kg/graph/graph.h"
#include "kg/graph/text.h"
#include "kg/query/result.h"
#include "kg/query/traverse.h"
#include "kg/render/output.h"

namespace kg::render::detail {

/// A RapidJSON output stream over an Output.
struct JsonStream {
  using Ch = char;
  Output& out;
  void Put(char c) { out.put(c); }
  void Flush() {}
};

using PrettyJson = rapidjson::PrettyWriter<JsonStream>;
using CompactJson = rapidjson::Writer<JsonStream>;

template <class Json>
void write_string(Json& json, std::string_view text) {
  json.String(text.data(), static_cast<rapidjson::SizeType>(text.size()));
}

template <class Json>
void write_key(Json& json, std::string_view key) {
  json.Key(key.data(), static_cast<rapidjson::SizeType>(key.size()));
}

/// `{"id", "name", "type"}`, then `"distance"` when given, then whatever `more` writes.
template <class Json, class More>
void write_node(Json& json, const graph::Graph& graph, graph::NodeId node, const std::uint32_t* distance, More&& more) {
  json.StartObject();
  json.Key("id");
  write_string(json, graph.node_key(node));
  json.Key("name");
  write_string(json, graph.node_name(node));
  json.Key("type");
  write_string(json, graph.type_name(graph.node_type(node)));
  if (distance != nullptr) {
    json.Key("distance");
    json.Uint(*distance);
  }
  more();
  json.EndObject();
}

template <class Json>
void write_node(Json& json, const graph::Graph& graph, graph::NodeId node, const std::uint32_t* distance) {
  write_node(json, graph, node, distance, [] {});
}

/// `{"source", "title", "grade", "date", "confidence", "quote"}`, null where the record states nothing.
template <class Json>
void write_record(Json& json, const graph::Graph& graph, graph::ProvenanceId record) {
  json.StartObject();
  const graph::SourceId source = graph.provenance_source(record);
  json.Key("source");
  if (source.value == 0) {
    json.Null();
  } else {
    write_string(json, graph.source_key(source));
  }
  json.Key("title");
  if (source.value == 0 || graph.source_title(source).empty()) {
    json.Null();
  } else {
    write_string(json, graph.source_title(source));
  }
  json.Key("grade");
  if (const graph::Grade grade = graph.provenance_grade(record); grade.graded()) {
    write_string(json, grade.to_string());
  } else {
    json.Null();
  }
  const auto date = graph.provenance_date(record);
  json.Key("date");
  if (date.dated()) {
    write_string(json, date.to_string());
  } else {
    json.Null();
  }
  json.Key("confidence");
  if (const std::optional<float> confidence = graph.provenance_confidence(record)) {
    json.Double(graph::shortest_double(*confidence));
  } else {
    json.Null();
  }
  json.Key("quote");
  if (const std::string_view quote = graph.provenance_quote(record); !quote.empty()) {
    write_string(json, quote);
  } else {
    json.Null();
  }
  json.EndObject();
}

/// `{"from", "to", "predicate"}`, `"direction"` when given, whatever `more` writes, then `"sources"`: the records
/// that pass the filter.
template <class Json, class More>
void write_edge(Json& json, const graph::Graph& graph, const query::CompiledFilter& filter, graph::EdgeId edge,
                const query::HopDirection* direction, More&& more) {
  json.StartObject();
  json.Key("from");
  write_string(json, graph.node_key(graph.edge_source(edge)));
  json.Key("to");
  write_string(json, graph.node_key(graph.edge_target(edge)));
  json.Key("predicate");
  write_string(json, graph.predicate_name(graph.edge_predicate(edge)));
  if (direction != nullptr) {
    json.Key("direction");
    json.String(*direction == query::HopDirection::forward ? "forward" : "backward");
  }
  more();
  json.Key("sources");
  json.StartArray();
  for (graph::ProvenanceId record : shown_records(graph, filter, edge)) write_record(json, graph, record);
  json.EndArray();
  json.EndObject();
}

template <class Json>
void write_edge(Json& json, const graph::Graph& graph, const query::CompiledFilter& filter, graph::EdgeId edge,
                const query::HopDirection* direction) {
  write_edge(json, graph, filter, edge, direction, [] {});
}

/// A pretty-printed JSON document (two-space indents) holding one object whose members `body` writes, then a
/// line break.
template <class Body>
void write_document(Output& out, Body&& body) {
  JsonStream stream{out};
  PrettyJson json(stream);
  json.SetIndent(' ', 2);
  json.StartObject();
  body(json);
  json.EndObject();
  out.put('\n');
}

}  // namespace kg::render::detail
