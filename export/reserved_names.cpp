// The reserved-name tables, read off each consumer's importer: Gephi's ImporterGEXF/ImporterGraphML and its graph
// store's built-in columns, NetworkX's readwrite/gexf.py, graphml.py and cytoscape.py, igraph's GraphML reader,
// Cytoscape's default columns and Cytoscape.js's element data.
#include "reserved_names.h"

#include <algorithm>

#include "kg/graph/text.h"

namespace kg::io::detail {
namespace {

// Gephi's graph store has the columns id, label and timeset on both kinds (and weight on edges), matched without
// regard to case: a GEXF attribute `Label` overwrites the label, `ID` and `Weight` are dropped, `timeset` fails.
constexpr std::string_view kGephiGexfNodes[] = {"id", "label", "timeset"};
constexpr std::string_view kGephiGexfEdges[] = {"id", "label", "timeset", "weight"};
// Gephi's GraphML importer maps these key names (or ids: d3 and d7 are yEd's labels) to visual properties.
constexpr std::string_view kGephiGraphmlNodes[] = {"label", "nodelabel", "d3", "x", "y", "z",    "xpos",
                                                   "ypos",  "size",      "r",  "g", "b", "color"};
constexpr std::string_view kGephiGraphmlEdges[] = {"label",  "edgelabel", "d7", "weight", "edge_weight", "id",
                                                   "edgeid", "r",         "g",  "b",      "color"};
// NetworkX's read_gexf puts the element's label, id, weight, viz and spells (the ones kg writes) into the same dict
// as the attributes, which it keys by title, and pops `networkx_key`; read_graphml stores the edge id as `id` and
// takes `key` as the multigraph key; cytoscape_graph reads `id`, `value`, `name` on nodes and `source`, `target`,
// `key` on edges.
constexpr std::string_view kNetworkxNodes[] = {"id", "label", "viz", "spells", "value", "name"};
constexpr std::string_view kNetworkxEdges[] = {"id",     "label", "weight", "networkx_key", "viz",
                                               "spells", "key",   "source", "target"};
// igraph's Read_GraphML keeps the node id as the vertex attribute `id`.
constexpr std::string_view kIgraphNodes[] = {"id"};
constexpr std::string_view kIgraphEdges[] = {"id"};
// Cytoscape desktop's default columns; Cytoscape.js's element data (`parent` makes a compound node).
constexpr std::string_view kCytoscapeNodes[] = {"id", "name", "suid", "selected", "shared_name", "parent"};
constexpr std::string_view kCytoscapeEdges[] = {
    "id", "source", "target", "name", "suid", "selected", "interaction", "shared_interaction", "shared_name"};
// Kuzu's internal properties (property names are case-insensitive in Kuzu).
constexpr std::string_view kKuzuNodes[] = {"_id", "_label"};
constexpr std::string_view kKuzuEdges[] = {"_id", "_label", "_src", "_dst"};
// Fields kg itself writes beside the attributes (the Cytoscape node colour).
constexpr std::string_view kKgNodes[] = {"color"};
constexpr std::string_view kKgEdges[] = {"color"};

constexpr ReservedNames kTables[] = {
    {"Gephi (GEXF)", kGephiGexfNodes, kGephiGexfEdges},
    {"Gephi (GraphML)", kGephiGraphmlNodes, kGephiGraphmlEdges},
    {"NetworkX", kNetworkxNodes, kNetworkxEdges},
    {"igraph", kIgraphNodes, kIgraphEdges},
    {"Cytoscape", kCytoscapeNodes, kCytoscapeEdges},
    {"Kuzu", kKuzuNodes, kKuzuEdges},
    {"kg", kKgNodes, kKgEdges},
};

}  // namespace

std::span<const ReservedNames> reserved_names() { return kTables; }

bool is_reserved(std::string_view name, bool nodes) {
  return std::any_of(std::begin(kTables), std::end(kTables), [&](const ReservedNames& table) {
    const std::span<const std::string_view> names = nodes ? table.nodes : table.edges;
    return std::any_of(names.begin(), names.end(),
                       [&](std::string_view reserved) { return graph::equals_ascii_folded(name, reserved); });
  });
}

}  // namespace kg::io::detail
