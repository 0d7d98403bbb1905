#include "node_ids.h"

#include <algorithm>
#include <string_view>

#include "xml_name.h"

namespace kg::io::detail {
namespace {

// `e` followed by digits only: the form of kg's edge ids.
bool looks_like_edge_id(std::string_view id) {
  return id.size() > 1 && id[0] == 'e' &&
         std::all_of(id.begin() + 1, id.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace

NodeIds::NodeIds(const graph::Graph& graph, const Selection& selection) : graph_(graph), selection_(selection) {
  entity_ids_ = std::all_of(selection.nodes().begin(), selection.nodes().end(), [&](graph::NodeId node) {
    const std::string_view key = graph.node_key(node);
    return is_name_token(key) && !looks_like_edge_id(key);
  });
}

void NodeIds::write(Output& out, std::uint32_t position, const EscapeTable& escapes) const {
  if (entity_ids_) return out.escaped(graph_.node_key(selection_.nodes()[position]), escapes);
  out.put('n');
  out.integer(position);
}

}  // namespace kg::io::detail
