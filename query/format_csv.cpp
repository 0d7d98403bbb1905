// CSV rendering (RFC 4180 quoting): one row per hop of each path, or one row per neighbourhood node.
#include <fmt/format.h>

#include <string>

#include "format_detail.h"
#include "kg/query/format.h"

namespace kg::query {
using detail::shown_records;

namespace {

void field(std::string& out, std::string_view text) {
  if (text.find_first_of(",\"\r\n") == std::string_view::npos) {
    out += text;
    return;
  }
  out += '"';
  for (char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
}

void row(std::string& out, std::initializer_list<std::string_view> fields) {
  bool first = true;
  for (std::string_view text : fields) {
    if (!first) out += ',';
    first = false;
    field(out, text);
  }
  out += '\n';
}

}  // namespace

std::string paths_csv(const graph::Graph& graph, std::span<const Path> paths, const Filter& user_filter) {
  CompiledFilter filter(graph, user_filter, {});
  std::string out;
  row(out, {"path", "hop", "subject", "subject_name", "predicate", "object", "object_name", "direction", "sources"});
  for (std::size_t p = 0; p < paths.size(); ++p) {
    for (std::size_t h = 0; h < paths[p].hops.size(); ++h) {
      const Hop& hop = paths[p].hops[h];
      graph::NodeId subject = graph.edge_source(hop.edge), object = graph.edge_target(hop.edge);
      std::vector<std::string_view> sources;
      for (graph::ProvenanceId r : shown_records(graph, filter, hop.edge)) {
        if (graph.provenance_source(r).value != 0) sources.push_back(graph.source_key(graph.provenance_source(r)));
      }
      row(out, {fmt::to_string(p + 1), fmt::to_string(h + 1), graph.node_key(subject), graph.node_name(subject),
                graph.predicate_name(graph.edge_predicate(hop.edge)), graph.node_key(object), graph.node_name(object),
                hop.direction == HopDirection::forward ? "forward" : "backward",
                fmt::format("{}", fmt::join(sources, ";"))});
    }
  }
  return out;
}

std::string neighbourhood_csv(const graph::Graph& graph, const Neighbourhood& result) {
  std::string out;
  row(out, {"id", "name", "type", "distance"});
  for (const Reached& reached : result.nodes) {
    row(out, {graph.node_key(reached.node), graph.node_name(reached.node),
              graph.type_name(graph.node_type(reached.node)), fmt::to_string(reached.distance)});
  }
  return out;
}

}  // namespace kg::query
