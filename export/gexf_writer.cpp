// GEXF 1.3 (or 1.2draft, the same elements in another namespace) for Gephi: node colour by type, size by degree, edge
// kind = predicate, and spells from fact dates so Gephi's timeline shows each edge from the day it was first stated.
#include <cmath>
#include <limits>
#include <string_view>
#include <vector>

#include "element_attributes.h"
#include "palette.h"
#include "writers.h"

namespace kg::io::detail {
namespace {

// Columns the GEXF element carries natively rather than as attvalues (or, for name, needs no more).
bool native(std::string_view domain_name, std::uint32_t column) {
  return domain_name == "node" ? column == kNodeLabel || column == kNodeName  // name: the label again
                               : column == kEdgeLabel || column == kWeight;
}

void write_attributes(Output& out, const Domain& domain, std::string_view domain_name) {
  out.format("    <attributes class=\"{}\">\n", domain_name);
  for (std::uint32_t i = 0; i < domain.columns.size(); ++i) {
    if (native(domain_name, i)) continue;
    out.format("      <attribute id=\"{}\" title=\"", domain.columns[i].name);
    out.escaped(domain.columns[i].name, kXmlEscapes);  // NetworkX keys attributes by title
    out.format("\" type=\"{}\"/>\n", type_names(domain.columns[i].type).gexf);
  }
  out.append("    </attributes>\n");
}

struct AttvalueWriter {
  Output& out;
  const Domain& domain;
  std::string_view domain_name;

  void operator()(std::uint32_t column, const AttrValue& value) const {
    if (native(domain_name, column)) return;
    out.format("          <attvalue for=\"{}\" value=\"", domain.columns[column].name);
    write_value(out, value, domain.columns[column].type, kXmlEscapes);
    out.append("\"/>\n");
  }
};

constexpr std::int32_t kUndated = std::numeric_limits<std::int32_t>::max();

void write_spell(Output& out, std::int32_t start) {
  if (start == kUndated) return;
  out.format("        <spells><spell start=\"{:04}-{:02}-{:02}\"/></spells>\n", start / 10000, start / 100 % 100,
             start % 100);
}

}  // namespace

void write_gexf(const WriteContext& context, Output& out) {
  const graph::Graph& graph = context.graph;
  const Selection& selection = context.selection;

  // An edge appears on the first day its earliest statement may denote; a node with its first edge, unless one of
  // its edges is undated (then it is always there, as are undated edges and isolated nodes).
  std::vector<std::int32_t> edge_start(selection.edges().size(), kUndated);
  std::vector<std::int32_t> node_start(selection.nodes().size(), kUndated);
  std::vector<bool> always(selection.nodes().size(), false);
  bool dynamic = false;
  for (std::size_t i = 0; i < selection.edges().size(); ++i) {
    const EdgeDates dates = edge_dates(graph, selection.edges()[i]);
    if (dates.first.dated()) edge_start[i] = dates.first.earliest();
    dynamic = dynamic || dates.first.dated();
    for (const graph::NodeId end : {selection.edge_source(i), graph.edge_target(selection.edges()[i])}) {
      const std::uint32_t position = selection.position(end);
      node_start[position] = std::min(node_start[position], edge_start[i]);
      always[position] = always[position] || edge_start[i] == kUndated;
    }
  }

  out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
  out.append(context.options.gexf_version == GexfVersion::v1_2draft
                 ? "<gexf xmlns=\"http://www.gexf.net/1.2draft\" xmlns:viz=\"http://www.gexf.net/1.2draft/viz\" "
                   "version=\"1.2\">\n"
                 : "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\" version=\"1.3\">\n");
  out.append("  <meta>\n    <creator>kg</creator>\n  </meta>\n");
  out.append(dynamic ? "  <graph defaultedgetype=\"directed\" mode=\"dynamic\" timeformat=\"date\">\n"
                     : "  <graph defaultedgetype=\"directed\">\n");
  write_attributes(out, context.schema.nodes, "node");
  write_attributes(out, context.schema.edges, "edge");

  ElementAttributes attributes(graph, context.schema);
  const std::vector<TypeStyle> styles = styles_by_type(graph);
  const std::vector<std::uint32_t> degrees = selection.degrees();
  const AttvalueWriter node_values{out, context.schema.nodes, "node"};
  out.format("    <nodes count=\"{}\">\n", selection.nodes().size());
  for (std::size_t i = 0; i < selection.nodes().size(); ++i) {
    const graph::NodeId node = selection.nodes()[i];
    out.format("      <node id=\"n{}\" label=\"", i);
    out.escaped(graph.node_name(node), kXmlEscapes);
    out.append("\">\n        <attvalues>\n");
    attributes.node(node, node_values);
    out.append("        </attvalues>\n");
    write_spell(out, always[i] ? kUndated : node_start[i]);
    const Rgb colour = styles[graph.node_type(node).value].colour;
    out.format("        <viz:color r=\"{}\" g=\"{}\" b=\"{}\"/>\n", colour.r, colour.g, colour.b);
    out.format("        <viz:size value=\"{:.2f}\"/>\n      </node>\n", 10.0 + 5.0 * std::sqrt(degrees[i]));
    out.flush_if_full();
  }
  out.append("    </nodes>\n");

  const AttvalueWriter edge_values{out, context.schema.edges, "edge"};
  out.format("    <edges count=\"{}\">\n", selection.edges().size());
  for (std::size_t i = 0; i < selection.edges().size(); ++i) {
    const graph::EdgeId edge = selection.edges()[i];
    const std::string_view predicate = graph.predicate_name(graph.edge_predicate(edge));
    out.format("      <edge id=\"e{}\" source=\"n{}\" target=\"n{}\" label=\"", i,
               selection.position(selection.edge_source(i)), selection.position(graph.edge_target(edge)));
    out.escaped(predicate, kXmlEscapes);
    out.append("\" kind=\"");
    out.escaped(predicate, kXmlEscapes);
    std::int64_t weight = 1;
    attributes.edge(edge, [&](std::uint32_t column, const AttrValue& value) {
      if (column == kWeight) weight = std::get<std::int64_t>(value);
    });
    out.format("\" weight=\"{}\">\n        <attvalues>\n", weight);
    attributes.edge(edge, edge_values);
    out.append("        </attvalues>\n");
    write_spell(out, edge_start[i]);
    out.append("      </edge>\n");
    out.flush_if_full();
  }
  out.append("    </edges>\n  </graph>\n</gexf>\n");
}

}  // namespace kg::io::detail
