#pragma once
/// Query results as the selection an exporter writes (`--export`): every node and edge they contain, once each.
#include <span>

#include "kg/graph/subgraph.h"
#include "kg/query/result.h"

namespace kg::query {

/// The nodes and edges of `paths`, each once, in the order the paths first visit them.
graph::Subgraph to_subgraph(std::span<const Path> paths);

/// The nodes (start nodes first, then by distance) and edges of a neighbourhood.
graph::Subgraph to_subgraph(const Neighbourhood& neighbourhood);

}  // namespace kg::query
