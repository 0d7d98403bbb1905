// JSON rendering of query results with RapidJSON's writer (the schema is documented in docs/CLI.md).
#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>

#include <string>

#include "format_detail.h"
#include "kg/graph/text.h"
#include "kg/query/format.h"

namespace kg::query {
using detail::path_confidence;
using detail::shown_records;
using graph::shortest_double;

namespace {

using Writer = rapidjson::PrettyWriter<rapidjson::StringBuffer>;

void string(Writer& out, std::string_view text) {
  out.String(text.data(), static_cast<rapidjson::SizeType>(text.size()));
}

void node(Writer& out, const graph::Graph& graph, graph::NodeId id, const std::uint32_t* distance) {
  out.StartObject();
  out.Key("id");
  string(out, graph.node_key(id));
  out.Key("name");
  string(out, graph.node_name(id));
  out.Key("type");
  string(out, graph.type_name(graph.node_type(id)));
  if (distance != nullptr) {
    out.Key("distance");
    out.Uint(*distance);
  }
  out.EndObject();
}

void record(Writer& out, const graph::Graph& graph, graph::ProvenanceId id) {
  out.StartObject();
  graph::SourceId source = graph.provenance_source(id);
  out.Key("source");
  if (source.value == 0) {
    out.Null();
  } else {
    string(out, graph.source_key(source));
  }
  out.Key("title");
  if (source.value == 0 || graph.source_title(source).empty()) {
    out.Null();
  } else {
    string(out, graph.source_title(source));
  }
  graph::PartialDate date = graph.provenance_date(id);
  out.Key("date");
  if (date.dated()) {
    string(out, date.to_string());
  } else {
    out.Null();
  }
  out.Key("confidence");
  if (std::optional<float> confidence = graph.provenance_confidence(id)) {
    out.Double(shortest_double(*confidence));
  } else {
    out.Null();
  }
  out.Key("quote");
  if (std::string_view quote = graph.provenance_quote(id); !quote.empty()) {
    string(out, quote);
  } else {
    out.Null();
  }
  out.EndObject();
}

void edge(Writer& out, const graph::Graph& graph, const CompiledFilter& filter, graph::EdgeId id,
          const HopDirection* direction) {
  out.StartObject();
  out.Key("from");
  string(out, graph.node_key(graph.edge_source(id)));
  out.Key("to");
  string(out, graph.node_key(graph.edge_target(id)));
  out.Key("predicate");
  string(out, graph.predicate_name(graph.edge_predicate(id)));
  if (direction != nullptr) {
    out.Key("direction");
    out.String(*direction == HopDirection::forward ? "forward" : "backward");
  }
  out.Key("sources");
  out.StartArray();
  for (graph::ProvenanceId p : shown_records(graph, filter, id)) record(out, graph, p);
  out.EndArray();
  out.EndObject();
}

/// A JSON document, pretty-printed with two-space indents, one object whose members `body` writes.
template <class Body>
std::string document(Body&& body) {
  rapidjson::StringBuffer buffer;
  Writer out(buffer);
  out.SetIndent(' ', 2);
  out.StartObject();
  body(out);
  out.EndObject();
  return std::string(buffer.GetString(), buffer.GetSize()) + "\n";
}

}  // namespace

std::string paths_json(const graph::Graph& graph, std::span<const Path> paths, const Filter& user_filter) {
  CompiledFilter filter(graph, user_filter, {});
  return document([&](Writer& out) {
    out.Key("paths");
    out.StartArray();
    for (const Path& path : paths) {
      out.StartObject();
      out.Key("length");
      out.Uint64(path.length());
      out.Key("confidence");
      out.Double(path_confidence(filter, path));
      out.Key("nodes");
      out.StartArray();
      for (graph::NodeId n : path.nodes) node(out, graph, n, nullptr);
      out.EndArray();
      out.Key("edges");
      out.StartArray();
      for (const Hop& hop : path.hops) edge(out, graph, filter, hop.edge, &hop.direction);
      out.EndArray();
      out.EndObject();
    }
    out.EndArray();
  });
}

std::string neighbourhood_json(const graph::Graph& graph, const Neighbourhood& result, const Filter& user_filter) {
  CompiledFilter filter(graph, user_filter, {});
  return document([&](Writer& out) {
    out.Key("nodes");
    out.StartArray();
    for (const Reached& reached : result.nodes) node(out, graph, reached.node, &reached.distance);
    out.EndArray();
    out.Key("edges");
    out.StartArray();
    for (graph::EdgeId e : result.edges) edge(out, graph, filter, e, nullptr);
    out.EndArray();
    out.Key("truncated");
    out.Bool(result.truncated);
  });
}

}  // namespace kg::query
