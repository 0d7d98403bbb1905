// GraphML, written directly: keys k0.. (node columns, then edge columns), nodes by NodeIds, edges e0... Keys are not
// d0..: Gephi reads a key d3 as the node label and d7 as the edge label (yEd's).
#include <fmt/format.h>

#include <string_view>

#include "element_attributes.h"
#include "node_ids.h"
#include "writers.h"

namespace kg::io::detail {
namespace {

// The edge weight most edges have (one source, or none); GraphML's key default stands for it, so it is not written.
constexpr std::int64_t kDefaultWeight = 1;

// Plain GraphML leaves out the edge `label`, which repeats `predicate` (a third of an edge's bytes): only Gephi,
// which reads a key named label as the edge label, needs it, and the gephi flavour writes it.
bool skipped(bool edges, std::uint32_t column, bool gephi) { return edges && column == kEdgeLabel && !gephi; }

void write_keys(Output& out, const Domain& domain, std::string_view domain_name, std::size_t first_id, bool gephi) {
  for (std::uint32_t i = 0; i < domain.columns.size(); ++i) {
    if (skipped(domain_name == "edge", i, gephi)) continue;
    const Column& column = domain.columns[i];
    out.format("  <key id=\"k{}\" for=\"{}\" attr.name=\"{}\" attr.type=\"{}\"", first_id + i, domain_name, column.name,
               type_names(column.type).graphml);
    const bool weight = domain_name == "edge" && i == kWeight;
    out.append(weight ? fmt::format("><default>{}</default></key>\n", kDefaultWeight) : "/>\n");
  }
}

// Writes one <data> element per attribute; `first_id` is the domain's first key number.
struct DataWriter {
  Output& out;
  const Domain& domain;
  std::size_t first_id;
  bool edges;
  bool gephi;

  void operator()(std::uint32_t column, const AttrValue& value) const {
    if (skipped(edges, column, gephi)) return;
    if (edges && column == kWeight && std::get<std::int64_t>(value) == kDefaultWeight) return;  // the key's default
    out.append("      <data key=\"k");
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
  const bool gephi = context.options.flavour == GraphmlFlavour::gephi;
  write_keys(out, context.schema.nodes, "node", 0, gephi);
  write_keys(out, context.schema.edges, "edge", edge_keys, gephi);
  out.append("  <graph id=\"G\" edgedefault=\"directed\">\n");

  ElementAttributes attributes(graph, context.schema);
  const DataWriter node_data{out, context.schema.nodes, 0, false, gephi};
  const NodeIds ids(graph, selection);
  for (std::size_t i = 0; i < selection.nodes().size(); ++i) {
    out.append("    <node id=\"");
    ids.write(out, static_cast<std::uint32_t>(i), kXmlEscapes);
    out.append("\">\n");
    attributes.node(selection.nodes()[i], node_data);
    out.append("    </node>\n");
    out.flush_if_full();
  }
  const DataWriter edge_data{out, context.schema.edges, edge_keys, true, gephi};
  for (std::size_t i = 0; i < selection.edges().size(); ++i) {
    const graph::EdgeId edge = selection.edges()[i];
    out.append("    <edge id=\"e");
    out.integer(static_cast<std::int64_t>(i));
    out.append("\" source=\"");
    ids.write(out, selection.position(selection.edge_source(i)), kXmlEscapes);
    out.append("\" target=\"");
    ids.write(out, selection.position(graph.edge_target(edge)), kXmlEscapes);
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
