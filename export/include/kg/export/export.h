#pragma once
/// Exporters: whole graphs or subgraphs to GraphML, GEXF, DOT, Cytoscape.js JSON, Neo4j bulk CSV and kg's own
/// JSON Lines of facts (which kg build reads back into the same graph).
/// Every exporter writes through AtomicFile, so a failed export leaves nothing behind.
///
///   kg::io::export_graph(graph, nullptr, "case.graphml", {.format = kg::io::ExportFormat::graphml});
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "kg/graph/diagnostics.h"
#include "kg/graph/graph.h"
#include "kg/graph/subgraph.h"

namespace kg::io {

enum class ExportFormat { graphml, gexf, dot, cytoscape, neo4j_csv, facts };

/// GraphML flavours: `standard` validates against the GraphML XSD; `gephi` adds a `label` attribute on <edge>
/// (outside the XSD) so Gephi keeps parallel edges of different predicates apart.
enum class GraphmlFlavour { standard, gephi };

/// A value per node computed by the caller (a centrality, a community number), written as one more node
/// attribute in GraphML, GEXF, Cytoscape and Neo4j CSV (DOT carries no attributes):
///
///   options.node_attributes.push_back({.name = "pagerank", .type = kg::io::AttributeType::real, .values = ranks});
enum class AttributeType { integer, real };
struct NodeAttribute {
  std::string name;  ///< the attribute's name; made file-safe and unique like a property key
  AttributeType type = AttributeType::real;
  /// One value per node of the graph, indexed by NodeId; NaN leaves the attribute out for that node. Integer
  /// attributes hold whole numbers.
  std::vector<double> values;
};

/// GEXF versions: 1.3 (`http://gexf.net/1.3`, Gephi 0.9+) or 1.2draft (`http://www.gexf.net/1.2draft`, what
/// NetworkX before 3.0 reads; the same elements).
enum class GexfVersion { v1_3, v1_2draft };

struct ExportOptions {
  ExportFormat format = ExportFormat::graphml;
  GraphmlFlavour flavour = GraphmlFlavour::standard;
  GexfVersion gexf_version = GexfVersion::v1_3;
  graph::WarningSink warn{};  ///< e.g. "replaced 2 characters outside XML 1.0 in node names"
  /// Called as elements (nodes, then edges) are written: how many so far, of how many; may be empty.
  std::function<void(std::uint64_t written, std::uint64_t total)> progress{};
  /// Extra node attributes, after the built-in ones and before the properties, in this order.
  std::vector<NodeAttribute> node_attributes{};
};

/// An export format's name (for --format) and the file extensions that imply it.
struct ExportFormatInfo {
  ExportFormat format;
  std::string_view name;
  std::span<const std::string_view> extensions;
};

/// Every export format, in the order help texts list them: the one list of names and extensions.
std::span<const ExportFormatInfo> export_formats();
/// `graphml`, `gexf`, `dot`, `cytoscape`, `neo4j-csv`, `facts`; nullopt for anything else.
std::optional<ExportFormat> parse_export_format(std::string_view name);
/// The format a file name implies by its extension, in any case (.graphml, .gexf, .dot/.gv, .cyjs/.json, .csv,
/// .jsonl/.ndjson); a folder means neo4j-csv.
std::optional<ExportFormat> format_from_path(const std::filesystem::path& path);
/// "graphml, gexf, dot, cytoscape, neo4j-csv or facts", for help and error texts.
std::string export_format_names();
/// ".graphml, .gexf, .dot, .gv, .cyjs, .json, .csv, .jsonl, .ndjson", for help and error texts.
std::string export_extensions();

/// The files export_graph writes for `path`: `path` itself, or nodes.csv and relationships.csv in it for neo4j-csv.
std::vector<std::filesystem::path> export_files(const std::filesystem::path& path, ExportFormat format);

/// Writes `selection` of `graph` (the whole graph when null) to `path`. neo4j-csv writes a folder holding
/// nodes.csv and relationships.csv; facts of a whole graph build back to an identical graph file. Throws
/// std::system_error on I/O failure, std::invalid_argument when a node attribute does not hold one value per node.
void export_graph(const graph::Graph& graph, const graph::Subgraph* selection, const std::filesystem::path& path,
                  const ExportOptions& options);

/// Writes `selection` of `graph` (the whole graph when null) to `stream` (e.g. stdout), flushed; warnings name the
/// output `<stdout>`. Throws std::invalid_argument for neo4j-csv (two files), std::system_error on a write error.
void export_graph(const graph::Graph& graph, const graph::Subgraph* selection, std::FILE* stream,
                  const ExportOptions& options);

}  // namespace kg::io
