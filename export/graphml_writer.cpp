// GraphML, written directly: keys d0.. (node columns, then edge columns), nodes n0.., edges e0...
#include <string_view>

#include "element_attributes.h"
#include "writers.h"

namespace kg::io::detail {
namespace {

void write_keys(Output& out, const Domain& domain, std::string_view domain_name, std::size_t first_id) {
  for (std::size_t i = 0; i < domain.columns.size(); ++i) {
    const Column& column = domain.columns[i];
    out.format("  <key id=\"d{}\" for=\"{}\" attr.name=\"{}\" attr.type=\"{}\"/>\n", first_id + i, domain_name,
               column.name, type_names(column.type).graphml);
  }
}

// Writes one <data> element per attribute; `first_id` is the domain's first key number.
struct DataWriter {
  Output& out;
  const Domain& domain;
  std::size_t first_id;

  void operator()(std::uint32_t column, const AttrValue& value) const {
    out.append("      <data key=\"d");
    out.integer(static_cast<std::int64_t>(first_id + column));
    out.append("\">");
    write_value(out, value, domain.columns[column].type, kXmlEscapes);
    out.append("</data>\n");
  }
};

}  // namespace

void write_graphml(const WriteContext& context, Output& out) {
  const graph::Graph& graph = context.graph;
  const Selection& selection = context.selection;
  const std::size_t edge_keys = context.schema.nodes.columns.size();
  out.append(
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\""
      " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
      " xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns"
      " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n");
  write_keys(out, context.schema.nodes, "node", 0);
  write_keys(out, context.schema.edges, "edge", edge_keys);
  out.append("  <graph id=\"G\" edgedefault=\"directed\">\n");

  ElementAttributes attributes(graph, context.schema);
  const DataWriter node_data{out, context.schema.nodes, 0};
  for (std::size_t i = 0; i < selection.nodes().size(); ++i) {
    out.append("    <node id=\"n");
    out.integer(static_cast<std::int64_t>(i));
    out.append("\">\n");
    attributes.node(selection.nodes()[i], node_data);
    out.append("    </node>\n");
    out.flush_if_full();
  }
  const bool gephi = context.options.flavour == GraphmlFlavour::gephi;
  const DataWriter edge_data{out, context.schema.edges, edge_keys};
  for (std::size_t i = 0; i < selection.edges().size(); ++i) {
    const graph::EdgeId edge = selection.edges()[i];
    out.append("    <edge id=\"e");
    out.integer(static_cast<std::int64_t>(i));
    out.append("\" source=\"n");
    out.integer(selection.position(selection.edge_source(i)));
    out.append("\" target=\"n");
    out.integer(selection.position(graph.edge_target(edge)));
    if (gephi) {  // Gephi's edge type: parallel edges with different predicates stay apart
      out.append("\" label=\"");
      out.escaped(graph.predicate_name(graph.edge_predicate(edge)), kXmlEscapes);
    }
    out.append("\">\n");
    attributes.edge(edge, edge_data);
    out.append("    </edge>\n");
    out.flush_if_full();
  }
  out.append("  </graph>\n</graphml>\n");
}

}  // namespace kg::io::detail
