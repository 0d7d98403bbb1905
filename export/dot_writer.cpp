// Graphviz DOT: one statement per node (label, shape and colour by type, tooltip) and per edge (predicate label).
#include <string_view>
#include <vector>

#include "palette.h"
#include "writers.h"

namespace kg::io::detail {

void write_dot(const WriteContext& context, Output& out) {
  const graph::Graph& graph = context.graph;
  const Selection& selection = context.selection;
  const std::vector<TypeStyle> styles = styles_by_type(graph);
  out.append(
      "digraph kg {\n"
      "  graph [overlap=false, splines=true];\n"
      "  node [style=filled, fontname=\"Helvetica\"];\n"
      "  edge [fontname=\"Helvetica\", fontsize=10];\n");
  for (std::size_t i = 0; i < selection.nodes().size(); ++i) {
    const graph::NodeId node = selection.nodes()[i];
    const TypeStyle& style = styles[graph.node_type(node).value];
    out.format("  n{} [label=\"", i);
    out.escaped(graph.node_name(node), kDotEscapes);
    out.format("\", shape={}, fillcolor=\"{}\", fontcolor={}, tooltip=\"", style.dot_shape, style.hex,
               style.font_colour);
    out.escaped(graph.type_name(graph.node_type(node)), kDotEscapes);
    out.append(": ");
    out.escaped(graph.node_key(node), kDotEscapes);
    out.append("\"];\n");
    out.flush_if_full();
  }
  for (std::size_t i = 0; i < selection.edges().size(); ++i) {
    const graph::EdgeId edge = selection.edges()[i];
    out.format("  n{} -> n{} [label=\"", selection.position(selection.edge_source(i)),
               selection.position(graph.edge_target(edge)));
    out.escaped(graph.predicate_name(graph.edge_predicate(edge)), kDotEscapes);
    out.append("\"];\n");
    out.flush_if_full();
  }
  out.append("}\n");
}

}  // namespace kg::io::detail
