// Cytoscape.js JSON (`elements` with `nodes` and `edges`), in the shape NetworkX's cytoscape_graph reads: node
// data carries `id`, `value` and `name`, edges `source`, `target` and a multigraph `key`. Lists are JSON arrays.
#include <cmath>
#include <string_view>
#include <vector>

#include "element_attributes.h"
#include "node_ids.h"
#include "palette.h"
#include "writers.h"

namespace kg::io::detail {
namespace {

struct FieldWriter {
  Output& out;
  const Domain& domain;

  void operator()(std::uint32_t column, const AttrValue& value) const {
    const Column& field = domain.columns[column];
    out.append(", \"");
    out.append(field.name);
    out.append("\": ");
    if (const auto* list = std::get_if<TextList>(&value)) {
      out.put('[');
      for (std::size_t i = 0; i < list->items.size(); ++i) {
        if (i != 0) out.append(", ");
        out.quoted(list->items[i], kJsonEscapes);
      }
      out.put(']');
    } else if (field.type == AttrType::text) {
      out.put('"');
      write_value(out, value, field.type, kJsonEscapes);
      out.put('"');
    } else if (const auto* real = std::get_if<double>(&value); real != nullptr && !std::isfinite(*real)) {
      out.append("null");  // JSON has no NaN or infinity
    } else {
      write_value(out, value, field.type, kJsonEscapes);
    }
  }
};

}  // namespace

void write_cytoscape(const WriteContext& context, Output& out) {
  const graph::Graph& graph = context.graph;
  const Selection& selection = context.selection;
  const std::vector<TypeStyle> styles = styles_by_type(graph);
  ElementAttributes attributes(graph, context.schema);
  const NodeIds ids(graph, selection);
  out.append(
      "{\"data\": {\"name\": \"kg\"}, \"directed\": true, \"multigraph\": true,\n"
      " \"elements\": {\"nodes\": [");
  const FieldWriter node_fields{out, context.schema.nodes};
  for (std::size_t i = 0; i < selection.nodes().size(); ++i) {
    const graph::NodeId node = selection.nodes()[i];
    out.append(i == 0 ? "\n" : ",\n");
    out.append("  {\"data\": {\"id\": \"");
    ids.write(out, static_cast<std::uint32_t>(i), kJsonEscapes);
    out.append("\", \"value\": \"");
    ids.write(out, static_cast<std::uint32_t>(i), kJsonEscapes);
    out.append("\", \"name\": ");
    out.quoted(graph.node_name(node), kJsonEscapes);
    out.format(", \"color\": \"{}\"", styles[graph.node_type(node).value].hex);
    attributes.node(node, [&](std::uint32_t column, const AttrValue& value) {
      if (column != kNodeName) node_fields(column, value);  // written first, as NetworkX expects it
    });
    out.append("}}");
    out.flush_if_full();
  }
  out.append("],\n \"edges\": [");
  const FieldWriter edge_fields{out, context.schema.edges};
  for (std::size_t i = 0; i < selection.edges().size(); ++i) {
    const graph::EdgeId edge = selection.edges()[i];
    out.append(i == 0 ? "\n" : ",\n");
    out.format("  {{\"data\": {{\"id\": \"e{}\", \"source\": \"", i);
    ids.write(out, selection.position(selection.edge_source(i)), kJsonEscapes);
    out.append("\", \"target\": \"");
    ids.write(out, selection.position(graph.edge_target(edge)), kJsonEscapes);
    out.format("\", \"key\": \"e{}\"", i);
    attributes.edge(edge, edge_fields);
    out.append("}}");
    out.flush_if_full();
  }
  out.append("]}}\n");
}

}  // namespace kg::io::detail
