#pragma once
// The writers, one per format (one .cpp each). Each formats the selection into an Output; export.cpp opens the
// files, warns and commits.
#include <filesystem>

#include "attribute_schema.h"
#include "kg/export/export.h"
#include "kg/graph/graph.h"
#include "output.h"
#include "selection.h"

namespace kg::io::detail {

struct WriteContext {
  const graph::Graph& graph;
  const Selection& selection;
  const AttributeSchema& schema;  ///< empty for the facts format, which needs no attribute columns
  const ExportOptions& options;
  const std::filesystem::path& path;  ///< the output, for warnings
};

void write_graphml(const WriteContext& context, Output& out);
void write_gexf(const WriteContext& context, Output& out);
void write_dot(const WriteContext& context, Output& out);
void write_cytoscape(const WriteContext& context, Output& out);
/// kg JSON Lines: every source, entity and statement, so kg build gives the graph back.
void write_facts(const WriteContext& context, Output& out);
/// Neo4j bulk-import CSV: nodes.csv and relationships.csv.
void write_neo4j_nodes(const WriteContext& context, Output& out);
void write_neo4j_relationships(const WriteContext& context, Output& out);

}  // namespace kg::io::detail
