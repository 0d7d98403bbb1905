#pragma once
// The attribute names each consumer of kg's exports gives a meaning of its own, per element kind: a user property
// with one of these names (in any case) is renamed in every format, so no reader mistakes it for a built-in.
#include <span>
#include <string_view>

namespace kg::io::detail {

/// One consumer's reserved names: what it does with them is in docs/EXPORT.md ("Reserved names").
struct ReservedNames {
  std::string_view consumer;                ///< e.g. "Gephi (GEXF)"
  std::span<const std::string_view> nodes;  ///< lower-case names reserved on nodes
  std::span<const std::string_view> edges;  ///< lower-case names reserved on edges
};

/// Every consumer's table: Gephi (GEXF and GraphML), NetworkX (GEXF, GraphML, Cytoscape JSON), igraph,
/// Cytoscape (desktop and Cytoscape.js), Kuzu, and kg's own extra fields.
std::span<const ReservedNames> reserved_names();

/// True when `name` is reserved, compared without regard to ASCII case, on nodes (or on edges when !nodes) by
/// any consumer.
bool is_reserved(std::string_view name, bool nodes);

}  // namespace kg::io::detail
