// JSON documents for paths and neighbourhoods (the schema is documented in docs/CLI.md).
#include "json_elements.h"
#include "renderers.h"
#include "value_json.h"

namespace kg::render::detail {

void paths_json(const graph::Graph& graph, std::span<const query::Path> paths, const query::CompiledFilter& filter,
                Output& out) {
  write_document(out, [&](PrettyJson& json) {
    json.Key("paths");
    json.StartArray();
    for (const query::Path& path : paths) {
      json.StartObject();
      json.Key("length");
      json.Uint64(path.length());
      json.Key("confidence");
      json.Double(path_confidence(filter, path));
      json.Key("nodes");
      json.StartArray();
      for (graph::NodeId node : path.nodes) write_node_value(json, graph, node);
      json.EndArray();
      json.Key("edges");
      json.StartArray();
      for (const query::Hop& hop : path.hops) write_edge(json, graph, filter, hop.edge, &hop.direction);
      json.EndArray();
      json.EndObject();
    }
    json.EndArray();
  });
}

void neighbourhood_json(const graph::Graph& graph, const query::Neighbourhood& neighbourhood,
                        const query::CompiledFilter& filter, Output& out) {
  write_document(out, [&](PrettyJson& json) {
    json.Key("nodes");
    json.StartArray();
    for (const query::Reached& reached : neighbourhood.nodes) {
      write_node_value(json, graph, reached.node, &reached.distance);
    }
    json.EndArray();
    json.Key("edges");
    json.StartArray();
    for (graph::EdgeId edge : neighbourhood.edges) write_edge(json, graph, filter, edge, nullptr);
    json.EndArray();
    json.Key("truncated");
    json.Bool(neighbourhood.truncated);
  });
}

}  // namespace kg::render::detail
