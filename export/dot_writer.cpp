// Graphviz DOT: one statement per node (label, shape and colour by type, tooltip) and per edge (predicate label).
// Graphviz refuses a quoted string over 16384 bytes, so long text is written as "..." + "..." (DOT's string
// concatenation), and a label longer than people read is cut, its full text kept in the `kg_name` attribute.
#include <string>
#include <string_view>
#include <vector>

#include "kg/graph/text.h"
#include "palette.h"
#include "writers.h"

namespace kg::io::detail {
namespace {

constexpr std::size_t kPieceBytes = 4096;      // escaped, at most 3 × this (U+FFFD for each byte): under 16384
constexpr std::size_t kLabelCharacters = 200;  // a node label longer than this is cut, with …

/// `text` as one DOT string: between double quotes, escaped, split into concatenated pieces that Graphviz's
/// scanner accepts (cut between UTF-8 characters, so each piece escapes on its own).
void dot_string(Output& out, std::string_view text) {
  out.put('"');
  while (text.size() > kPieceBytes) {
    std::size_t cut = kPieceBytes;
    while (cut > 0 && graph::is_utf8_continuation(text[cut])) --cut;
    if (cut == 0) cut = kPieceBytes;  // invalid UTF-8 only: any cut will do, it is replaced anyway
    out.escaped(text.substr(0, cut), kDotEscapes);
    out.append("\" + \"");
    text.remove_prefix(cut);
  }
  out.escaped(text, kDotEscapes);
  out.put('"');
}

/// The first `count` characters of `text` (fewer bytes than text.size()).
std::string_view first_characters(std::string_view text, std::size_t count) {
  std::size_t seen = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (!graph::is_utf8_continuation(text[i]) && seen++ == count) return text.substr(0, i);
  }
  return text;
}

}  // namespace

void write_dot(const WriteContext& context, Output& out) {
  const graph::Graph& graph = context.graph;
  const Selection& selection = context.selection;
  const std::vector<TypeStyle> styles = styles_by_type(graph);
  out.append(
      "digraph kg {\n"
      "  graph [overlap=false, splines=true];\n"
      "  node [style=filled, fontname=\"Helvetica\"];\n"
      "  edge [fontname=\"Helvetica\", fontsize=10];\n");
  std::string tooltip;
  for (std::size_t i = 0; i < selection.nodes().size(); ++i) {
    const graph::NodeId node = selection.nodes()[i];
    const TypeStyle& style = styles[graph.node_type(node).value];
    const std::string_view name = graph.node_name(node);
    const std::string_view shown = first_characters(name, kLabelCharacters);
    out.format("  n{} [label=", i);
    dot_string(out, shown.size() == name.size() ? name : std::string(shown) + "…");
    out.format(", shape={}, fillcolor=\"{}\", fontcolor={}, tooltip=", style.dot_shape, style.hex, style.font_colour);
    tooltip.assign(graph.type_name(graph.node_type(node))).append(": ").append(graph.node_key(node));
    dot_string(out, tooltip);
    if (shown.size() != name.size()) {
      out.append(", kg_name=");
      dot_string(out, name);
    }
    out.append("];\n");
    out.flush_if_full();
  }
  for (std::size_t i = 0; i < selection.edges().size(); ++i) {
    const graph::EdgeId edge = selection.edges()[i];
    out.format("  n{} -> n{} [label=", selection.position(selection.edge_source(i)),
               selection.position(graph.edge_target(edge)));
    dot_string(out, graph.predicate_name(graph.edge_predicate(edge)));
    out.append("];\n");
    out.flush_if_full();
  }
  out.append("}\n");
}

}  // namespace kg::io::detail
