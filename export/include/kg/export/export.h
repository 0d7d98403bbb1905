#pragma once
/// Exporters: whole graphs or subgraphs to GraphML, GEXF, DOT, Cytoscape.js JSON and Neo4j bulk CSV.
/// Every exporter writes through AtomicFile, so a failed export leaves nothing behind.
///
///   kg::io::export_graph(graph, nullptr, "case.graphml", {.format = kg::io::ExportFormat::graphml});
#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "kg/graph/diagnostics.h"
#include "kg/graph/graph.h"
#include "kg/graph/subgraph.h"

namespace kg::io {

enum class ExportFormat { graphml, gexf, dot, cytoscape, neo4j_csv };

/// GraphML flavours: `standard` validates against the GraphML XSD; `gephi` adds a `label` attribute on <edge>
/// (outside the XSD) so Gephi keeps parallel edges of different predicates apart.
enum class GraphmlFlavour { standard, gephi };

struct ExportOptions {
  ExportFormat format = ExportFormat::graphml;
  GraphmlFlavour flavour = GraphmlFlavour::standard;
  graph::WarningSink warn{};  ///< e.g. "replaced 2 characters outside XML 1.0 in node names"
  /// Called as elements (nodes, then edges) are written: how many so far, of how many; may be empty.
  std::function<void(std::uint64_t written, std::uint64_t total)> progress{};
};

/// An export format's name (for --format) and the file extensions that imply it.
struct ExportFormatInfo {
  ExportFormat format;
  std::string_view name;
  std::span<const std::string_view> extensions;
};

/// Every export format, in the order help texts list them: the one list of names and extensions.
std::span<const ExportFormatInfo> export_formats();
/// `graphml`, `gexf`, `dot`, `cytoscape`, `neo4j-csv`; nullopt for anything else.
std::optional<ExportFormat> parse_export_format(std::string_view name);
/// The format a file name implies by its extension, in any case (.graphml, .gexf, .dot/.gv, .cyjs/.json, .csv);
/// a folder means neo4j-csv.
std::optional<ExportFormat> format_from_path(const std::filesystem::path& path);
/// "graphml, gexf, dot, cytoscape or neo4j-csv", for help and error texts.
std::string export_format_names();
/// ".graphml, .gexf, .dot, .gv, .cyjs, .json, .csv", for help and error texts.
std::string export_extensions();

/// Writes `selection` of `graph` (the whole graph when null) to `path`. neo4j-csv writes a folder holding
/// nodes.csv and relationships.csv. Throws std::system_error on I/O failure.
void export_graph(const graph::Graph& graph, const graph::Subgraph* selection, const std::filesystem::path& path,
                  const ExportOptions& options);

}  // namespace kg::io
